namespace Attune.Web.Live;

/// <summary>
/// The live counters at one moment (<c>GET /api/live/stats</c>). <see cref="DroppedAudioFrames"/> = missing + late.
/// <see cref="WatchingConnections"/> counts connections with an outbox (they watch a session, the wall or their own sessions).
/// </summary>
public sealed record LiveStatsSnapshot(
    LiveStatsSessions Sessions,
    long WatchingConnections,
    long EventsPublished,
    long UiEventsDropped,
    long AudioFramesReceived,
    long AudioFramesMissing,
    long AudioFramesLate,
    long DroppedAudioFrames,
    long ProtocolErrors,
    double ProcessCpuSeconds,
    long GcHeapBytes,
    int ProcessorCount);
