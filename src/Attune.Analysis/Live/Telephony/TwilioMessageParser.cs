using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// Parses the JSON text frames of Twilio Media Streams ("Media Streams - WebSocket Messages",
/// https://www.twilio.com/docs/voice/media-streams/websocket-messages). Twilio sends counters (<c>sequenceNumber</c>,
/// <c>chunk</c>, <c>timestamp</c>) as strings and <c>mediaFormat</c> numbers as numbers; both spellings are accepted.
/// Anything else — invalid JSON, an unknown event, a missing field — is a <see cref="TelephonyProtocolError"/>, never an
/// exception.
/// </summary>
public static class TwilioMessageParser
{
    /// <summary>Text frames larger than this are refused before parsing (a 20 ms chunk is about 300 bytes of JSON).</summary>
    public const int MaxMessageChars = 64 * 1024;

    public static TwilioParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxMessageChars)
        {
            return TwilioParseResult.Fail($"message of {text.Length} characters is larger than {MaxMessageChars}");
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            return Parse(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Parses one UTF-8 text frame as the WebSocket delivers it. <c>media</c> messages (50 per second per track) take
    /// a forward-only <see cref="Utf8JsonReader"/> path without a DOM; everything else, and any media message that path
    /// does not fully understand, goes through <see cref="JsonDocument"/>, which also words the errors.
    /// </summary>
    public static TwilioParseResult Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxMessageChars * 3)
        {
            return TwilioParseResult.Fail($"message of {utf8.Length} bytes is too large");
        }

        if (TryParseMedia(utf8) is { } media)
        {
            return TwilioParseResult.Ok(media);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray());
        }
        catch (JsonException e)
        {
            return TwilioParseResult.Fail($"message is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return TwilioParseResult.Fail("message is not a JSON object");
            }

            var eventName = String(root, "event");
            if (eventName is null)
            {
                return TwilioParseResult.Fail("message has no 'event'");
            }

            var sequence = Number(root, "sequenceNumber") ?? 0;
            var streamSid = String(root, "streamSid");
            return eventName switch
            {
                "connected" => TwilioParseResult.Ok(new TwilioConnected(String(root, "protocol"), String(root, "version"))),
                "start" => ParseStart(root, sequence, streamSid),
                "media" => ParseMedia(root, sequence, streamSid),
                "stop" => ParseStop(root, sequence, streamSid),
                "mark" => Object(root, "mark") is { } mark && String(mark, "name") is { } name
                    ? TwilioParseResult.Ok(new TwilioMark(sequence, streamSid, name))
                    : TwilioParseResult.Fail("mark message has no 'mark.name'"),
                "dtmf" => Object(root, "dtmf") is { } dtmf && String(dtmf, "digit") is { } digit
                    ? TwilioParseResult.Ok(new TwilioDtmf(sequence, streamSid, String(dtmf, "track") ?? "inbound_track", digit))
                    : TwilioParseResult.Fail("dtmf message has no 'dtmf.digit'"),
                _ => TwilioParseResult.Fail($"unknown event '{Truncate(eventName)}'"),
            };
        }
    }

    /// <summary>Twilio's track names: <c>inbound</c>/<c>outbound</c> (media, start.tracks), <c>*_track</c> spellings too.</summary>
    public static TwilioTrack? ParseTrack(string? value) => value switch
    {
        "inbound" or "inbound_track" => TwilioTrack.Inbound,
        "outbound" or "outbound_track" => TwilioTrack.Outbound,
        _ => null,
    };

    private static TwilioParseResult ParseStart(JsonElement root, long sequence, string? rootSid)
    {
        if (Object(root, "start") is not { } start)
        {
            return TwilioParseResult.Fail("start message has no 'start' object");
        }

        var streamSid = String(start, "streamSid") ?? rootSid;
        if (string.IsNullOrEmpty(streamSid))
        {
            return TwilioParseResult.Fail("start message has no 'streamSid'");
        }

        var tracks = new List<TwilioTrack>();
        if (start.TryGetProperty("tracks", out var trackArray) && trackArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in trackArray.EnumerateArray())
            {
                var track = item.ValueKind == JsonValueKind.String ? ParseTrack(item.GetString()) : null;
                if (track is null)
                {
                    return TwilioParseResult.Fail($"start.tracks holds an unknown track {Truncate(item.GetRawText())}");
                }

                if (!tracks.Contains(track.Value))
                {
                    tracks.Add(track.Value);
                }
            }
        }
        else
        {
            // Older streams omit 'tracks'; Twilio's default <Stream track> is inbound_track.
            tracks.Add(TwilioTrack.Inbound);
        }

        if (Object(start, "mediaFormat") is not { } media)
        {
            return TwilioParseResult.Fail("start message has no 'mediaFormat'");
        }

        var format = new TwilioMediaFormat(
            String(media, "encoding") ?? string.Empty,
            (int)(Number(media, "sampleRate") ?? 0),
            (int)(Number(media, "channels") ?? 1));

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Object(start, "customParameters") is { } custom)
        {
            foreach (var property in custom.EnumerateObject())
            {
                parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return TwilioParseResult.Ok(new TwilioStart(sequence, streamSid, String(start, "accountSid"), String(start, "callSid"), tracks, format, parameters));
    }

    private static TwilioParseResult ParseMedia(JsonElement root, long sequence, string? streamSid)
    {
        if (Object(root, "media") is not { } media)
        {
            return TwilioParseResult.Fail("media message has no 'media' object");
        }

        var track = ParseTrack(String(media, "track"));
        if (track is null)
        {
            return TwilioParseResult.Fail($"media message has an unknown track '{Truncate(String(media, "track") ?? "(none)")}'");
        }

        var chunk = Number(media, "chunk");
        var timestamp = Number(media, "timestamp");
        if (chunk is null or < 0 || timestamp is null or < 0)
        {
            return TwilioParseResult.Fail("media message needs a non-negative 'chunk' and 'timestamp'");
        }

        var payload = String(media, "payload");
        if (payload is null)
        {
            return TwilioParseResult.Fail("media message has no 'payload'");
        }

        var bytes = new byte[(payload.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(payload, bytes, out var written))
        {
            return TwilioParseResult.Fail("media payload is not valid base64");
        }

        return TwilioParseResult.Ok(new TwilioMedia(sequence, streamSid, track.Value, chunk.Value, timestamp.Value, bytes.AsMemory(0, written)));
    }

    private static TwilioParseResult ParseStop(JsonElement root, long sequence, string? streamSid)
    {
        var stop = Object(root, "stop");
        return TwilioParseResult.Ok(new TwilioStop(sequence, streamSid, stop is { } s ? String(s, "accountSid") : null, stop is { } t ? String(t, "callSid") : null));
    }

    private static TwilioMedia? TryParseMedia(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var isMedia = false;
            long sequence = 0;
            string? streamSid = null;
            TwilioTrack? track = null;
            long? chunk = null;
            long? timestamp = null;
            byte[]? payload = null;
            var payloadLength = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("event"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("media"u8))
                    {
                        return null;
                    }

                    isMedia = true;
                }
                else if (reader.ValueTextEquals("sequenceNumber"u8))
                {
                    reader.Read();
                    sequence = ReadLong(ref reader) ?? 0;
                }
                else if (reader.ValueTextEquals("streamSid"u8))
                {
                    reader.Read();
                    streamSid = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("media"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        return null;
                    }

                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("track"u8))
                        {
                            reader.Read();
                            track = reader.TokenType != JsonTokenType.String ? null
                                : reader.ValueTextEquals("inbound"u8) ? TwilioTrack.Inbound
                                : reader.ValueTextEquals("outbound"u8) ? TwilioTrack.Outbound
                                : null;
                        }
                        else if (reader.ValueTextEquals("chunk"u8))
                        {
                            reader.Read();
                            chunk = ReadLong(ref reader);
                        }
                        else if (reader.ValueTextEquals("timestamp"u8))
                        {
                            reader.Read();
                            timestamp = ReadLong(ref reader);
                        }
                        else if (reader.ValueTextEquals("payload"u8))
                        {
                            reader.Read();
                            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                            {
                                return null;
                            }

                            payload = new byte[Base64.GetMaxDecodedFromUtf8Length(reader.ValueSpan.Length)];
                            if (Base64.DecodeFromUtf8(reader.ValueSpan, payload, out _, out payloadLength) != OperationStatus.Done)
                            {
                                return null;
                            }
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }
                    }

                    if (reader.TokenType != JsonTokenType.EndObject)
                    {
                        return null;
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // The whole object must have been read (no trailing garbage) and every field present and valid.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || !isMedia || track is null
                || chunk is null or < 0 || timestamp is null or < 0 || payload is null)
            {
                return null;
            }

            return new TwilioMedia(sequence, streamSid, track.Value, chunk.Value, timestamp.Value, payload.AsMemory(0, payloadLength));
        }
        catch (JsonException)
        {
            // Malformed: the DOM path reports it.
            return null;
        }
    }

    private static long? ReadLong(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var n) ? n : null;
        }

        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
               && Utf8Parser.TryParse(reader.ValueSpan, out long value, out var consumed) && consumed == reader.ValueSpan.Length
            ? value
            : null;
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
