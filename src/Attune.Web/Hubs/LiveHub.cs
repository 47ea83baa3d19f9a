using Attune.Web.Live;
using Attune.Web.Live.Events;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Attune.Web.Hubs;

/// <summary>
/// <c>/hubs/live</c>: watch live sessions (advisor assist, supervisor wall) and feed them (chat and transcript turns),
/// as LIVE-CONTRACT.md describes. Events reach watchers through <see cref="LiveFeed"/> (a bounded outbox per
/// connection), never directly from here, so a slow watcher cannot hold up ingestion. Sessions a connection started
/// and did not end are stored as incomplete (<see cref="LiveSessions.DisconnectSource"/>) when it disconnects.
/// </summary>
[Authorize]
public sealed class LiveHub(LiveSessions sessions, IAuthorizationService auth) : Hub
{
    private const string StartedKey = "attune:live-started";

    /// <summary>Watches one session: returns its snapshot, then pushes its events.</summary>
    public LiveSnapshot Watch(string sessionId)
    {
        var session = Open(sessionId);
        if (!LiveAccess.MayWatch(Context.User!, session))
        {
            throw Error(LiveRequestError.NotAllowed("You may not watch this live interaction."));
        }

        return sessions.Feed.Watch(Context.ConnectionId, session) ?? throw Error(LiveRequestError.Unknown(sessionId));
    }

    public void Unwatch(string sessionId) => sessions.Feed.Unwatch(Context.ConnectionId, sessionId);

    /// <summary>The supervisor wall: the tiles of every open session in the caller's scope, then their tile and ended events.</summary>
    [Authorize(Policy = Policies.Coach)]
    public IReadOnlyList<LiveTile> WatchWall() => sessions.Feed.WatchWall(Context.ConnectionId, Context.User!.Scope(), sessions.Open);

    /// <summary>A signed-in advisor's own open sessions, then sessionStarted events for new ones.</summary>
    public IReadOnlyList<LiveTile> WatchMine()
    {
        var advisor = Context.User?.FindFirst(AttuneClaims.Advisor)?.Value;
        if (string.IsNullOrEmpty(advisor))
        {
            throw Error(LiveRequestError.NotAllowed("Only a signed-in advisor has sessions of their own."));
        }

        return sessions.Feed.WatchMine(Context.ConnectionId, advisor, sessions.Open);
    }

    /// <summary>Starts a session (as REST start); it is stored as incomplete if this connection goes before ending it.</summary>
    [Authorize(Policy = Policies.Ingest)]
    public async Task<LiveTile> Start(string sessionId, StartRequest? body)
    {
        if (LiveRequests.ParseStart(sessionId, body, out var metadata, out var channel) is { } bad)
        {
            throw Error(bad);
        }

        var session = await sessions.StartAsync(sessionId, metadata, channel, Context.ConnectionAborted, "hub").ConfigureAwait(false)
            ?? throw Error(new LiveRequestError(409, "Already open", $"Live interaction '{sessionId}' is already open."));
        Started().Add(sessionId);
        return session.Tile(session.StartedAt);
    }

    /// <summary>Adds a turn (as REST turns); a partial turn answers empty findings and nudges.</summary>
    [Authorize(Policy = Policies.Ingest)]
    public TurnResult AddTurn(string sessionId, TurnRequest? body)
    {
        if (LiveRequests.ParseTurn(body, out var turn, out var final, out var reference) is { } bad)
        {
            throw Error(bad);
        }

        if (!final)
        {
            return sessions.AddPartial(sessionId, turn, reference) ? TurnResult.Empty : throw Error(LiveRequestError.Unknown(sessionId));
        }

        return sessions.AddTurn(sessionId, turn, reference) ?? throw Error(LiveRequestError.Unknown(sessionId));
    }

    /// <summary>Ends a session and stores it (as REST end; storing finishes even if the client goes meanwhile).</summary>
    [Authorize(Policy = Policies.Ingest)]
    public async Task<EndResult> End(string sessionId)
    {
        Attune.Web.Ingest.IngestResult stored;
        try
        {
            stored = await sessions.EndAsync(sessionId, CancellationToken.None).ConfigureAwait(false)
                ?? throw Error(LiveRequestError.Unknown(sessionId));
        }
        catch (LiveStoreException e)
        {
            throw Error(e.ToError());
        }
        finally
        {
            // ended either way: not this connection's to end again when it goes
            if (sessions.Find(sessionId) is null)
            {
                Started().Remove(sessionId);
            }
        }

        return new EndResult(stored.Id, stored.Created, stored.Report.Score.Score, false);
    }

    /// <summary>Mutes nudges of a kind (null = all): the session's advisor or an Ingest key. Recorded, never scored.</summary>
    public Task Mute(string sessionId, string? kind) => SetMuteAsync(sessionId, kind, true);

    public Task Unmute(string sessionId, string? kind) => SetMuteAsync(sessionId, kind, false);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await sessions.Feed.RemoveConnectionAsync(Context.ConnectionId).ConfigureAwait(false);
        if (Context.Items.TryGetValue(StartedKey, out var value) && value is HashSet<string> started)
        {
            foreach (var id in started)
            {
                // The client is gone: what arrived is stored and scored, marked incomplete. Not the connection's token
                // (already cancelled): storing must finish.
                try
                {
                    await sessions.EndAsync(id, CancellationToken.None, LiveSessions.DisconnectSource, incomplete: true).ConfigureAwait(false);
                }
                catch (LiveStoreException)
                {
                    // ended, not stored: logged by LiveSessions; the other sessions are still stored
                }
            }
        }

        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    private async Task SetMuteAsync(string sessionId, string? kind, bool muted)
    {
        var session = Open(sessionId);
        if (await LiveAccess.MayMuteAsync(Context.User!, session, auth).ConfigureAwait(false) is { } denied)
        {
            throw Error(denied);
        }

        if (!sessions.SetMute(sessionId, kind, muted))
        {
            throw Error(LiveRequestError.Unknown(sessionId));
        }
    }

    private LiveSession Open(string sessionId) => sessions.Find(sessionId) is { Ended: false } s ? s : throw Error(LiveRequestError.Unknown(sessionId));

    /// <summary>The sessions this connection started and has not ended (hub invocations of one connection run one at a time).</summary>
    private HashSet<string> Started()
    {
        if (!Context.Items.TryGetValue(StartedKey, out var value) || value is not HashSet<string> set)
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            Context.Items[StartedKey] = set;
        }

        return set;
    }

    private static HubException Error(LiveRequestError e) => new(e.Message);
}
