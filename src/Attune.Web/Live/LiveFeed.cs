using System.Collections.Concurrent;
using Attune.Storage.Model;
using Attune.Web.Hubs;
using Attune.Web.Live.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;

namespace Attune.Web.Live;

/// <summary>
/// Pushes live events to the SignalR connections watching them (singleton). Each watching connection has a
/// <see cref="LiveOutbox"/> (bounded, drops the oldest when full): <see cref="Publish"/> only queues, so it never
/// blocks on a slow client and never throws because of one. Session events go to that session's watchers; tiles (at
/// most about <see cref="TilesPerSecond"/> a second per session, the latest state wins) and <c>ended</c> to wall watchers
/// whose scope allows the session; <c>sessionStarted</c> to wall watchers and to the advisor's own <c>WatchMine</c>
/// connections. The stored record never goes through here.
/// </summary>
public sealed class LiveFeed
{
    public const int DefaultOutboxCapacity = 256;

    public const int TilesPerSecond = 2;

    private const long TileIntervalMs = 1000 / TilesPerSecond;

    private readonly IHubContext<LiveHub> _hub;
    private readonly LiveStats _stats;
    private readonly TimeProvider _clock;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, LiveOutbox> _outboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, LiveOutbox>> _watchers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LiveOutbox> _wall = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LiveOutbox> _mine = new(StringComparer.Ordinal);
    private readonly Lock _create = new();

    public LiveFeed(IHubContext<LiveHub> hub, LiveStats stats, TimeProvider clock, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _hub = hub;
        _stats = stats;
        _clock = clock;
        _capacity = Math.Max(1, config.GetValue("Live:OutboxCapacity", DefaultOutboxCapacity));
    }

    /// <summary>
    /// Publishes an event of <paramref name="session"/>: a <see cref="LiveEvent"/> gets the session's next sequence
    /// number, is kept for snapshots and is queued for the session's watchers (<c>ended</c> also for wall and
    /// <c>WatchMine</c> watchers); a <see cref="LiveEventTypes.SessionStarted"/> or <see cref="LiveEventTypes.Tile"/>
    /// payload (a <see cref="LiveTile"/>) goes to the wall (and, for sessionStarted, the advisor's own connections).
    /// Never blocks.
    /// </summary>
    public void Publish(LiveSession session, string type, object payload)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(payload);
        _stats.EventPublished();
        switch (type)
        {
            case LiveEventTypes.Tile:
                ToWall(session, type, payload);
                return;
            case LiveEventTypes.SessionStarted:
                ToWall(session, type, payload);
                ToMine(session, type, payload);
                return;
        }

        lock (session.FeedGate)
        {
            if (payload is LiveEvent e)
            {
                e.Seq = session.NextSeq();
                session.Remember(e);
            }

            if (_watchers.TryGetValue(session.Id, out var watchers))
            {
                foreach (var outbox in watchers.Values)
                {
                    outbox.Post(type, payload);
                }
            }

            if (type == LiveEventTypes.Ended)
            {
                session.Closed = true;
                ToWall(session, type, payload);
                ToMine(session, type, payload);
                if (_watchers.TryRemove(session.Id, out var gone))
                {
                    foreach (var outbox in gone.Values)
                    {
                        lock (outbox.Sessions)
                        {
                            outbox.Sessions.Remove(session.Id);
                        }
                    }
                }

                return;
            }
        }

