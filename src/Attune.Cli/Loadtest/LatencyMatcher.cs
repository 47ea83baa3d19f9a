using System.Collections.Concurrent;
using System.Diagnostics;

namespace Attune.Cli.Loadtest;

/// <summary>
/// Turns hub events into latencies: a chat event's <c>trigger.ref</c> is looked up among the turns the load test posted
/// (time the POST was sent), a call event's <c>trigger.streamTime</c> in its call's <see cref="FrameTimeline"/> (time
/// the frame holding that position was sent). Only <see cref="LatencyKinds"/> are timed, and only triggers sent inside
/// the measurement window (warm-up and ramp excluded). Until <see cref="SetWindow"/> is called the window is closed: a
/// trigger sent before it opens (the ramp, a cold server's first turns) goes to <see cref="BeforeWindow"/> instead, so
/// it is kept apart from the figures but not lost. Counts every event by type; notes <c>seq</c> gaps per session.
/// </summary>
public sealed class LatencyMatcher
{
    /// <summary>The events that answer "how soon does the advisor see it": findings, nudges, dynamics, alerts.</summary>
    public static readonly IReadOnlyList<string> LatencyKinds = ["findings", "nudge", "dynamics", "alert"];

    private readonly ConcurrentDictionary<string, long> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrameTimeline> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastSeq = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _eventCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _unmatchedCounts = new(StringComparer.Ordinal);
    // Closed until SetWindow: an event that arrives during the ramp must not be timed as if it were in the window.
    private long _windowStart = long.MaxValue;
    private long _windowEnd = long.MaxValue;
    private long _unmatched;
    private long _outsideWindow;
    private long _seqGaps;

    public LatencyHistogram Chat { get; } = new();

    public LatencyHistogram Call { get; } = new();

    /// <summary>Chat and call latencies of triggers sent before the window opened (ramp, warm-up): shown apart, never in the figures.</summary>
    public LatencyHistogram BeforeWindow { get; } = new();

    /// <summary>Events of a latency kind whose trigger could not be matched to something this run sent.</summary>
    public long Unmatched => Interlocked.Read(ref _unmatched);

    /// <summary>Matched events whose trigger was sent before or after the window (not in the figures).</summary>
    public long OutsideWindow => Interlocked.Read(ref _outsideWindow);

    /// <summary>Events a watcher never saw, judged from jumps in the per-session <c>seq</c>.</summary>
    public long SeqGaps => Interlocked.Read(ref _seqGaps);

    public IReadOnlyDictionary<string, long> EventCounts => _eventCounts;

    /// <summary>Unmatched events by "type/trigger": trigger is ref, streamTime or none (e.g. an alert a timer fired).</summary>
    public IReadOnlyDictionary<string, long> UnmatchedCounts => _unmatchedCounts;

    public long Events => _eventCounts.Values.Sum();

    /// <summary>Times only triggers sent in [start, end] (Stopwatch timestamps); before this call nothing is timed.</summary>
    public void SetWindow(long start, long end)
    {
        Interlocked.Exchange(ref _windowStart, start);
        Interlocked.Exchange(ref _windowEnd, end);
    }

    public void TurnSent(string reference, long timestamp) => _turns[reference] = timestamp;

    public void CallStarted(string sessionId, FrameTimeline frames) => _calls[sessionId] = frames;

    /// <summary>Records an event of type <paramref name="kind"/> that arrived at <paramref name="arrivedAt"/>.</summary>
    public void Observe(string kind, LiveEventEnvelope e, long arrivedAt)
    {
        ArgumentNullException.ThrowIfNull(e);
        _eventCounts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (e.SessionId is { } sessionId && e.Seq > 0)
        {
            var previous = _lastSeq.GetValueOrDefault(sessionId);
            _lastSeq[sessionId] = Math.Max(previous, e.Seq);
            if (previous > 0 && e.Seq > previous + 1)
            {
                Interlocked.Add(ref _seqGaps, e.Seq - previous - 1);
            }
        }

        if (!LatencyKinds.Contains(kind))
        {
            return;
        }

        long sentAt;
        LatencyHistogram histogram;
        if (e.Trigger?.Ref is { } reference && _turns.TryGetValue(reference, out sentAt))
        {
            histogram = Chat;
        }
        else if (e.Trigger?.StreamTime is { } streamTime && e.SessionId is { } id && _calls.TryGetValue(id, out var frames)
                 && frames.TrySentAt(streamTime, out sentAt))
        {
            histogram = Call;
        }
        else
        {
            Interlocked.Increment(ref _unmatched);
            var trigger = e.Trigger?.Ref is not null ? "ref" : e.Trigger?.StreamTime is not null ? "streamTime" : "none";
            _unmatchedCounts.AddOrUpdate($"{kind}/{trigger}", 1, (_, n) => n + 1);
            return;
        }

        var latency = Stopwatch.GetElapsedTime(sentAt, arrivedAt).TotalMilliseconds;
        if (sentAt < Interlocked.Read(ref _windowStart) || sentAt > Interlocked.Read(ref _windowEnd))
        {
            Interlocked.Increment(ref _outsideWindow);
            if (sentAt < Interlocked.Read(ref _windowStart))
            {
                BeforeWindow.Add(latency);
            }

            return;
        }

        histogram.Add(latency);
    }
}
