using Attune.Analysis.Findings;

namespace Attune.Web.Live.Events;

/// <summary>A finding as the live API shows it.</summary>
public sealed record LiveFinding(string Signal, string Party, int Turn, string? Quote, string? Detail, string? Suggestion, string Polarity, string? Label, double? Value)
{
    public static LiveFinding From(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new LiveFinding(f.Signal, f.Party.ToString().ToLowerInvariant(), f.Turn, f.Quote, f.Detail, f.Suggestion,
            f.Polarity.ToString().ToLowerInvariant(), f.Label, f.Value);
    }
}
