using System.Buffers.Binary;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Attune.Analysis.Audio.Wav;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Live.Telephony;

/// <summary>Real Twilio Media Streams and AudioHook frames over a real WebSocket to the test host, and the test call's audio.</summary>
internal static class TelephonyClient
{
    /// <summary>The web tests' stereo call (tone bursts taking turns) as µ-law bytes per channel: customer (left), advisor (right).</summary>
    public static (byte[] Customer, byte[] Advisor) MuLawCall(double seconds = 6.0)
    {
        var wav = Wav.StereoCall(seconds);
        using var reader = WavReader.Open(new MemoryStream(wav), "call").Value!;
        var frames = (int)reader.TotalFrames!.Value;
        var l = new float[frames];
        var r = new float[frames];
        reader.Read(l, r);
        return (l.Select(Encode).ToArray(), r.Select(Encode).ToArray());
        static byte Encode(float s) => G711.LinearToMuLaw((short)Math.Clamp(MathF.Round(s * 32768f), short.MinValue, short.MaxValue));
    }

    /// <summary>
    /// A call of <paramref name="seconds"/> made of tone bursts (channel 0 customer, 1 advisor) shaped like the web tests'
    /// stereo call's (4 "syllables" a second), as µ-law bytes per channel.
    /// </summary>
    public static (byte[] Customer, byte[] Advisor) MuLawBursts(double seconds, params (double From, double To, int Channel, double Hz)[] bursts)
    {
        const int rate = 8000;
        var frames = (int)(seconds * rate);
        var channels = new[] { new byte[frames], new byte[frames] };
        for (var i = 0; i < frames; i++)
        {
            var t = i / (double)rate;
            var samples = new double[2];
            foreach (var (from, to, channel, hz) in bursts)
            {
                if (t >= from && t < to)
                {
                    var envelope = 0.5 - 0.5 * Math.Cos(2 * Math.PI * 4 * (t - from));
                    samples[channel] += envelope * 0.4 * 0.6 * (Math.Sin(2 * Math.PI * hz * t) + 0.5 * Math.Sin(2 * Math.PI * 2 * hz * t) + 0.25 * Math.Sin(2 * Math.PI * 3 * hz * t));
                }
            }

            channels[0][i] = G711.LinearToMuLaw((short)Math.Clamp(Math.Round(samples[0] * 32767), short.MinValue, short.MaxValue));
            channels[1][i] = G711.LinearToMuLaw((short)Math.Clamp(Math.Round(samples[1] * 32767), short.MinValue, short.MaxValue));
        }

        return (channels[0], channels[1]);
    }

