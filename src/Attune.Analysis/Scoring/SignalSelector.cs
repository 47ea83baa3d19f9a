using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>
/// Which findings a scorecard rule counts: a signal id, optionally narrowed to some labels.
/// Written in YAML as <c>signal</c> or <c>signal=label</c> or <c>signal=label1|label2</c>
/// (e.g. <c>empathy.opportunity=given|late</c>). Labels compare case-insensitively with spaces
/// and dashes read as underscores, so <c>not needed</c>, <c>not-needed</c> and <c>not_needed</c> match.
/// </summary>
public sealed record SignalSelector(string Signal, IReadOnlyList<string>? Labels = null)
{
    public bool Matches(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!string.Equals(finding.Signal, Signal, StringComparison.Ordinal))
        {
            return false;
        }

        if (Labels is null)
        {
            return true;
        }

        var label = NormaliseLabel(finding.Label);
        foreach (var l in Labels)
        {
            if (l == label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, spaces and dashes as underscores; null stays null.</summary>
    public static string? NormaliseLabel(string? label) =>
        label?.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>Parses <c>signal</c> or <c>signal=label1|label2</c>; returns null with a reason when malformed.</summary>
    public static SignalSelector? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var signal = (eq < 0 ? text : text[..eq]).Trim();
        if (signal.Length == 0)
        {
            error = "a signal id is needed (e.g. empathy.statement)";
            return null;
        }

        if (!KnownSignals.Contains(signal))
        {
            error = $"unknown signal '{signal}' (see docs/scorecards.md for the signal ids)";
            return null;
        }

        if (eq < 0)
        {
            return new SignalSelector(signal);
        }

        var labels = new List<string>();
        foreach (var part in text[(eq + 1)..].Split('|'))
        {
            var l = NormaliseLabel(part);
            if (string.IsNullOrEmpty(l))
            {
                error = $"empty label in '{text}' (expected signal=label or signal=label1|label2)";
                return null;
            }

            labels.Add(l);
        }

        return new SignalSelector(signal, labels);
    }

    public override string ToString() => Labels is null ? Signal : $"{Signal}={string.Join('|', Labels)}";
}
