namespace Attune.Web.Live.Events;

/// <summary>
/// What a watcher gets on <c>Watch</c>: the tile and the session's recent events (bounded), the mute state, and the
/// latest partial turn of each party whose final turn has not arrived yet.
/// </summary>
public sealed record LiveSnapshot(
    LiveTile Tile,
    IReadOnlyList<LiveTurnEvent> Turns,
    IReadOnlyList<LiveFindingsEvent> Findings,
    IReadOnlyList<LiveNudgeEvent> Nudges,
    IReadOnlyList<LiveEmotionEvent> Emotions,
    IReadOnlyList<LiveAlertEvent> Alerts,
    IReadOnlyList<string> MutedKinds,
    bool AllMuted,
    IReadOnlyList<LivePartialEvent> Partials);
