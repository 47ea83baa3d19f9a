using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Attune.Cli.Loadtest;

/// <summary>
/// The JSON text frames Twilio Media Streams sends ("Media Streams - WebSocket Messages",
/// https://www.twilio.com/docs/voice/media-streams/websocket-messages): <c>connected</c>, <c>start</c> (with the
/// stream's customParameters), <c>media</c> (counters as strings, as Twilio sends them), <c>mark</c>, <c>stop</c>.
/// <see cref="WriteMedia"/> writes into a caller's buffer without allocating: it runs 50 times a second per track per call.
/// </summary>
public static class TwilioMessageBuilder
{
    /// <summary>Largest media message <see cref="WriteMedia"/> writes for a stream id of up to 64 characters.</summary>
    public const int MaxMediaBytes = 512;

    public static byte[] Connected() => """{"event":"connected","protocol":"Call","version":"1.0.0"}"""u8.ToArray();

    public static byte[] Start(long sequenceNumber, string streamSid, string accountSid, string callSid, IReadOnlyDictionary<string, string> customParameters)
    {
        ArgumentNullException.ThrowIfNull(customParameters);
        return Write(w =>
        {
            w.WriteString("event", "start");
            w.WriteString("sequenceNumber", Number(sequenceNumber));
            w.WriteStartObject("start");
            w.WriteString("accountSid", accountSid);
            w.WriteString("streamSid", streamSid);
            w.WriteString("callSid", callSid);
            w.WriteStartArray("tracks");
            w.WriteStringValue("inbound");
            w.WriteStringValue("outbound");
            w.WriteEndArray();
            w.WriteStartObject("customParameters");
            foreach (var (name, value) in customParameters)
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
            w.WriteStartObject("mediaFormat");
            w.WriteString("encoding", "audio/x-mulaw");
            w.WriteNumber("sampleRate", 8000);
            w.WriteNumber("channels", 1);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("streamSid", streamSid);
        });
    }

    public static byte[] Mark(long sequenceNumber, string streamSid, string name) => Write(w =>
    {
        w.WriteString("event", "mark");
        w.WriteString("sequenceNumber", Number(sequenceNumber));
        w.WriteString("streamSid", streamSid);
        w.WriteStartObject("mark");
        w.WriteString("name", name);
        w.WriteEndObject();
    });

    public static byte[] Stop(long sequenceNumber, string streamSid, string accountSid, string callSid) => Write(w =>
    {
        w.WriteString("event", "stop");
        w.WriteString("sequenceNumber", Number(sequenceNumber));
        w.WriteString("streamSid", streamSid);
        w.WriteStartObject("stop");
        w.WriteString("accountSid", accountSid);
        w.WriteString("callSid", callSid);
        w.WriteEndObject();
    });

    /// <summary>
    /// Writes <c>{"event":"media","sequenceNumber":"N","media":{"track":"inbound|outbound","chunk":"C","timestamp":"T",
    /// "payload":"…"},"streamSid":"…"}</c> into <paramref name="destination"/> and returns its length.
    /// <paramref name="streamSidUtf8"/> and <paramref name="payloadBase64"/> are already-encoded UTF-8 (no escaping needed:
    /// Twilio sids are letters and digits, base64 has no characters JSON escapes).
    /// </summary>
    public static int WriteMedia(Span<byte> destination, long sequenceNumber, bool inbound, long chunk, long timestampMs,
        ReadOnlySpan<byte> payloadBase64, ReadOnlySpan<byte> streamSidUtf8)
    {
        var at = 0;
        Append(destination, ref at, "{\"event\":\"media\",\"sequenceNumber\":\""u8);
        AppendNumber(destination, ref at, sequenceNumber);
        Append(destination, ref at, inbound ? "\",\"media\":{\"track\":\"inbound\",\"chunk\":\""u8 : "\",\"media\":{\"track\":\"outbound\",\"chunk\":\""u8);
        AppendNumber(destination, ref at, chunk);
        Append(destination, ref at, "\",\"timestamp\":\""u8);
        AppendNumber(destination, ref at, timestampMs);
        Append(destination, ref at, "\",\"payload\":\""u8);
        Append(destination, ref at, payloadBase64);
        Append(destination, ref at, "\"},\"streamSid\":\""u8);
        Append(destination, ref at, streamSidUtf8);
        Append(destination, ref at, "\"}"u8);
        return at;
    }

    private static void Append(Span<byte> destination, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[at..]);
        at += bytes.Length;
    }

    private static void AppendNumber(Span<byte> destination, ref int at, long value)
    {
        if (!Utf8Formatter.TryFormat(value, destination[at..], out var written))
        {
            throw new ArgumentException("The destination is too small for the media message.", nameof(destination));
        }

        at += written;
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A Twilio-shaped sid: two letters and 32 hex digits derived from <paramref name="seed"/>.</summary>
    public static string Sid(string prefix, string seed) =>
        prefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..32];
}
