using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Web.Tests.TestKit;
using Microsoft.AspNetCore.SignalR.Client;

namespace Attune.Web.Tests.Live;

/// <summary>
/// The live feed under a watcher that stops reading: its outbox drops the oldest events (counted), ingestion of other
/// sessions is not held up, and the stored record is complete.
/// </summary>
[Collection(Collections.Live)]
public sealed class LiveFeedTests(LiveHost host)
{
    private const string Angry = "I'm furious, you've charged me twice this month and that money was for my rent. ";

    [Fact]
    public async Task Publish_WatcherStopsReading_DropsCountedOtherSessionsUnaffectedRecordComplete()
    {
        var slow = host.Unique("slow");
        var other = host.Unique("fast");
        await using var ingest = await LiveClient.ConnectAsync(host);
        await ingest.Connection.InvokeAsync<JsonElement>("Start", slow, new { advisorId = "A-slow" });
        await ingest.Connection.InvokeAsync<JsonElement>("Start", other, new { advisorId = "A-fast" });
        await using var watcher = await LiveClient.ConnectAsync(host);
        await watcher.Connection.InvokeAsync<JsonElement>("Watch", other);
        using var stalled = await StalledWatcherAsync(slow);

        using var api = host.Api();
        var droppedBefore = await DroppedAsync(api);
        var text = string.Concat(Enumerable.Repeat(Angry, 24));
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var dropped = droppedBefore;
        while (dropped == droppedBefore && clock.Elapsed < TimeSpan.FromSeconds(25))
        {
            for (var i = 0; i < 50; i++)
            {
                await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", slow, new { party = i % 2 == 0 ? "customer" : "advisor", text, @ref = $"s-{sent}" });
                sent++;
            }

            dropped = await DroppedAsync(api);
        }

        Assert.True(dropped > droppedBefore, $"no UI event dropped after {sent} turns to a watcher that does not read");

        // another session is not held up: its turn is answered and its watcher gets the nudge at once
        var took = Stopwatch.StartNew();
        var result = await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", other, new { party = "customer", text = Angry, @ref = "fast-1" });
        Assert.True(took.Elapsed < TimeSpan.FromSeconds(2), $"AddTurn of another session took {took.Elapsed}");
        Assert.NotEmpty(result.GetProperty("findings").EnumerateArray());
        await watcher.WaitForAsync("nudge", e => e.GetProperty("trigger").GetProperty("ref").GetString() == "fast-1", TimeSpan.FromSeconds(5));

        // the stalled session is still fed, and its stored record has every turn
        await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", slow, new { party = "customer", text = "One more thing.", @ref = "last" });
        sent++;
        var end = await ingest.Connection.InvokeAsync<JsonElement>("End", slow);
        var stored = JsonNode.Parse(await api.GetStringAsync($"api/interactions/{end.GetProperty("id").GetInt64()}"))!;
        Assert.Equal(sent, stored["analysis"]!["conversation"]!["turns"]!.AsArray().Count);
        Assert.False(stored["incomplete"]!.GetValue<bool>());
        await ingest.Connection.InvokeAsync<JsonElement>("End", other);
    }

    [Fact]
    public async Task Stats_CountSessionsAndEvents_AdminOrIngestOnly()
    {
        using var api = host.Api();
        var before = JsonNode.Parse(await api.GetStringAsync("api/live/stats"))!;
        var id = host.Unique("stats");
        await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = "A-stats", channel = "voice" });
        await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = Angry });
        var during = JsonNode.Parse(await api.GetStringAsync("api/live/stats"))!;
        Assert.True(during["sessions"]!["voice"]!.GetValue<long>() >= 1);
        Assert.True(during["sessions"]!["started"]!.GetValue<long>() > before["sessions"]!["started"]!.GetValue<long>());
        Assert.True(during["eventsPublished"]!.GetValue<long>() > before["eventsPublished"]!.GetValue<long>());
        Assert.True(during["processCpuSeconds"]!.GetValue<double>() > 0);
        Assert.True(during["gcHeapBytes"]!.GetValue<long>() > 0);
        foreach (var counter in new[] { "uiEventsDropped", "audioFramesReceived", "audioFramesMissing", "audioFramesLate", "droppedAudioFrames", "protocolErrors" })
        {
            Assert.NotNull(during[counter]);
        }

        await api.PostAsync($"api/live/{id}/end", null);
        var after = JsonNode.Parse(await api.GetStringAsync("api/live/stats"))!;
        Assert.Equal(during["sessions"]!["voice"]!.GetValue<long>() - 1, after["sessions"]!["voice"]!.GetValue<long>());

        using var advisor = host.Api(await host.CreateApiKeyAsync(Attune.Storage.Model.Role.Advisor));
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.GetAsync("api/live/stats")).StatusCode);
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/live/stats")).StatusCode);
    }

    private static async Task<long> DroppedAsync(HttpClient api) =>
        JsonNode.Parse(await api.GetStringAsync("api/live/stats"))!["uiEventsDropped"]!.GetValue<long>();

    /// <summary>
    /// A raw SignalR WebSocket client (API key as <c>?access_token=</c>) with a 4 KiB receive buffer that completes the
    /// handshake, watches <paramref name="sessionId"/>, and then never reads again (it only sends pings so the server
    /// keeps it).
    /// </summary>
    private async Task<StalledWatcher> StalledWatcherAsync(string sessionId)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var invoker = new HttpMessageInvoker(handler);
        var ws = new ClientWebSocket();
        var uri = new UriBuilder(new Uri(host.BaseAddress, "hubs/live")) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(AttuneHost.BootstrapKey) }.Uri;
        await ws.ConnectAsync(uri, invoker, CancellationToken.None);
        await SendAsync(ws, "{\"protocol\":\"json\",\"version\":1}");
        var buffer = new byte[4096];
        var handshake = await ws.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, handshake.Count));
        await SendAsync(ws, $"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"Watch\",\"arguments\":[\"{sessionId}\"]}}");
        var pings = new CancellationTokenSource();
        var pinger = Task.Run(async () =>
        {
            while (!pings.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), pings.Token);
                await SendAsync(ws, "{\"type\":6}");
            }
        });
        return new StalledWatcher(ws, invoker, pings, pinger);
    }

    private static Task SendAsync(ClientWebSocket ws, string message) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);

    private sealed class StalledWatcher(ClientWebSocket ws, HttpMessageInvoker invoker, CancellationTokenSource pings, Task pinger) : IDisposable
    {
        public void Dispose()
        {
            pings.Cancel();
            _ = pinger.ContinueWith(_ => pings.Dispose(), TaskScheduler.Default);
            ws.Abort();
            ws.Dispose();
            invoker.Dispose();
        }
    }
}
