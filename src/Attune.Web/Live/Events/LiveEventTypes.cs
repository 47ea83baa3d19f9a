namespace Attune.Web.Live.Events;

/// <summary>The event types (SignalR method names) of <c>/hubs/live</c>.</summary>
public static class LiveEventTypes
{
    public const string Turn = "turn";
    public const string Partial = "partial";
    public const string Findings = "findings";
    public const string Nudge = "nudge";
    public const string Emotion = "emotion";
    public const string Dynamics = "dynamics";
    public const string Alert = "alert";
    public const string Mute = "mute";
    public const string Tile = "tile";
    public const string SessionStarted = "sessionStarted";
    public const string Ended = "ended";
}
