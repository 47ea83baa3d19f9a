using System.Text.Json;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Commands;

/// <summary>
/// `attune loadtest` end to end: a tiny load (2 calls + 2 chats) against a real `attune serve` the command starts as
/// its own process, through /ingest/twilio, /api/live and /hubs/live.
/// </summary>
public class LoadtestEndToEndTests
{
    [Fact]
    public void Loadtest_TwoCallsTwoChats_EventsArriveAndLatencyIsMeasured()
    {
        using var dir = new TempDir();
        var json = System.IO.Path.Combine(dir.Path, "load.json");

        var result = LoadtestCommandTests.Run("--calls", "2", "--chats", "2", "--duration", "8", "--ramp", "1", "--turn-interval", "1", "--json", json);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("latency p50 / p95 / p99 / max ms", result.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var r = doc.RootElement;
        Assert.True(r.GetProperty("errors").GetInt64() == 0, string.Join("; ", r.GetProperty("errorSamples").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal(2, r.GetProperty("callsConnected").GetInt32());
        Assert.Equal(2, r.GetProperty("chatsStarted").GetInt32());
        Assert.Equal(4, r.GetProperty("hubConnections").GetInt32());
        Assert.True(r.GetProperty("eventsReceived").GetInt64() > 0);
        Assert.True(r.GetProperty("eventsByType").TryGetProperty("nudge", out _), r.GetProperty("eventsByType").ToString());
        var chat = r.GetProperty("chatLatency");
        Assert.True(chat.GetProperty("count").GetInt32() > 0);
        Assert.InRange(chat.GetProperty("p50").GetDouble(), 0, 5000);
        Assert.True(r.GetProperty("latency").GetProperty("count").GetInt32() >= chat.GetProperty("count").GetInt32());
        // 8 s + ramp of two calls at real-time pace: 50 frames a second per call, and the server received them.
        Assert.InRange(r.GetProperty("framesSent").GetInt64(), 2 * 50 * 7, 2 * 50 * 12);
        Assert.True(r.GetProperty("serverFramesReceived").GetDouble() > 0);
        Assert.True(r.GetProperty("serverFramesReceived").GetDouble() >= r.GetProperty("framesSent").GetInt64(), "both tracks of every frame sent reach the server");
        Assert.Equal(0, r.GetProperty("serverFramesMissing").GetDouble());
        Assert.True(r.GetProperty("serverCpuPercentOfCore").GetDouble() > 0);
    }
}
