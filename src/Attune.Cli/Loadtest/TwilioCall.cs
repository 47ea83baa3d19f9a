using System.Net.WebSockets;

namespace Attune.Cli.Loadtest;

/// <summary>
/// A simulated Twilio Media Streams connection to <c>/ingest/twilio</c>: connects, sends <c>connected</c> and
/// <c>start</c> (callSid = the session id; customParameters advisorId, customerId, apiKey), hands a
/// <see cref="CallStream"/> to the pacer, drains what the server sends (and notes a close with its reason), and at the
/// end sends <c>stop</c> and closes.
/// </summary>
public sealed class TwilioCall : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly string _accountSid;
    private readonly string _callSid;
    private readonly LoadErrors _errors;
    private Task _receiving = Task.CompletedTask;

    private TwilioCall(ClientWebSocket socket, string callSid, string accountSid, CallStream stream, LoadErrors errors)
    {
        _socket = socket;
        _callSid = callSid;
        _accountSid = accountSid;
        Stream = stream;
        _errors = errors;
    }

    public CallStream Stream { get; }

    /// <summary>The server's close status and reason when it closed the socket first.</summary>
    public string? ClosedByServer { get; private set; }

    public static Task<TwilioCall> ConnectAsync(Uri server, string sessionId, int index, string apiKey, EncodedConversation script, long offset,
        int capacityFrames, LoadErrors errors, CancellationToken ct) =>
        ConnectAsync(server, sessionId, new LiveParticipants($"lt-advisor-{index % 50:00}", null, null, $"lt-customer-{index}"), apiKey, script, offset,
            capacityFrames, null, errors, ct);

    /// <summary>
    /// Connects a call for <paramref name="who"/>: <c>advisorId</c> and <c>customerId</c> always, <c>advisorName</c>,
    /// <c>team</c> and <c>customerName</c> as custom parameters when given. <paramref name="limitFrames"/>: frames to send
    /// in all (null: loop the script until stopped; see <see cref="CallStream.Limit"/>).
    /// </summary>
    public static async Task<TwilioCall> ConnectAsync(Uri server, string sessionId, LiveParticipants who, string apiKey, EncodedConversation script,
        long offset, int capacityFrames, long? limitFrames, LoadErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(who);
        var socket = new ClientWebSocket();
        try
        {
            var ws = new UriBuilder(new Uri(server, "ingest/twilio")) { Scheme = server.Scheme == "https" ? "wss" : "ws" }.Uri;
            await socket.ConnectAsync(ws, ct).ConfigureAwait(false);
            var streamSid = TwilioMessageBuilder.Sid("MZ", sessionId);
            var accountSid = TwilioMessageBuilder.Sid("AC", "attune-loadtest");
            var stream = new CallStream(sessionId, streamSid, script, offset, capacityFrames,
                m => socket.SendAsync(m, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None))
            {
                Limit = limitFrames,
            };
            var call = new TwilioCall(socket, sessionId, accountSid, stream, errors);
            await socket.SendAsync(TwilioMessageBuilder.Connected(), WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["advisorId"] = who.AdvisorId,
                ["customerId"] = who.CustomerId,
                ["apiKey"] = apiKey,
            };
            foreach (var (name, value) in new[] { ("advisorName", who.AdvisorName), ("team", who.Team), ("customerName", who.CustomerName) })
            {
                if (value is not null)
                {
                    parameters[name] = value;
                }
            }

            var start = TwilioMessageBuilder.Start(1, streamSid, accountSid, sessionId, parameters);
            await socket.SendAsync(start, WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
            call._receiving = call.ReceiveAsync();
            return call;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[4096];
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        // The server closed first: the stream is over for it (an error unless we sent stop).
                        ClosedByServer = $"{(int?)result.CloseStatus} {result.CloseStatusDescription}";
                        Stream.Failure ??= new InvalidOperationException($"server closed the stream: {ClosedByServer}");
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            Stream.Failure ??= e;
        }
    }

    /// <summary>Sends <c>stop</c> and closes (normal closure), waiting at most <paramref name="timeout"/>.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            if (_socket.State == WebSocketState.Open && ClosedByServer is null)
            {
                if (Stream.Pending is { IsCompleted: false } pending)
                {
                    await pending.WaitAsync(cts.Token).ConfigureAwait(false);
                }

                await _socket.SendAsync(TwilioMessageBuilder.Stop(Stream.Sequence++, Stream.StreamSid, _accountSid, _callSid), WebSocketMessageType.Text, true, cts.Token).ConfigureAwait(false);
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "stop", cts.Token).ConfigureAwait(false);
            }

            await _receiving.WaitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or TimeoutException)
        {
            _errors.Add("call stop", $"{_callSid}: {e.Message}");
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
