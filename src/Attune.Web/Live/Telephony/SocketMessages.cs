using System.Net.WebSockets;
using System.Text;

namespace Attune.Web.Live.Telephony;

/// <summary>Reads whole WebSocket messages into one reused buffer (grown up to a limit), and closes with a reason.</summary>
internal sealed class SocketMessages(WebSocket socket, int maxBytes)
{
    /// <summary>A close frame's reason is at most 123 bytes of UTF-8 (RFC 6455 §5.5: control frames carry ≤ 125 bytes).</summary>
    private const int MaxReasonBytes = 123;

    private byte[] _buffer = new byte[4096];

    public WebSocket Socket => socket;

    /// <summary>The message read last.</summary>
    public ReadOnlySpan<byte> Message => _buffer.AsSpan(0, Length);

    public int Length { get; private set; }

    public WebSocketMessageType Type { get; private set; }

    /// <summary>Reads the next message: false when the client closed (or sent a message over the limit: <see cref="TooBig"/>).</summary>
    public async Task<bool> ReadAsync(CancellationToken ct)
    {
        Length = 0;
        TooBig = false;
        while (true)
        {
            if (Length == _buffer.Length)
            {
                if (_buffer.Length >= maxBytes)
                {
                    TooBig = true;
                    return false;
                }

                Array.Resize(ref _buffer, Math.Min(maxBytes, _buffer.Length * 2));
            }

            var result = await socket.ReceiveAsync(_buffer.AsMemory(Length), ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            Type = result.MessageType;
            Length += result.Count;
            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    /// <summary>The last message was longer than the limit.</summary>
    public bool TooBig { get; private set; }

    public Task SendTextAsync(string text, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct);

    /// <summary>Closes with <paramref name="status"/> and a reason (cut to what a close frame holds); never throws on a gone client.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, Cut(reason), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client is gone: nothing to tell it
        }
    }

    private static string Cut(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes)
        {
            return reason;
        }

        var cut = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, cut)) > MaxReasonBytes - 3)
        {
            cut--;
        }

        return string.Concat(reason.AsSpan(0, cut), "…");
    }
}
