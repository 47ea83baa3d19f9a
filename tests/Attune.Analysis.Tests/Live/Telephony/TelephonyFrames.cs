using System.Text.Json.Nodes;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

/// <summary>Builds protocol messages and audio for the telephony tests (own JSON written to the documented shapes).</summary>
internal static class TelephonyFrames
{
    public const string StreamSid = "MZ0123456789abcdef0123456789abcdef";

    public static string Connected() => """{"event":"connected","protocol":"Call","version":"1.0.0"}""";

    public static string Start(string? apiKey = "key-1", string tracks = """["inbound","outbound"]""", string encoding = "audio/x-mulaw", int sampleRate = 8000) =>
        new JsonObject
        {
            ["event"] = "start",
            ["sequenceNumber"] = "1",
            ["streamSid"] = StreamSid,
            ["start"] = new JsonObject
            {
                ["streamSid"] = StreamSid,
                ["accountSid"] = "AC0000",
                ["callSid"] = "CA1111",
                ["tracks"] = JsonNode.Parse(tracks),
                ["customParameters"] = apiKey is null
                    ? new JsonObject { ["advisorId"] = "adv-7", ["customerId"] = "cus-9" }
                    : new JsonObject { ["advisorId"] = "adv-7", ["customerId"] = "cus-9", ["apiKey"] = apiKey },
                ["mediaFormat"] = new JsonObject { ["encoding"] = encoding, ["sampleRate"] = sampleRate, ["channels"] = 1 },
            },
        }.ToJsonString();

    public static string Media(string track, long chunk, long timestampMs, byte[] payload, long sequence = 2) =>
        new JsonObject
        {
            ["event"] = "media",
            ["sequenceNumber"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["streamSid"] = StreamSid,
            ["media"] = new JsonObject
            {
                ["track"] = track,
                ["chunk"] = chunk.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["timestamp"] = timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["payload"] = Convert.ToBase64String(payload),
            },
        }.ToJsonString();

    public static string Stop() => $$$"""{"event":"stop","sequenceNumber":"99","streamSid":"{{{StreamSid}}}","stop":{"accountSid":"AC0000","callSid":"CA1111"}}""";

    /// <summary>20 ms (160 bytes) of one µ-law code word: 0xFF is digital silence (0), 0x80 is +32124.</summary>
    public static byte[] MuLawChunk(byte code, int bytes = 160) => Enumerable.Repeat(code, bytes).ToArray();

    /// <summary>Linear → µ-law (G.711 encoder, Sun reference g711.c construction) for tone tests.</summary>
    public static byte MuLawEncode(short sample)
    {
        const int Bias = 0x84;
        const int Clip = 32635;
        var sign = (sample >> 8) & 0x80;
        var magnitude = sign != 0 ? -sample : sample;
        magnitude = Math.Min(magnitude, Clip) + Bias;
        var exponent = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public static short[] Tone(int samples, double hz, double amplitude = 0.5, int rate = 8000) =>
        Enumerable.Range(0, samples).Select(i => (short)(amplitude * 32767 * Math.Sin(2 * Math.PI * hz * i / rate))).ToArray();

    public static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += s * s;
        }

        return samples.Length == 0 ? 0 : Math.Sqrt(sum / samples.Length);
    }

    public static string HookMessage(string type, long seq, JsonObject? parameters = null, long serverSeq = 0, string id = SessionId, string position = "PT0S") =>
        new JsonObject
        {
            ["version"] = "2",
            ["id"] = id,
            ["type"] = type,
            ["seq"] = seq,
            ["serverseq"] = serverSeq,
            ["position"] = position,
            ["parameters"] = parameters ?? new JsonObject(),
        }.ToJsonString();

    public const string SessionId = "e160e428-53e2-487c-977d-96989bf5c99d";

    public const string ConversationId = "090eaa2f-72fa-480a-83e0-8667ff89c0ec";

    public static JsonObject OpenParameters(string conversationId = ConversationId, string media = """[{"type":"audio","format":"PCMU","channels":["external","internal"],"rate":8000},{"type":"audio","format":"PCMU","channels":["external"],"rate":8000}]""") =>
        new()
        {
            ["organizationId"] = "d7934305-0972-4844-938e-9060eef73d05",
            ["conversationId"] = conversationId,
            ["participant"] = new JsonObject { ["id"] = "883efee8-3d6c-4537-b500-6d7ca4b92fa0", ["ani"] = "+15551230000", ["aniName"] = "Caller", ["dnis"] = "+15559870000" },
            ["media"] = JsonNode.Parse(media),
            ["language"] = "en-US",
        };
}
