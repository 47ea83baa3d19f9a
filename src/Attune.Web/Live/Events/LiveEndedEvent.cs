namespace Attune.Web.Live.Events;

/// <summary>The session ended: the stored interaction's id (null if storing failed) and whether it is incomplete.</summary>
public sealed record LiveEndedEvent : LiveEvent
{
    public long? InteractionId { get; init; }

    public required bool Incomplete { get; init; }
}
