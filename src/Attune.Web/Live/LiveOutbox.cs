using System.Threading.Channels;
using Attune.Storage.Model;
using Attune.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Attune.Web.Live;

/// <summary>
/// The events waiting to be sent to one watching connection: a bounded channel that drops the oldest event when full
/// (counted in <see cref="LiveStats.UiEventsDropped"/>), and one pump task that sends them in order. A client that reads
/// slowly (or not at all) only stalls its own pump: publishing never waits for it, and the stored record never passes
/// through here.
/// </summary>
public sealed class LiveOutbox : IAsyncDisposable
{
    private readonly Channel<(string Method, object Payload)> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private readonly HashSet<string> _sessions = new(StringComparer.Ordinal);

    internal LiveOutbox(string connectionId, int capacity, IHubContext<LiveHub> hub, LiveStats stats)
    {
        ConnectionId = connectionId;
        _queue = Channel.CreateBounded<(string Method, object Payload)>(
            new BoundedChannelOptions(Math.Max(1, capacity))
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = false,
            },
            _ => stats.UiEventDropped());
        _pump = Task.Run(() => PumpAsync(hub, _stop.Token));
    }

    public string ConnectionId { get; }

    /// <summary>The wall watcher's scope (null when the connection does not watch the wall).</summary>
    internal InteractionScope? WallScope { get; set; }

    /// <summary>The advisor id of a <c>WatchMine</c> connection (null otherwise).</summary>
    internal string? MineAdvisorId { get; set; }

    /// <summary>The sessions this connection watches (guarded by itself).</summary>
    internal HashSet<string> Sessions => _sessions;

    /// <summary>Queues an event; never blocks (a full queue drops its oldest event).</summary>
    public bool Post(string method, object payload) => _queue.Writer.TryWrite((method, payload));

    private async Task PumpAsync(IHubContext<LiveHub> hub, CancellationToken ct)
    {
        try
        {
            var client = hub.Clients.Client(ConnectionId);
            await foreach (var (method, payload) in _queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                await client.SendAsync(method, payload, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // the connection went away
        }
#pragma warning disable CA1031 // a send to a gone connection must not surface anywhere: the watcher is simply gone
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Stops the pump (the connection is gone): what is still queued is discarded.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        // Not awaited: a send stuck on a dead transport ends with it; the token source outlives the pump.
        _ = _pump.ContinueWith(_ => _stop.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }
}
