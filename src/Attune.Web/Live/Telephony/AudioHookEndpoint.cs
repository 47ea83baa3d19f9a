using System.Net.WebSockets;
using System.Text;
using Attune.Analysis.Live.Telephony;
using Microsoft.AspNetCore.Http;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// <c>/ingest/audiohook</c>: a Genesys Cloud AudioHook (protocol version 2) WebSocket driving an
/// <see cref="AudioHookSession"/>. The <c>X-API-KEY</c> upgrade header is checked against the API-key store; an
/// unauthorised <c>open</c> is answered with <c>disconnect</c> (reason unauthorized). <c>opened</c> is sent before the
/// live session is started (the slow part: settings, the recording's blob), so it goes out within milliseconds of
/// <c>open</c>. <c>ping</c> → <c>pong</c>, <c>paused</c>/<c>resumed</c>/<c>discarded</c> move the session's clock (discarded
/// audio is silence), <c>close</c> → <c>closed</c> and the call is stored complete; the connection probe (all-zero
/// conversation id) is answered and never stored. A malformed message or broken sequence is answered with the
/// protocol's <c>disconnect</c> (reason error, info = why); the client then runs its close transaction. A socket that
/// goes away without <c>close</c>, or a call ended by an error, is stored incomplete. A call ended elsewhere
/// (<c>POST /api/live/{id}/end</c>, the idle sweep) is stored there; its client gets <c>disconnect</c> (reason completed)
/// with its next message and the socket closes after the close transaction.
/// </summary>
public static class AudioHookEndpoint
{
    public const string Path = "/ingest/audiohook";

    public const string Source = "audiohook";

    /// <summary>Largest message accepted: text is limited to 64 KiB by the protocol; a second of stereo L16 audio is 32 KB.</summary>
    public const int MaxMessageBytes = 256 * 1024;

    internal static async Task HandleAsync(HttpContext http, LiveCalls calls)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("AudioHook: connect with a WebSocket.", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var key = http.Request.Headers[AudioHookSession.ApiKeyHeader].ToString();
        var valid = await calls.IsIngestKeyAsync(key, http.RequestAborted).ConfigureAwait(false);
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await RunAsync(socket, calls, key, valid, http.RequestAborted).ConfigureAwait(false);
    }

    internal static async Task RunAsync(WebSocket socket, LiveCalls calls, string? key, bool validKey, CancellationToken ct)
    {
        var messages = new SocketMessages(socket, MaxMessageBytes);
        var session = new AudioHookSession();
        session.Authorize(key, _ => validKey);
        LiveCall? call = null;
        var failed = false;
        try
        {
            while (await messages.ReadAsync(ct).ConfigureAwait(false))
            {
                var result = messages.Type == WebSocketMessageType.Text
                    ? session.Receive(Encoding.UTF8.GetString(messages.Message))
                    : session.ReceiveAudio(messages.Message);
                foreach (var reply in result.Replies)
                {
                    await messages.SendTextAsync(reply.ToJson(), ct).ConfigureAwait(false);
                }

                if (result.Error is { } error && session.State is AudioHookState.Disconnected && call is not { Finished: true })
                {
                    failed = true;
                    calls.ProtocolError(Path, error.Reason);
                }

                if (result.Opened is { IsProbe: false } open && call is null)
                {
                    // opened is already on its way: now the slow part
                    call = await calls.StartAsync(open.ConversationId, new LiveMetadata(null, null, null, open.Ani), Source, session.Timeline, ct).ConfigureAwait(false);
                    if (call is null && session.Disconnect("error", $"a live session '{open.ConversationId}' is already open") is { } refusal)
                    {
                        calls.ProtocolError(Path, "duplicate conversation id");
                        await messages.SendTextAsync(refusal.ToJson(), ct).ConfigureAwait(false);
                    }
                }

                if (result.AudioFrames > 0)
                {
                    calls.CountFrames(1, 0, 0);
                    call?.Pump(calls.Clock.GetUtcNow());
                }

                if (call is { Finished: true } && session.Disconnect("completed", "live session ended") is { } completed)
                {
                    // ended elsewhere (REST end, idle sweep) and already stored: nothing more to take. The protocol's
                    // server-initiated end: disconnect (completed); the client answers close, we answer closed.
                    await messages.SendTextAsync(completed.ToJson(), ct).ConfigureAwait(false);
                }

                if (session.State == AudioHookState.Closed)
                {
                    await messages.CloseAsync(WebSocketCloseStatus.NormalClosure, "closed").ConfigureAwait(false);
                    break;
                }
            }

            if (messages.TooBig)
            {
                calls.ProtocolError(Path, "message too big");
                failed = true;
                await messages.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"message larger than {MaxMessageBytes} bytes").ConfigureAwait(false);
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
                var complete = session.State == AudioHookState.Closed && !failed;
                if (!complete)
                {
                    session.Abort();
                }

                await call.EndAsync(!complete, calls.Clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