    /// <summary>A stereo µ-law WAV of the two channels, written here (fmt of 18 bytes, no fact chunk): the batch upload.</summary>
    public static byte[] MuLawWav(byte[] customer, byte[] advisor)
    {
        var data = new byte[customer.Length * 2];
        for (var i = 0; i < customer.Length; i++)
        {
            data[2 * i] = customer[i];
            data[(2 * i) + 1] = advisor[i];
        }

        var wav = new byte[46 + data.Length];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(wav, 0);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), wav.Length - 8);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(wav, 8);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 18);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 7);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 2);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), 8000);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), 16000);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 8);
        Encoding.ASCII.GetBytes("data").CopyTo(wav, 38);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(42), data.Length);
        data.CopyTo(wav, 46);
        return wav;
    }

    public static async Task<ClientWebSocket> ConnectAsync(AttuneHost host, string path, string? audioHookKey = null)
    {
        var ws = new ClientWebSocket();
        if (audioHookKey is not null)
        {
            ws.Options.SetRequestHeader("X-API-KEY", audioHookKey);
        }

        var uri = new UriBuilder(host.BaseAddress) { Scheme = "ws", Path = path }.Uri;
        await ws.ConnectAsync(uri, CancellationToken.None);
        return ws;
    }

    public static Task SendAsync(ClientWebSocket ws, string text) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text message, or null when the server closed.</summary>
    public static async Task<string?> ReceiveAsync(ClientWebSocket ws, int timeoutMs = 5000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        var buffer = new byte[65536];
        var length = 0;
        while (true)
        {
            var result = await ws.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
    }

    /// <summary>Reads until the server's close frame; returns its status and reason.</summary>
    public static async Task<(WebSocketCloseStatus? Status, string? Reason)> ClosedAsync(ClientWebSocket ws)
    {
        while (await ReceiveAsync(ws) is not null)
        {
        }

        return (ws.CloseStatus, ws.CloseStatusDescription);
    }

    // --- Twilio Media Streams (https://www.twilio.com/docs/voice/media-streams/websocket-messages)

    public const string StreamSid = "MZ00000000000000000000000000000001";

    public static string Connected() => """{"event":"connected","protocol":"Call","version":"1.0.0"}""";

    public static string Start(string callSid, string? apiKey, string advisorId, string customerId = "C-1")
    {
        var parameters = new JsonObject { ["advisorId"] = advisorId, ["customerId"] = customerId };
        if (apiKey is not null)
        {
            parameters["apiKey"] = apiKey;
        }

        return new JsonObject
        {
            ["event"] = "start",
            ["sequenceNumber"] = "1",
            ["streamSid"] = StreamSid,
            ["start"] = new JsonObject
            {
                ["streamSid"] = StreamSid,
                ["accountSid"] = "AC00000000000000000000000000000001",
                ["callSid"] = callSid,
                ["tracks"] = new JsonArray("inbound", "outbound"),
                ["customParameters"] = parameters,
                ["mediaFormat"] = new JsonObject { ["encoding"] = "audio/x-mulaw", ["sampleRate"] = 8000, ["channels"] = 1 },
            },
        }.ToJsonString();
    }

    public static string Media(string track, long chunk, ReadOnlySpan<byte> payload, long sequence) =>
        new JsonObject
        {
            ["event"] = "media",
            ["sequenceNumber"] = sequence.ToString(CultureInfo.InvariantCulture),
            ["streamSid"] = StreamSid,
            ["media"] = new JsonObject
            {
                ["track"] = track,
                ["chunk"] = chunk.ToString(CultureInfo.InvariantCulture),
                ["timestamp"] = ((chunk - 1) * 20).ToString(CultureInfo.InvariantCulture),
                ["payload"] = Convert.ToBase64String(payload),
            },
        }.ToJsonString();

    public static string Stop(string callSid) =>
        $$$"""{"event":"stop","sequenceNumber":"999999","streamSid":"{{{StreamSid}}}","stop":{"accountSid":"AC00000000000000000000000000000001","callSid":"{{{callSid}}}"}}""";

    /// <summary>The media messages of a call: 20 ms chunks, inbound then outbound for each chunk (chunks counted from 1 per track).</summary>
    public static List<string> MediaMessages(byte[] customer, byte[] advisor)
    {
        var messages = new List<string>();
        var sequence = 2L;
        for (var i = 0; i * 160 < customer.Length; i++)
        {
            var n = Math.Min(160, customer.Length - (i * 160));
            messages.Add(Media("inbound", i + 1, customer.AsSpan(i * 160, n), sequence++));
            messages.Add(Media("outbound", i + 1, advisor.AsSpan(i * 160, n), sequence++));
        }

        return messages;
    }

    // --- AudioHook v2

    public static string AudioHook(string type, long seq, long serverSeq, string sessionId, JsonObject? parameters = null, double position = 0) =>
        new JsonObject
        {
            ["version"] = "2",
            ["id"] = sessionId,
            ["type"] = type,
            ["seq"] = seq,
            ["serverseq"] = serverSeq,
            ["position"] = string.Create(CultureInfo.InvariantCulture, $"PT{position:0.###}S"),
            ["parameters"] = parameters ?? new JsonObject(),
        }.ToJsonString();

    public static JsonObject Open(string conversationId) => new()
    {
        ["organizationId"] = "d7934305-0972-4844-938e-9060eef73d05",
        ["conversationId"] = conversationId,
        ["participant"] = new JsonObject { ["id"] = "883efee8-3d6c-4537-b500-6d7ca4b92fa0", ["ani"] = "+1-555-555-1234", ["aniName"] = "John Doe", ["dnis"] = "+1-800-555-6789" },
        ["media"] = new JsonArray(
            new JsonObject { ["type"] = "audio", ["format"] = "PCMU", ["channels"] = new JsonArray("external", "internal"), ["rate"] = 8000 },
            new JsonObject { ["type"] = "audio", ["format"] = "PCMU", ["channels"] = new JsonArray("external"), ["rate"] = 8000 }),
        ["language"] = "en-US",
    };

    // --- the store

    /// <summary>Waits (up to 15 s) for the advisor's stored interaction; the server stores a call after its socket closes.</summary>
    public static async Task<InteractionRecord?> StoredAsync(AttuneHost host, string advisorId, int timeoutMs = 15000)
    {
        for (var waited = 0; waited < timeoutMs; waited += 100)
        {
            var page = await host.Store.ListInteractionsAsync(new InteractionQuery { AdvisorId = advisorId });
            if (page.Items.Count > 0)
            {
                return await host.Store.GetInteractionAsync(page.Items[0].Id, InteractionScope.All);
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>Waits (up to 15 s) for the interaction stored with <paramref name="externalId"/>.</summary>
    public static async Task<InteractionRecord?> StoredByExternalIdAsync(AttuneHost host, string externalId, int timeoutMs = 15000)
    {
        for (var waited = 0; waited < timeoutMs; waited += 100)
        {
            var page = await host.Store.ListInteractionsAsync(new InteractionQuery { PageSize = 200 });
            if (page.Items.FirstOrDefault(i => i.ExternalId == externalId) is { } found)
            {
                return await host.Store.GetInteractionAsync(found.Id, InteractionScope.All);
            }

            await Task.Delay(100);
        }

        return null;
    }
}
