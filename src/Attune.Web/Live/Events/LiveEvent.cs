namespace Attune.Web.Live.Events;

/// <summary>
/// An event pushed to the watchers of a live session (the SignalR method name is its type, <see cref="LiveEventTypes"/>).
/// <see cref="Seq"/> increases per session; <see cref="LiveFeed.Publish"/> assigns it, so the order watchers receive is the
/// order of the numbers.
/// </summary>
public abstract record LiveEvent
{
    public required string SessionId { get; init; }

    /// <summary>Per-session sequence number, assigned when the event is published (0 before).</summary>
    public long Seq { get; internal set; }

    public required LiveTrigger Trigger { get; init; }
}
