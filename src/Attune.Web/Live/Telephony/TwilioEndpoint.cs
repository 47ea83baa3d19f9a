using System.Net.WebSockets;
using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Telephony;
using Microsoft.AspNetCore.Http;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// <c>/ingest/twilio</c>: a Twilio Media Streams WebSocket (https://www.twilio.com/docs/voice/media-streams/websocket-messages)
/// driving a <see cref="TwilioStreamSession"/>. The <c>start</c> message's <c>customParameters</c> carry
/// <c>advisorId</c>, <c>customerId</c> and <c>apiKey</c>; the key is checked against the API-key store before the
/// session sees the message (no key or a bad one: close 1008 with the reason). The live session's id is
/// <c>start.callSid</c> (else the stream sid). Media is placed on the session's timeline (reordered, holes as silence)
/// and pumped into the call's recording and analysis. Twilio has no error message: a malformed message (close 1007) or
/// a protocol violation (1008) closes this socket with a reason naming it — no other stream is touched. <c>stop</c>
/// ends the call normally (stored, complete); a socket that goes away without <c>stop</c> leaves it stored incomplete.
/// </summary>
public static class TwilioEndpoint
{
    public const string Path = "/ingest/twilio";

    public const string Source = "twilio";

    /// <summary>Largest text message accepted: a media message is about 300 bytes, a start message a few hundred.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    internal static async Task HandleAsync(HttpContext http, LiveCalls calls)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("Twilio Media Streams: connect with a WebSocket.", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await RunAsync(socket, calls, http.RequestAborted).ConfigureAwait(false);
    }

    internal static async Task RunAsync(WebSocket socket, LiveCalls calls, CancellationToken ct)
    {
        var messages = new SocketMessages(socket, MaxMessageBytes);
        var session = new TwilioStreamSession();
        LiveCall? call = null;
        var stopped = false;
        long missing = 0, late = 0;
        try
        {
            while (await messages.ReadAsync(ct).ConfigureAwait(false))
            {
                if (messages.Type != WebSocketMessageType.Text)
                {
                    await Refuse(messages, calls, WebSocketCloseStatus.InvalidMessageType, "binary frames are not Twilio Media Streams messages (JSON text)").ConfigureAwait(false);
                    break;
                }

                var parsed = TwilioMessageParser.Parse(messages.Message);
                if (parsed.Success && parsed.Message is TwilioStart start)
                {
                    // The store is asynchronous, the session's check synchronous: look the key up first.
                    var valid = await calls.IsIngestKeyAsync(start.ApiKey, ct).ConfigureAwait(false);
                    session.Authorize(_ => valid);
                }

                var result = parsed.Success ? session.Receive(parsed.Message) : session.Receive(messages.Message);
                if (result.Message is TwilioStop)
                {
                    stopped = true;
                    await messages.CloseAsync(WebSocketCloseStatus.NormalClosure, "stream stopped").ConfigureAwait(false);
                    break;
                }

                if (result.Error is { } error)
                {
                    var status = !parsed.Success ? WebSocketCloseStatus.InvalidPayloadData : WebSocketCloseStatus.PolicyViolation;
                    var reason = session.Authorization.IsDenied && session.Authorization.Reason == error.Reason
                        ? (error.Reason == "invalid API key" ? "invalid api key" : error.Reason)
                        : (parsed.Success ? "" : "malformed message: ") + error.Reason;
                    await Refuse(messages, calls, status, reason).ConfigureAwait(false);
                    break;
                }

                switch (result.Message)
                {
                    case TwilioStart s when session.State == TwilioStreamState.Streaming:
                        var id = s.CallSid ?? s.StreamSid ?? "twilio-" + Guid.NewGuid().ToString("N");
                        call = await calls.StartAsync(id, new LiveMetadata(s.AdvisorId, s.AdvisorName, s.Team, s.CustomerId, s.CustomerName), Source, session.Timeline, ct).ConfigureAwait(false);
                        if (call is null)
                        {
                            await Refuse(messages, calls, WebSocketCloseStatus.PolicyViolation, $"a live session '{id}' is already open").ConfigureAwait(false);
                            return;
                        }

                        break;
                    case TwilioMedia:
                        Count(calls, session, ref missing, ref late, 1);
                        call?.Pump(calls.Clock.GetUtcNow());
                        break;
                }

                if (call is { Finished: true })
                {
                    // ended elsewhere (REST end, idle sweep) and already stored: nothing more to take
                    await messages.CloseAsync(WebSocketCloseStatus.NormalClosure, "live session ended").ConfigureAwait(false);
                    break;
                }
            }

            if (messages.TooBig)
            {
                await Refuse(messages, calls, WebSocketCloseStatus.MessageTooBig, $"message larger than {MaxMessageBytes} bytes").ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the client went away: what arrived is stored as an incomplete call below
        }
        finally
        {
            if (call is not null)
            {
                if (!stopped)
                {
                    session.Abort();
                }

                Count(calls, session, ref missing, ref late, 0);
                // Stored even when the request was aborted: the call must not be lost with the socket.
                await call.EndAsync(!stopped, calls.Clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static void Count(LiveCalls calls, TwilioStreamSession session, ref long missing, ref long late, long received)
    {
        var m = session.MissingChunksOf(Party.Customer) + session.MissingChunksOf(Party.Advisor);
        var l = session.LateChunksOf(Party.Customer) + session.LateChunksOf(Party.Advisor);
        calls.CountFrames(received, m - missing, l - late);
        missing = m;
        late = l;
    }

    private static Task Refuse(SocketMessages messages, LiveCalls calls, WebSocketCloseStatus status, string reason)
    {
        calls.ProtocolError(Path, reason);
        return messages.CloseAsync(status, reason);
    }
}
