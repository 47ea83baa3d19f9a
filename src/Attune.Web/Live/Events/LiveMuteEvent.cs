namespace Attune.Web.Live.Events;

/// <summary>The advisor muted or unmuted nudges (one kind, or all when <see cref="Kind"/> is null).</summary>
public sealed record LiveMuteEvent : LiveEvent
{
    public string? Kind { get; init; }

    public required bool Muted { get; init; }

    public double Time { get; init; }
}
