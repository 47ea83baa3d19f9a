using Attune.Analysis.Conversations;

namespace Attune.Web.Live;

/// <summary>
/// Validation and parsing of live requests, shared by REST (<c>/api/live</c>) and the hub (<c>/hubs/live</c>) so both
/// refuse the same input with the same words.
/// </summary>
public static class LiveRequests
{
    public const int MaxIdLength = 200;

    /// <summary>Longest <c>ref</c> echoed back (a client id, not a payload).</summary>
    public const int MaxRefLength = 200;

    public static LiveRequestError? CheckId(string? id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength
            ? new LiveRequestError(400, "Bad id", $"A live interaction id is 1–{MaxIdLength} characters.")
            : null;

    /// <summary>Parses a start body (null = all defaults) into metadata and channel.</summary>
    public static LiveRequestError? ParseStart(string? id, StartRequest? body, out LiveMetadata metadata, out Channel channel)
    {
        metadata = new LiveMetadata(null, null, null, null);
        channel = Channel.Chat;
        if (CheckId(id) is { } bad)
        {
            return bad;
        }

        body ??= new StartRequest();
        switch (body.Channel?.Trim().ToLowerInvariant())
        {
            case null or "" or "chat":
                channel = Channel.Chat;
                break;
            case "voice":
                channel = Channel.Voice;
                break;
            default:
                return new LiveRequestError(400, "Bad channel", $"Channel '{body.Channel}' is not 'chat' or 'voice'.");
        }

        metadata = new LiveMetadata(Text(body.AdvisorId), Text(body.AdvisorName), Text(body.Team), Text(body.CustomerId), Text(body.CustomerName), Text(body.Queue));
        return null;
    }

    /// <summary>Parses a turn body; <paramref name="final"/> false means a partial turn (not analysed).</summary>
    public static LiveRequestError? ParseTurn(TurnRequest? body, out Turn turn, out bool final, out string? reference)
    {
        turn = new Turn { Party = Party.Customer, Text = "" };
        final = true;
        reference = null;
        if (body is null)
        {
            return new LiveRequestError(400, "No turn", "The body is a JSON turn: {party, text, start?, end?, final?, speaker?, ref?}.");
        }

        if (!TryParty(body.Party, out var party))
        {
            return new LiveRequestError(400, "Bad party", $"Party '{body.Party}' is not one of customer, advisor, bot, system.");
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return new LiveRequestError(400, "Empty turn", "A turn needs text.");
        }

        if (body.Start is < 0 || body.End < body.Start || body.Start is { } s && !double.IsFinite(s) || body.End is { } e && !double.IsFinite(e))
        {
            return new LiveRequestError(400, "Bad times", "start is seconds from the beginning (≥ 0) and end is not before it.");
        }

        if (body.Ref is { Length: > MaxRefLength })
        {
            return new LiveRequestError(400, "Bad ref", $"ref is the client's id for the turn, at most {MaxRefLength} characters.");
        }

        turn = new Turn { Party = party, Text = body.Text, Start = body.Start, End = body.End, Speaker = Text(body.Speaker) };
        final = body.Final != false;
        reference = body.Ref;
        return null;
    }

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

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
