using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live.Nudges;
using Attune.Web.Live;
using Attune.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Attune.Web.Apis;

/// <summary>
/// <c>/api/live</c>: a live chat or call fed turn by turn. Start it, post each turn (final turns are analysed at once
/// and answered with their findings and the nudges to show; partial turns are acknowledged only), end it to store it
/// exactly as <c>POST /api/interactions</c> would. Policy Ingest (API key or signed in).
/// </summary>
public static class LiveApi
{
    private const int MaxIdLength = 200;

    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/live").WithTags("Live").DisableAntiforgery().RequireAuthorization(Policies.Ingest);
        api.MapGet("/", List).WithSummary("The open live interactions");
        api.MapPost("/{id}/start", Start).WithSummary("Start a live interaction (201; 409 if it is already open)");
        api.MapPost("/{id}/turns", AddTurn).WithSummary("Add a turn: 200 with its findings and nudges; 202 for a partial turn (final=false), not analysed");
        api.MapPost("/{id}/end", End).WithSummary("End a live interaction and store it as batch ingestion would (201 with its id and score)");
        return app;
    }

    /// <summary>The body of <c>start</c>.</summary>
    public sealed record StartRequest(string? AdvisorId, string? AdvisorName, string? Team, string? CustomerId, string? CustomerName, string? Queue, string? Channel);

    /// <summary>The body of <c>turns</c>.</summary>
    public sealed record TurnRequest(string? Party, string? Text, double? Start, double? End, bool? Final, string? Speaker);

    private static async Task<IResult> Start(string id, StartRequest? body, LiveSessions sessions, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad id", $"A live interaction id is 1–{MaxIdLength} characters.");
        }

        body ??= new StartRequest(null, null, null, null, null, null, null);
        Channel channel;
        switch (body.Channel?.Trim().ToLowerInvariant())
        {
            case null or "" or "chat":
                channel = Channel.Chat;
                break;
            case "voice":
                channel = Channel.Voice;
                break;
            default:
                return Problem(StatusCodes.Status400BadRequest, "Bad channel", $"Channel '{body.Channel}' is not 'chat' or 'voice'.");
        }

        var metadata = new LiveMetadata(Text(body.AdvisorId), Text(body.AdvisorName), Text(body.Team), Text(body.CustomerId), Text(body.CustomerName), Text(body.Queue));
        var session = await sessions.StartAsync(id, metadata, channel, ct).ConfigureAwait(false);
        if (session is null)
        {
            return Problem(StatusCodes.Status409Conflict, "Already open", $"Live interaction '{id}' is already open.");
        }

        return Results.Json(Describe(session), statusCode: StatusCodes.Status201Created);
    }

    private static IResult AddTurn(string id, TurnRequest? body, LiveSessions sessions)
    {
        if (body is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "No turn", "The body is a JSON turn: {party, text, start?, end?, final?}.");
        }

        if (!TryParty(body.Party, out var party))
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad party", $"Party '{body.Party}' is not one of customer, advisor, bot, system.");
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return Problem(StatusCodes.Status400BadRequest, "Empty turn", "A turn needs text.");
        }

        if (body.Start is < 0 || body.End < body.Start)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad times", "start is seconds from the beginning (≥ 0) and end is not before it.");
        }

        if (body.Final == false)
        {
            return sessions.Touch(id)
                ? Results.Json(new { accepted = true, analysed = false }, statusCode: StatusCodes.Status202Accepted)
                : Unknown(id);
        }

        var turn = new Turn { Party = party, Text = body.Text, Start = body.Start, End = body.End, Speaker = Text(body.Speaker) };
        if (sessions.AddTurn(id, turn) is not { } added)
        {
            return Unknown(id);
        }

        return Results.Json(new
        {
            findings = added.Findings.Select(DescribeFinding),
            nudges = added.Nudges.Select(DescribeNudge),
        });
    }

    private static async Task<IResult> End(string id, LiveSessions sessions, CancellationToken ct)
    {
        var stored = await sessions.EndAsync(id, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return Unknown(id);
        }

        return Results.Json(new { id = stored.Id, created = stored.Created, score = stored.Report.Score.Score },
            statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(LiveSessions sessions, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return Results.Json(new { items = sessions.Open.Select(s => Describe(s, now)) });
    }

    private static object Describe(LiveSession s, DateTimeOffset? now = null)
    {
        lock (s.Gate)
        {
            var emotion = s.LatestCustomerEmotion;
            return new
            {
                id = s.Id,
                advisorId = s.Metadata.AdvisorId,
                advisorName = s.Metadata.AdvisorName,
                team = s.Metadata.Team,
                channel = s.Channel.ToString().ToLowerInvariant(),
                startedAt = s.StartedAt,
                durationSeconds = Math.Round(Math.Max(0, ((now ?? s.StartedAt) - s.StartedAt).TotalSeconds), 1),
                turns = s.Turns.Count,
                customerEmotion = emotion is { } e ? new { label = e.Label, value = e.Value } : null,
            };
        }
    }

    private static object DescribeFinding(Finding f) => new
    {
        signal = f.Signal,
        party = f.Party.ToString().ToLowerInvariant(),
        turn = f.Turn,
        quote = f.Quote,
        detail = f.Detail,
        suggestion = f.Suggestion,
        polarity = f.Polarity.ToString().ToLowerInvariant(),
        label = f.Label,
        value = f.Value,
    };

    private static object DescribeNudge(Nudge n) => new
    {
        kind = n.Kind,
        text = n.Text,
        suggestion = n.Suggestion,
        quote = n.Quote,
        priority = n.Priority,
        turn = n.Turn,
        time = n.Time,
    };

    private static bool TryParty(string? value, out Party party)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "customer":
                party = Party.Customer;
                return true;
            case "advisor" or "agent":
                party = Party.Advisor;
                return true;
            case "bot":
                party = Party.Bot;
                return true;
            case "system":
                party = Party.System;
                return true;
            default:
                party = default;
                return false;
        }
    }

    private static IResult Unknown(string id) => Problem(StatusCodes.Status404NotFound, "No such live interaction", $"There is no open live interaction '{id}'.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
