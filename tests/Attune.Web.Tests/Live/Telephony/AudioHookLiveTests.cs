using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Web.Live;
using Attune.Web.Live.Telephony;
using Attune.Web.Tests.TestKit;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Attune.Web.Tests.Live.Telephony.TelephonyClient;

namespace Attune.Web.Tests.Live.Telephony;

/// <summary>
/// <c>/ingest/audiohook</c> over a real WebSocket: a pause with discarded audio keeps the call clock (the discarded
/// span is silence in the analysis and in the stored recording), and a call ended over REST is stored once and its
/// client told so with the protocol's <c>disconnect</c> (completed).
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class AudioHookLiveTests(SqliteHost host)
{
    private LiveStats Stats => host.Services.GetRequiredService<LiveStats>();

    private LiveSessions Sessions => host.Services.GetRequiredService<LiveSessions>();

    /// <summary>Sends the audio between <paramref name="from"/> and <paramref name="to"/> seconds as 100 ms stereo PCMU frames.</summary>
    private static async Task SendAudioAsync(ClientWebSocket ws, byte[] customer, byte[] advisor, double from, double to)
    {
        for (var offset = (int)(from * 8000); offset < (int)(to * 8000); offset += 800)
        {
            var n = Math.Min(800, (int)(to * 8000) - offset);
            var frame = new byte[n * 2];
            for (var i = 0; i < n; i++)
            {
                frame[2 * i] = customer[offset + i];
                frame[(2 * i) + 1] = advisor[offset + i];
            }

            await ws.SendAsync(frame, WebSocketMessageType.Binary, true, CancellationToken.None);
        }
    }

    private async Task<LiveClient> WatchWhenOpenAsync(string id)
    {
        for (var waited = 0; Sessions.Find(id) is null && waited < 5000; waited += 20)
        {
            await Task.Delay(20);
        }

        var watcher = await LiveClient.ConnectAsync(host);
        await watcher.Connection.InvokeAsync<JsonElement>("Watch", id);
        return watcher;
    }

    private static string Type(string? message) => JsonNode.Parse(message!)!["type"]!.GetValue<string>();

    [Fact]
    public async Task Paused_then_resumed_with_discarded_audio_and_a_discarded_message_keep_the_call_clock()
    {
        // 8 s of call: the customer speaks 0–1.5 s; the client pauses at 2 s and resumes having discarded 3 s (2–5 s);
        // the advisor answers 5.5–6.5 s; then 0.5 s is discarded (7–7.5 s) and the last 0.5 s arrives.
        var (customer, advisor) = MuLawBursts(8.0, (0.0, 1.5, 0, 220), (5.5, 6.5, 1, 140));
        var conversation = Guid.NewGuid().ToString();
        var session = Guid.NewGuid().ToString();
        using var ws = await ConnectAsync(host, AudioHookEndpoint.Path, AttuneHost.BootstrapKey);
        await SendAsync(ws, AudioHook("open", 1, 0, session, Open(conversation)));
        Assert.Equal("opened", Type(await ReceiveAsync(ws)));
        await using var watcher = await WatchWhenOpenAsync(conversation);

        await SendAudioAsync(ws, customer, advisor, 0, 2);
        await SendAsync(ws, AudioHook("paused", 2, 1, session, position: 2.0));
        await SendAsync(ws, AudioHook("resumed", 3, 1, session, new JsonObject { ["start"] = "PT2S", ["discarded"] = "PT3S" }, position: 2.0));
        await SendAudioAsync(ws, customer, advisor, 5, 7);
        await SendAsync(ws, AudioHook("discarded", 4, 1, session, new JsonObject { ["start"] = "PT7S", ["discarded"] = "PT0.5S" }, position: 4.0));
        await SendAudioAsync(ws, customer, advisor, 7.5, 8);

        // the pause is silence on the call's clock: the advisor's answer comes 4 s after the customer stopped
        var nonTalk = await watcher.WaitForAsync("dynamics", e => e.GetProperty("kind").GetString() == "nonTalk");
        Assert.InRange(nonTalk.GetProperty("start").GetDouble(), 1.3, 1.7);
        Assert.InRange(nonTalk.GetProperty("end").GetDouble(), 5.3, 5.7);
        Assert.True(nonTalk.GetProperty("trigger").GetProperty("streamTime").GetDouble() >= nonTalk.GetProperty("end").GetDouble());

        await SendAsync(ws, AudioHook("close", 5, 1, session, new JsonObject { ["reason"] = "end" }, position: 4.5));
        Assert.Equal("closed", Type(await ReceiveAsync(ws)));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);
        Assert.False((await watcher.WaitForAsync("ended")).GetProperty("incomplete").GetBoolean());

        // stored with the discarded spans as silence: 4.5 s of audio arrived, the call lasted 8 s
        var stored = await StoredByExternalIdAsync(host, conversation);
        Assert.NotNull(stored);
        Assert.False(stored.Incomplete);
        Assert.Equal(8.0, stored.DurationSeconds!.Value, 2);
    }

    [Fact]
    public async Task Call_ended_over_rest_is_stored_once_and_the_client_disconnected_completed()
    {
        var (customer, advisor) = MuLawCall(2.0);
        var conversation = Guid.NewGuid().ToString();
        var session = Guid.NewGuid().ToString();
        var received = Stats.AudioFramesReceivedCount;
        var errors = Stats.ProtocolErrors;
        using var ws = await ConnectAsync(host, AudioHookEndpoint.Path, AttuneHost.BootstrapKey);
        await SendAsync(ws, AudioHook("open", 1, 0, session, Open(conversation)));
        Assert.Equal("opened", Type(await ReceiveAsync(ws)));
        await SendAudioAsync(ws, customer, advisor, 0, 2);
        for (var waited = 0; Stats.AudioFramesReceivedCount < received + 20 && waited < 5000; waited += 20)
        {
            await Task.Delay(20);
        }

        using var api = host.Api();
        var end = await api.PostAsync($"api/live/{conversation}/end", null);
        Assert.Equal(HttpStatusCode.Created, end.StatusCode);
        var id = JsonNode.Parse(await end.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
        var stored = await StoredByExternalIdAsync(host, conversation);
        Assert.NotNull(stored);
        Assert.Equal(id, stored.Id);
        Assert.False(stored.Incomplete);
        Assert.NotNull(stored.AudioPath);
        Assert.Equal(2.0, stored.DurationSeconds!.Value, 2);

        // the stream's next frame finds the call ended: disconnect (completed), then the close transaction
        await SendAudioAsync(ws, customer, advisor, 1.9, 2.0);
        var disconnect = JsonNode.Parse((await ReceiveAsync(ws))!)!;
        Assert.Equal("disconnect", disconnect["type"]!.GetValue<string>());
        Assert.Equal("completed", disconnect["parameters"]!["reason"]!.GetValue<string>());
        await SendAsync(ws, AudioHook("close", 2, disconnect["seq"]!.GetValue<long>(), session, new JsonObject { ["reason"] = "disconnect" }, position: 2.0));
        Assert.Equal("closed", Type(await ReceiveAsync(ws)));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);

        // stored once; the frames in flight after the end are no protocol error
        await Task.Delay(200);
        var all = await host.Store.ListInteractionsAsync(new Attune.Storage.Model.InteractionQuery { PageSize = 200 });
        Assert.Single(all.Items, i => i.ExternalId == conversation);
        Assert.Equal(errors, Stats.ProtocolErrors);
    }
}
