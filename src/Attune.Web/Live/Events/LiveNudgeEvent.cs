using Attune.Analysis.Live.Nudges;

namespace Attune.Web.Live.Events;

/// <summary>A nudge the policy let through, for the advisor.</summary>
public sealed record LiveNudgeEvent : LiveEvent
{
    public required string Kind { get; init; }

    public required string Text { get; init; }

    public string? Suggestion { get; init; }

    public string? Quote { get; init; }

    public int Priority { get; init; }

    public int Turn { get; init; }

    /// <summary>Seconds into the interaction.</summary>
    public double Time { get; init; }

    public static LiveNudgeEvent From(string sessionId, Nudge n, LiveTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new LiveNudgeEvent
        {
            SessionId = sessionId,
            Trigger = trigger,
            Kind = n.Kind,
            Text = n.Text,
            Suggestion = n.Suggestion,
            Quote = n.Quote,
            Priority = n.Priority,
            Turn = n.Turn,
            Time = n.Time,
        };
    }
}
