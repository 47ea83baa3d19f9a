using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Web.Ingest;
using Attune.Web.Live;
using Attune.Web.Live.Events;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Attune.Web.Apis;

/// <summary>
/// <c>/api/live</c>: a live chat or call fed turn by turn. Start it, post each turn (final turns are analysed at once
/// and answered with their findings and the nudges to show; partial turns are acknowledged only), end it to store it
/// exactly as <c>POST /api/interactions</c> would. Policy Ingest (API key or signed in), except mute/unmute (also the
/// session's own advisor, signed in). The same operations run over the hub (<c>/hubs/live</c>) with the same checks
/// (<see cref="LiveRequests"/>).
/// </summary>
public static class LiveApi
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/live").WithTags("Live").DisableAntiforgery();
        api.MapGet("/", List).RequireAuthorization(Policies.Ingest).WithSummary("The open live interactions");
        api.MapGet("/stats", Stats).RequireAuthorization(Policies.Ingest).WithSummary("Live counters: sessions, events published and dropped, audio frames, protocol errors, CPU");
        api.MapPost("/{id}/start", Start).RequireAuthorization(Policies.Ingest).WithSummary("Start a live interaction (201; 409 if it is already open)");
        api.MapPost("/{id}/turns", AddTurn).RequireAuthorization(Policies.Ingest).WithSummary("Add a turn: 200 with its findings and nudges; 202 for a partial turn (final=false), not analysed");
        api.MapPost("/{id}/end", End).RequireAuthorization(Policies.Ingest).WithSummary("End a live interaction and store it as batch ingestion would (201 with its id and score; 500 if it could not be stored)");
        api.MapPost("/{id}/mute", (string id, MuteRequest? body, ClaimsPrincipal user, LiveSessions sessions, IAuthorizationService auth) => Mute(id, body, user, sessions, auth, true))
            .RequireAuthorization().WithSummary("Mute nudges of a kind (or all): the session's advisor or an Ingest key; recorded, never scored");
        api.MapPost("/{id}/unmute", (string id, MuteRequest? body, ClaimsPrincipal user, LiveSessions sessions, IAuthorizationService auth) => Mute(id, body, user, sessions, auth, false))
            .RequireAuthorization().WithSummary("Unmute nudges of a kind (or all)");
        return app;
    }

    /// <summary>The body of mute/unmute: the nudge kind, or none for all nudges.</summary>
    public sealed record MuteRequest(string? Kind);

    private static async Task<IResult> Start(string id, StartRequest? body, LiveSessions sessions, CancellationToken ct)
    {
        if (LiveRequests.ParseStart(id, body, out var metadata, out var channel) is { } bad)
        {
            return Problem(bad);
        }

        var session = await sessions.StartAsync(id, metadata, channel, ct).ConfigureAwait(false);
        if (session is null)
        {
            return Problem(StatusCodes.Status409Conflict, "Already open", $"Live interaction '{id}' is already open.");
        }

        return Results.Json(Describe(session.Tile(session.StartedAt)), statusCode: StatusCodes.Status201Created);
    }

    private static IResult AddTurn(string id, TurnRequest? body, LiveSessions sessions)
    {
        if (LiveRequests.ParseTurn(body, out var turn, out var final, out var reference) is { } bad)
        {
            return Problem(bad);
        }

        if (!final)
        {
            return sessions.AddPartial(id, turn, reference)
                ? Results.Json(new { accepted = true, analysed = false }, statusCode: StatusCodes.Status202Accepted)
                : Problem(LiveRequestError.Unknown(id));
        }

        return sessions.AddTurn(id, turn, reference) is { } added ? Results.Json(added, Web) : Problem(LiveRequestError.Unknown(id));
    }

    private static async Task<IResult> End(string id, LiveSessions sessions, CancellationToken ct)
    {
        IngestResult? stored;
        try
        {
            stored = await sessions.EndAsync(id, ct).ConfigureAwait(false);
        }
        catch (LiveStoreException e)
        {
            return Problem(e.ToError());
        }

        if (stored is null)
        {
            return Problem(LiveRequestError.Unknown(id));
        }

        return Results.Json(new EndResult(stored.Id, stored.Created, stored.Report.Score.Score, false), Web, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Mute(string id, MuteRequest? body, ClaimsPrincipal user, LiveSessions sessions, IAuthorizationService auth, bool muted)
    {
        if (sessions.Find(id) is not { } session)
        {
            return Problem(LiveRequestError.Unknown(id));
        }

        if (await LiveAccess.MayMuteAsync(user, session, auth).ConfigureAwait(false) is { } denied)
        {
            return Problem(denied);
        }

        return sessions.SetMute(id, body?.Kind, muted) ? Results.NoContent() : Problem(LiveRequestError.Unknown(id));
    }

    private static IResult Stats(LiveStats stats) => Results.Json(stats.Snapshot(), Web);

    private static IResult List(LiveSessions sessions, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return Results.Json(new { items = sessions.Open.Select(s => Describe(s.Tile(now))) });
    }

    /// <summary>A tile with <c>id</c> (the session id) as well, as this API has always answered.</summary>
    private static JsonObject Describe(LiveTile tile)
    {
        var node = JsonSerializer.SerializeToNode(tile, Web)!.AsObject();
        node["id"] = tile.SessionId;
        return node;
    }

    private static IResult Problem(LiveRequestError e) => Problem(e.Status, e.Title, e.Detail);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);
}