        TileChanged(session);
    }

    /// <summary>
    /// Starts pushing <paramref name="session"/>'s events to the connection and returns its snapshot (registered and
    /// taken together: nothing is missed or repeated). Null when the session has already ended.
    /// </summary>
    public LiveSnapshot? Watch(string connectionId, LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var outbox = OutboxOf(connectionId);
        lock (session.FeedGate)
        {
            if (session.Closed)
            {
                return null;
            }

            _watchers.GetOrAdd(session.Id, _ => new ConcurrentDictionary<string, LiveOutbox>(StringComparer.Ordinal))[connectionId] = outbox;
            lock (outbox.Sessions)
            {
                outbox.Sessions.Add(session.Id);
            }

            return session.Snapshot(_clock.GetUtcNow());
        }
    }

    /// <summary>Stops pushing a session's events to the connection.</summary>
    public void Unwatch(string connectionId, string sessionId)
    {
        if (_watchers.TryGetValue(sessionId, out var watchers))
        {
            watchers.TryRemove(connectionId, out _);
        }

        if (_outboxes.TryGetValue(connectionId, out var outbox))
        {
            lock (outbox.Sessions)
            {
                outbox.Sessions.Remove(sessionId);
            }
        }
    }

    /// <summary>Starts pushing tiles, <c>sessionStarted</c> and <c>ended</c> of the sessions <paramref name="scope"/> allows; returns their tiles now.</summary>
    public IReadOnlyList<LiveTile> WatchWall(string connectionId, InteractionScope scope, IEnumerable<LiveSession> open)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(open);
        var outbox = OutboxOf(connectionId);
        outbox.WallScope = scope;
        _wall[connectionId] = outbox;
        var now = _clock.GetUtcNow();
        return [.. open.Where(s => !s.Ended && scope.Allows(s.ScopeAdvisorId, s.Metadata.Team)).Select(s => s.Tile(now)).OrderByDescending(t => t.Risk)];
    }

    /// <summary>Starts pushing <c>sessionStarted</c> (and <c>ended</c>) of <paramref name="advisorId"/>'s sessions; returns the tiles of those open now.</summary>
    public IReadOnlyList<LiveTile> WatchMine(string connectionId, string advisorId, IEnumerable<LiveSession> open)
    {
        ArgumentNullException.ThrowIfNull(advisorId);
        ArgumentNullException.ThrowIfNull(open);
        var outbox = OutboxOf(connectionId);
        outbox.MineAdvisorId = advisorId;
        _mine[connectionId] = outbox;
        var now = _clock.GetUtcNow();
        return [.. open.Where(s => !s.Ended && string.Equals(s.ScopeAdvisorId, advisorId, StringComparison.Ordinal)).Select(s => s.Tile(now))];
    }

    /// <summary>The connection is gone: forget its subscriptions and stop its outbox.</summary>
    public async Task RemoveConnectionAsync(string connectionId)
    {
        _wall.TryRemove(connectionId, out _);
        _mine.TryRemove(connectionId, out _);
        if (!_outboxes.TryRemove(connectionId, out var outbox))
        {
            return;
        }

        string[] sessions;
        lock (outbox.Sessions)
        {
            sessions = [.. outbox.Sessions];
            outbox.Sessions.Clear();
        }

        foreach (var id in sessions)
        {
            if (_watchers.TryGetValue(id, out var watchers))
            {
                watchers.TryRemove(connectionId, out _);
            }
        }

        _stats.WatcherRemoved();
        await outbox.DisposeAsync().ConfigureAwait(false);
    }

    private LiveOutbox OutboxOf(string connectionId)
    {
        if (_outboxes.TryGetValue(connectionId, out var existing))
        {
            return existing;
        }

        // Created under a lock: a second outbox for the same connection would start a second pump.
        lock (_create)
        {
            if (_outboxes.TryGetValue(connectionId, out existing))
            {
                return existing;
            }

            var outbox = new LiveOutbox(connectionId, _capacity, _hub, _stats);
            _outboxes[connectionId] = outbox;
            _stats.WatcherAdded();
            return outbox;
        }
    }

    private void ToWall(LiveSession session, string type, object payload)
    {
        foreach (var outbox in _wall.Values)
        {
            if (outbox.WallScope is { } scope && scope.Allows(session.ScopeAdvisorId, session.Metadata.Team))
            {
                outbox.Post(type, payload);
            }
        }
    }

    private void ToMine(LiveSession session, string type, object payload)
    {
        if (session.ScopeAdvisorId is not { } advisor)
        {
            return;
        }

        foreach (var outbox in _mine.Values)
        {
            if (string.Equals(outbox.MineAdvisorId, advisor, StringComparison.Ordinal))
            {
                outbox.Post(type, payload);
            }
        }
    }

    /// <summary>
    /// Something on the session's tile changed: send the tile now if the last one went out at least
    /// <see cref="TileIntervalMs"/> ago, else once when that interval is over (changes meanwhile coalesce: the tile is
    /// built when sent, so the latest state wins).
    /// </summary>
    private void TileChanged(LiveSession session)
    {
        if (_wall.IsEmpty || Interlocked.Exchange(ref session.TilePending, 1) == 1)
        {
            return;
        }

        // Sent from the thread pool even when due now: the publisher (holding the session's lock) is not delayed, and the
        // other events of the same turn usually make it into the same tile.
        var wait = Interlocked.Read(ref session.LastTileTicks) + TileIntervalMs - Environment.TickCount64;
        _ = SendTileLaterAsync(session, Math.Max(0, wait));
    }

    private async Task SendTileLaterAsync(LiveSession session, long wait)
    {
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(wait)).ConfigureAwait(false);
        }
        else
        {
            await Task.Yield();
        }

        SendTile(session);
    }

    private void SendTile(LiveSession session)
    {
        Volatile.Write(ref session.TilePending, 0);
        Interlocked.Exchange(ref session.LastTileTicks, Environment.TickCount64);
        if (session.Ended)
        {
            return;
        }

        _stats.EventPublished();
        ToWall(session, LiveEventTypes.Tile, session.Tile(_clock.GetUtcNow()));
    }
}
