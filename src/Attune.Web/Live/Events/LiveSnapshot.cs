namespace Attune.Web.Live.Events;

/// <summary>What a watcher gets on <c>Watch</c>: the tile and the session's recent events (bounded), and the mute state.</summary>
public sealed record LiveSnapshot(
    LiveTile Tile,
    IReadOnlyList<LiveTurnEvent> Turns,
    IReadOnlyList<LiveFindingsEvent> Findings,
    IReadOnlyList<LiveNudgeEvent> Nudges,
    IReadOnlyList<LiveEmotionEvent> Emotions,
    IReadOnlyList<LiveAlertEvent> Alerts,
    IReadOnlyList<string> MutedKinds,
    bool AllMuted);
