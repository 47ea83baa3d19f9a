namespace Attune.Web.Live.Events;

/// <summary>
/// A partial (not final) turn as it is being spoken or typed: shown to watchers until the party's final turn arrives,
/// never analysed nor stored. <see cref="Text"/> is redacted as the session redacts its final turns.
/// </summary>
public sealed record LivePartialEvent : LiveEvent
{
    /// <summary>customer, advisor, bot or system.</summary>
    public required string Party { get; init; }

    public required string Text { get; init; }
}
