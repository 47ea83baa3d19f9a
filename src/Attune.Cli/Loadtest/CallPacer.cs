using System.Collections.Concurrent;
using System.Diagnostics;

namespace Attune.Cli.Loadtest;

/// <summary>
/// The one loop that paces every call: each 20 ms tick (frames are due on tick times) sends, for every call, the frames whose due time has passed
/// (normally one per track; more when a tick came late, so the audio stays at real-time pace on average). A call
/// whose previous send has not completed (socket back-pressure) is skipped this tick and catches up later — those
/// frames then count as late in <see cref="Lateness"/>. The loop never waits on a single socket.
/// </summary>
public sealed class CallPacer(Func<long>? clock = null)
{
    private static readonly long FrameTicks = Stopwatch.Frequency / 50;

    private readonly Func<long> _clock = clock ?? Stopwatch.GetTimestamp;
    private readonly ConcurrentQueue<CallStream> _joining = new();
    private readonly List<CallStream> _active = [];
    private long _skipped;

    public LatenessMeter Lateness { get; } = new();

    /// <summary>Times a call was skipped in a tick because its previous send was still in flight.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Takes <paramref name="call"/> on: its frame 0 is due at the next tick (frames are due on tick times).</summary>
    public void Add(CallStream call)
    {
        ArgumentNullException.ThrowIfNull(call);
        _joining.Enqueue(call);
    }

    /// <summary>
    /// One tick: sends what is due. <paramref name="scheduledAt"/> is the time the tick was due (default: now); calls
    /// joining now get it as their start, so their frames fall due exactly on later ticks, not just after them.
    /// Returns the number of calls being paced.
    /// </summary>
    public int Tick(long? scheduledAt = null)
    {
        var now = _clock();
        while (_joining.TryDequeue(out var joined))
        {
            joined.Start = Math.Min(scheduledAt ?? now, now);
            _active.Add(joined);
        }

        foreach (var call in _active)
        {
            if (call.Failure is not null)
            {
                call.MarkFinished();
                continue;
            }

            if (call.Pending is { } pending)
            {
                if (!pending.IsCompleted)
                {
                    Interlocked.Increment(ref _skipped);
                    continue;
                }

                call.Pending = null;
                if (pending.Exception is { } failed)
                {
                    call.Failure = failed.InnerException ?? failed;
                    continue;
                }
            }

            var due = ((now - call.Start) / FrameTicks) + 1;
            Task sending;
            try
            {
                sending = call.SendDueAsync(due, FrameTicks, _clock, Lateness);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
            {
                call.Failure = e;
                continue;
            }

            if (!sending.IsCompleted)
            {
                call.Pending = sending;
            }
            else if (sending.Exception is { } failed)
            {
                call.Failure = failed.InnerException ?? failed;
            }
        }

        // Calls with a frame limit that have sent it all (and failed ones with one) are let go.
        _active.RemoveAll(c => c.Limit is not null && c.Pending is null && (c.Done || c.Failure is not null) && Finish(c));
        return _active.Count;
    }

    /// <summary>
    /// Ticks every 20 ms until <paramref name="ct"/> is cancelled, on a thread of its own: a timer callback would wait
    /// in the thread pool's queue behind the SignalR and HTTP work of hundreds of sessions, and every such wait makes
    /// frames late. Sleeps until the next tick (whole milliseconds: ticks are up to ~1 ms late, never early).
    /// </summary>
    public Task RunAsync(CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                var next = _clock();
                while (!ct.IsCancellationRequested)
                {
                    Tick(next);
                    next += FrameTicks;
                    var now = _clock();
                    if (now - next > 5 * FrameTicks)
                    {
                        next = now; // far behind (machine stalled): frames catch up per call, ticks need not
                    }

                    var waitMs = (int)Math.Ceiling((next - now) * 1000.0 / Stopwatch.Frequency);
                    if (waitMs > 0)
                    {
                        Thread.Sleep(waitMs);
                    }
                }

                done.SetResult();
            }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "loadtest pacer",
            Priority = ThreadPriority.AboveNormal,
        };
        thread.Start();
        return done.Task;
    }

    private static bool Finish(CallStream call)
    {
        call.MarkFinished();
        return true;
    }

    /// <summary>Waits (up to <paramref name="timeout"/>) for sends still in flight, after <see cref="RunAsync"/> ended.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        var pending = _active.Select(c => c.Pending).OfType<Task>().Where(t => !t.IsCompleted).ToArray();
        if (pending.Length > 0)
        {
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(timeout)).ConfigureAwait(false);
        }
    }
}
