namespace Attune.Analysis.Audio.Dynamics;

/// <summary>Conversation dynamics of a whole interaction: a replay of its segments through <see cref="DynamicsTracker"/>.</summary>
public static class DynamicsAnalyzer
{
    /// <param name="segments">Speech of the customer and the advisor, in any order.</param>
    /// <param name="duration">Length of the interaction in seconds (the end of the last speech is used if later).</param>
    public static DynamicsResult Analyze(IEnumerable<PartySegment> segments, double duration, DynamicsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var ordered = segments.ToArray();
        Array.Sort(ordered, static (x, y) =>
        {
            var c = x.Start.CompareTo(y.Start);
            return c != 0 ? c : x.End.CompareTo(y.End);
        });

        var tracker = new DynamicsTracker(options);
        foreach (var segment in ordered)
        {
            tracker.Add(segment);
        }

        return tracker.Complete(duration);
    }
}
