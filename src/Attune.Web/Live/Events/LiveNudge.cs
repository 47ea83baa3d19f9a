using Attune.Analysis.Live.Nudges;

namespace Attune.Web.Live.Events;

/// <summary>A nudge as the live API answers it (the turn's result).</summary>
public sealed record LiveNudge(string Kind, string Text, string? Suggestion, string? Quote, int Priority, int Turn, double Time)
{
    public static LiveNudge From(Nudge n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new LiveNudge(n.Kind, n.Text, n.Suggestion, n.Quote, n.Priority, n.Turn, n.Time);
    }
}
