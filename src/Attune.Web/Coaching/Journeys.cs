namespace Attune.Web.Coaching;

/// <summary>
/// Customer emotion journeys as stored ("start→end" in the state words of the emotion detector: angry, distressed, anxious,
/// confused, calm, positive; BEHAVIOURS.md customer.emotion_journey) and which of them are improvements.
/// </summary>
public static class Journeys
{
    private static readonly string[] Negative = ["angry", "distressed", "anxious", "confused"];
    private static readonly string[] Better = ["calm", "positive"];

    /// <summary>The improving journeys, hardest start first: the exemplar library's sections.</summary>
    public static IReadOnlyList<string> Improving { get; } = Negative.SelectMany(n => Better.Select(b => n + "→" + b)).ToList();

    public static bool IsImproving(string? journey) => journey is not null && Improving.Contains(journey);

    public static string Display(string? journey) => journey?.Replace("→", " → ", StringComparison.Ordinal) ?? "–";

    /// <summary>Sort key: improving journeys in <see cref="Improving"/> order, the rest after, alphabetically.</summary>
    public static (int, string) Order(string journey)
    {
        var i = Improving.ToList().IndexOf(journey);
        return (i < 0 ? int.MaxValue : i, journey);
    }
}
