namespace Attune.Analysis.Reports;

/// <summary>
/// One colour per customer emotion family (BEHAVIOURS.md: frustration/anger, distress/sadness,
/// anxiety/fear, confusion, relief/gratitude, neutral), shared by the console and HTML reports.
/// Labels are matched loosely (e.g. "anger", "annoyance" → frustration) so detector label
/// spellings do not matter.
/// </summary>
public static class EmotionPalette
{
    public const string Neutral = "neutral";

    /// <summary>Families in display order with their colour.</summary>
    public static readonly (string Family, string Hex)[] Families =
    [
        ("frustration", "#d64545"),
        ("distress", "#4a78c2"),
        ("anxiety", "#8a5cc7"),
        ("confusion", "#d99a12"),
        ("relief", "#2e9e5b"),
        (Neutral, "#9aa3ad"),
    ];

    public static string Family(string? label)
    {
        var l = label?.ToLowerInvariant() ?? "";
        if (l.Length == 0 || l.Contains("neutral", StringComparison.Ordinal))
        {
            return Neutral;
        }

        if (l.Contains("frustrat", StringComparison.Ordinal) || l.Contains("anger", StringComparison.Ordinal) || l.Contains("angry", StringComparison.Ordinal)
            || l.Contains("annoy", StringComparison.Ordinal) || l.Contains("disgust", StringComparison.Ordinal))
        {
            return "frustration";
        }

        if (l.Contains("distress", StringComparison.Ordinal) || l.Contains("sad", StringComparison.Ordinal) || l.Contains("grief", StringComparison.Ordinal))
        {
            return "distress";
        }

        if (l.Contains("anx", StringComparison.Ordinal) || l.Contains("fear", StringComparison.Ordinal) || l.Contains("worr", StringComparison.Ordinal)
            || l.Contains("nerv", StringComparison.Ordinal))
        {
            return "anxiety";
        }

        if (l.Contains("confus", StringComparison.Ordinal))
        {
            return "confusion";
        }

        if (l.Contains("relie", StringComparison.Ordinal) || l.Contains("grat", StringComparison.Ordinal) || l.Contains("joy", StringComparison.Ordinal)
            || l.Contains("happ", StringComparison.Ordinal) || l.Contains("satisf", StringComparison.Ordinal) || l.Contains("delight", StringComparison.Ordinal))
        {
            return "relief";
        }

        return Neutral;
    }

    public static string Colour(string? label)
    {
        var family = Family(label);
        foreach (var (f, hex) in Families)
        {
            if (f == family)
            {
                return hex;
            }
        }

        return "#9aa3ad";
    }
}
