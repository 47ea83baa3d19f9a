using System.Diagnostics;
using Attune.Analysis.Conversations;

namespace Attune.Web.Live;

/// <summary>
/// Counters of the live path (singleton, lock-free): sessions open, events published and UI events dropped (a slow
/// watcher's outbox full), audio frames received, missing (never arrived) and late (arrived after their slot was
/// processed), protocol errors; with the process's CPU time and GC heap. <c>GET /api/live/stats</c> shows them.
/// </summary>
public sealed class LiveStats
{
    private long _chatOpen;
    private long _voiceOpen;
    private long _started;
    private long _ended;
    private long _incomplete;
    private long _published;
    private long _dropped;
    private long _framesReceived;
    private long _framesMissing;
    private long _framesLate;
    private long _protocolErrors;
    private long _watchers;

    public long EventsPublished => Interlocked.Read(ref _published);

    public long UiEventsDropped => Interlocked.Read(ref _dropped);

    public long AudioFramesReceivedCount => Interlocked.Read(ref _framesReceived);

    public long AudioFramesMissingCount => Interlocked.Read(ref _framesMissing);

    public long AudioFramesLateCount => Interlocked.Read(ref _framesLate);

    public long ProtocolErrors => Interlocked.Read(ref _protocolErrors);

    /// <summary>Audio frames received by the telephony endpoints.</summary>
    public void AudioFramesReceived(long n) => Interlocked.Add(ref _framesReceived, n);

    /// <summary>Audio frames that never arrived (a gap in the sequence).</summary>
    public void AudioFramesMissing(long n) => Interlocked.Add(ref _framesMissing, n);

    /// <summary>Audio frames that arrived after their slot was processed.</summary>
    public void AudioFramesLate(long n) => Interlocked.Add(ref _framesLate, n);

    /// <summary>A malformed message refused by an ingest endpoint.</summary>
    public void ProtocolError() => Interlocked.Increment(ref _protocolErrors);

    internal void EventPublished() => Interlocked.Increment(ref _published);

    internal void UiEventDropped() => Interlocked.Increment(ref _dropped);

    internal void WatcherAdded() => Interlocked.Increment(ref _watchers);

    internal void WatcherRemoved() => Interlocked.Decrement(ref _watchers);

    internal void SessionOpened(Channel channel)
    {
        Interlocked.Increment(ref _started);
        Interlocked.Increment(ref channel == Channel.Voice ? ref _voiceOpen : ref _chatOpen);
    }

    internal void SessionClosed(Channel channel, bool incomplete)
    {
        Interlocked.Increment(ref _ended);
        if (incomplete)
        {
            Interlocked.Increment(ref _incomplete);
        }

        Interlocked.Decrement(ref channel == Channel.Voice ? ref _voiceOpen : ref _chatOpen);
    }

    /// <summary>The counters now, as <c>/api/live/stats</c> answers them.</summary>
    public LiveStatsSnapshot Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        var chat = Interlocked.Read(ref _chatOpen);
        var voice = Interlocked.Read(ref _voiceOpen);
        var missing = AudioFramesMissingCount;
        var late = AudioFramesLateCount;
        return new LiveStatsSnapshot(
            new LiveStatsSessions(chat + voice, chat, voice, Interlocked.Read(ref _started), Interlocked.Read(ref _ended), Interlocked.Read(ref _incomplete)),
            Interlocked.Read(ref _watchers),
            EventsPublished,
            UiEventsDropped,
            AudioFramesReceivedCount,
            missing,
            late,
            missing + late,
            ProtocolErrors,
            Math.Round(process.TotalProcessorTime.TotalSeconds, 3),
            GC.GetTotalMemory(forceFullCollection: false),
            Environment.ProcessorCount);
    }
}
