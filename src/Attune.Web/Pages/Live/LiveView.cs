using System.Globalization;
using Attune.Analysis.Live.Nudges;
using Attune.Web.Live.Events;

namespace Attune.Web.Pages.Live;

/// <summary>
/// What the live pages render on the server (the first paint, before live.js takes over) and the small rules they
/// share with live.js (keep them in step): finding highlights, the gauge's arc, durations, trend arrows, nudge names.
/// </summary>
public static class LiveView
{
    /// <summary>Nudge kinds as the advisor reads them.</summary>
    public static string KindName(string kind) => kind switch
    {
        NudgeKinds.AcknowledgeFirst => "Acknowledge first",
        NudgeKinds.Empathy => "Empathy",
        NudgeKinds.LetThemFinish => "Let them finish",
        NudgeKinds.ShowEarlier => "Show you heard",
        NudgeKinds.SincereApology => "Sincere apology",
        NudgeKinds.ExplainSilence => "Explain the silence",
        NudgeKinds.OpenQuestion => "Open question",
        NudgeKinds.PlainWord => "Plain word",
        _ => kind,
    };

    /// <summary>The kind names for live.js: "kind=Name;kind=Name".</summary>
    public static string KindNames { get; } = string.Join(';', NudgeKinds.All.Select(k => k + "=" + KindName(k)));

    /// <summary>
    /// A turn's words split around the quotes of its negative and positive findings (first occurrence, case-insensitive,
    /// overlaps skipped): plain text has a null finding. Info findings (emotion, questions) are not highlighted.
    /// </summary>
    public static IReadOnlyList<(string Text, LiveFinding? Finding)> Segments(string text, IEnumerable<LiveFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var spans = new List<(int Start, int End, LiveFinding Finding)>();
        foreach (var f in findings)
        {
            if (string.IsNullOrEmpty(f.Quote) || f.Polarity is not ("negative" or "positive"))
            {
                continue;
            }

            var at = text.IndexOf(f.Quote, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var end = at + f.Quote.Length;
            if (spans.Exists(s => at < s.End && end > s.Start))
            {
                continue;
            }

            spans.Add((at, end, f));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<(string, LiveFinding?)>();
        var pos = 0;
        foreach (var (start, end, finding) in spans)
        {
            if (start > pos)
            {
                result.Add((text[pos..start], null));
            }

            result.Add((text[start..end], finding));
            pos = end;
        }

        if (pos < text.Length)
        {
            result.Add((text[pos..], null));
        }

        return result;
    }

    /// <summary>The gauge: a half circle (centre 100,100, radius 80) filled from the left to <paramref name="value"/> (0..1).</summary>
    public static (string Path, string X, string Y) Gauge(double value)
    {
        value = double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;
        var theta = Math.PI * (1 - value);
        var x = (100 + (80 * Math.Cos(theta))).ToString("0.0", CultureInfo.InvariantCulture);
        var y = (100 - (80 * Math.Sin(theta))).ToString("0.0", CultureInfo.InvariantCulture);
        return (value > 0 ? $"M 20 100 A 80 80 0 0 1 {x} {y}" : "M 20 100", x, y);
    }

    /// <summary>The gauge's accessible name.</summary>
    public static string GaugeLabel(LiveTileEmotion? emotion, string trend) => emotion is null
        ? "Customer emotion: no reading yet"
        : emotion.Label == ArousalLabel
            ? string.Create(CultureInfo.InvariantCulture, $"Customer's vocal arousal: {ArousalLevel(emotion.Value)}, {emotion.Value:0.00}{(emotion.Negative ? " (raised)" : "")}, {trend}")
            : string.Create(CultureInfo.InvariantCulture, $"Customer emotion: {emotion.Label}, intensity {emotion.Value:0.00}{(emotion.Negative ? " (negative)" : "")}, {trend}");

    public static string Arrow(string? trend) => trend switch
    {
        "rising" => "↑",
        "falling" => "↓",
        _ => "→",
    };

    /// <summary>mm:ss, or h:mm:ss from an hour.</summary>
    public static string Duration(double seconds)
    {
        var s = (long)Math.Max(0, Math.Floor(seconds));
        return s >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{s / 3600}:{s % 3600 / 60:00}:{s % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{s / 60:00}:{s % 60:00}");
    }

    public static string RiskClass(int risk) => risk >= 70 ? "high" : risk >= 40 ? "medium" : "low";

    public static string SeverityClass(string? severity) => severity switch
    {
        "critical" => "bad",
        "warning" => "warn",
        _ => "",
    };

    public static string PartyName(string party) => party switch
    {
        "customer" => "Customer",
        "advisor" => "Advisor",
        _ => party,
    };

    /// <summary>Who an open interaction is with, for the advisor's list: the customer's name, else their id, else "Customer".</summary>
    public static string Customer(LiveTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.CustomerName ?? tile.CustomerId ?? "Customer";
    }

    /// <summary>The list entry's second line: queue (if any) and channel ("Billing · chat"); live.js builds the same.</summary>
    public static string Where(LiveTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return string.Join(" · ", new[] { tile.Queue, tile.Channel }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>
    /// The gauge's centre word: a text emotion's label ("frustration"); for a voice reading "vocal arousal" — the
    /// customer's arousal is not an emotion word. live.js has the same rules.
    /// </summary>
    public static string EmotionReading(string label) => label == ArousalLabel ? "vocal arousal" : label;

    /// <summary>A reading with its level: "frustration 0.82", or "vocal arousal: high (0.72)".</summary>
    public static string EmotionText(LiveTileEmotion emotion)
    {
        ArgumentNullException.ThrowIfNull(emotion);
        return emotion.Label == ArousalLabel
            ? string.Create(CultureInfo.InvariantCulture, $"vocal arousal: {ArousalLevel(emotion.Value)} ({emotion.Value:0.00})")
            : string.Create(CultureInfo.InvariantCulture, $"{emotion.Label} {emotion.Value:0.00}");
    }

    /// <summary>The label of voice readings (LIVE-CONTRACT: <c>emotion</c> with source voice).</summary>
    public const string ArousalLabel = "arousal";

    /// <summary>Arousal 0..1 in the voice-arousal detector's words: calm, usual, raised, high.</summary>
    public static string ArousalLevel(double value) => Attune.Analysis.Text.Detectors.VoiceArousal.VoiceArousalDetector.Label(value);

    /// <summary>ISO-8601 for data-started (live.js ticks durations from it).</summary>
    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
