using System.Net;
using System.Net.Http.Headers;
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
/// <c>/ingest/twilio</c> and <c>/ingest/audiohook</c> over real WebSockets on the loopback host: real protocol frames,
/// the call stored through the recording batch path, faults confined to their own socket.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class TelephonyIngestTests(SqliteHost host)
{
    private LiveStats Stats => host.Services.GetRequiredService<LiveStats>();

    private LiveSessions Sessions => host.Services.GetRequiredService<LiveSessions>();

    /// <summary>A hub client watching the call <paramref name="id"/> once its start message has opened the session.</summary>
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

    private static string Source(Attune.Storage.Model.InteractionRecord record) =>
        JsonNode.Parse(record.AnalysisJson)!["source"]!.GetValue<string>();

    [Fact]
    public async Task Twilio_stop_stores_the_call_as_a_batch_import_of_the_same_audio()
    {
        var (customer, advisor) = MuLawCall();
        var advisorId = host.Unique("A-tw");
        var callSid = host.Unique("CA");
        using (var ws = await ConnectAsync(host, TwilioEndpoint.Path))
        {
            await SendAsync(ws, Connected());
            await SendAsync(ws, Start(callSid, AttuneHost.BootstrapKey, advisorId));
            await using var watcher = await WatchWhenOpenAsync(callSid);
            foreach (var m in MediaMessages(customer, advisor))
            {
                await SendAsync(ws, m);
            }

            await SendAsync(ws, Stop(callSid));
            var (status, reason) = await ClosedAsync(ws);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, status);
            Assert.Equal("stream stopped", reason);

            // what the live analysis published carries the stream position it was found at; then the call ended complete
            var ended = await watcher.WaitForAsync("ended");
            Assert.False(ended.GetProperty("incomplete").GetBoolean());
            Assert.True(ended.GetProperty("interactionId").GetInt64() > 0);
            var published = watcher.Seen().Where(e => e.Type is "dynamics" or "emotion" or "nudge").Select(e => e.Payload).ToList();
            Assert.Contains(watcher.Seen(), e => e.Type == "emotion" && e.Payload.GetProperty("source").GetString() == "voice"
                && e.Payload.GetProperty("label").GetString() == "arousal");
            Assert.All(published, e => Assert.InRange(e.GetProperty("trigger").GetProperty("streamTime").GetDouble(), 0.0, 6.01));
            Assert.All(published.Where(e => e.TryGetProperty("end", out _)),
                e => Assert.True(e.GetProperty("trigger").GetProperty("streamTime").GetDouble() >= e.GetProperty("end").GetDouble() - 1e-9));
        }

        var live = await StoredAsync(host, advisorId);
        Assert.NotNull(live);
        Assert.Equal(callSid, live.ExternalId);
        Assert.Equal("voice", live.Channel);
        Assert.Equal("C-1", live.CustomerId);
        Assert.Equal("live", Source(live));
        Assert.NotNull(live.AudioPath);

        // the same audio as a batch upload (a µ-law WAV written by the test)
        using var api = host.Api();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(MuLawWav(customer, advisor));
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        form.Add(file, "audio", "call.wav");
        var batchId = host.Unique("batch");
        var posted = await api.PostAsync($"api/interactions?externalId={batchId}", form);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var batch = await StoredByExternalIdAsync(host, batchId);
        Assert.NotNull(batch);
        Assert.Equal(batch.Score, live.Score);
        Assert.Equal(batch.DurationSeconds, live.DurationSeconds);
        Assert.Equal(batch.Signals.Select(s => (s.Signal, s.Count)), live.Signals.Select(s => (s.Signal, s.Count)));
        Assert.Equal(batch.Criteria.Select(c => (c.CriterionId, c.Score)), live.Criteria.Select(c => (c.CriterionId, c.Score)));
        var batchFindings = JsonNode.Parse(batch.AnalysisJson)!["findings"]!.ToJsonString();
        Assert.Equal(batchFindings, JsonNode.Parse(live.AnalysisJson)!["findings"]!.ToJsonString());
    }

    [Fact]
    public async Task Twilio_without_a_valid_key_is_closed_1008_and_nothing_is_stored()
    {
        var advisorId = host.Unique("A-bad");
        using var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Connected());
        await SendAsync(ws, Start(host.Unique("CA"), "not-a-key", advisorId));
        var (status, reason) = await ClosedAsync(ws);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Equal("invalid api key", reason);

        using var ws2 = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws2, Start(host.Unique("CA"), null, advisorId));
        (status, reason) = await ClosedAsync(ws2);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Contains("apiKey", reason, StringComparison.Ordinal);
        Assert.Null(await StoredAsync(host, advisorId, timeoutMs: 500));
    }

    [Fact]
    public async Task Twilio_malformed_json_closes_only_that_socket()
    {
        var (customer, advisor) = MuLawCall(2.0);
        var media = MediaMessages(customer, advisor);
        var badAdvisor = host.Unique("A-mal");
        var goodAdvisor = host.Unique("A-ok");
        var goodSid = host.Unique("CA");
        using var bad = await ConnectAsync(host, TwilioEndpoint.Path);
        using var good = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(bad, Start(host.Unique("CA"), AttuneHost.BootstrapKey, badAdvisor));
        await SendAsync(good, Start(goodSid, AttuneHost.BootstrapKey, goodAdvisor));
        for (var i = 0; i < media.Count / 2; i++)
        {
            await SendAsync(bad, media[i]);
            await SendAsync(good, media[i]);
        }

        var errors = Stats.ProtocolErrors;
        await SendAsync(bad, """{"event":"media","media":{"track":"inbound",""");
        var (status, reason) = await ClosedAsync(bad);
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, status);
        Assert.StartsWith("malformed message", reason, StringComparison.Ordinal);
        Assert.True(Stats.ProtocolErrors > errors);

        // the other stream goes on and ends normally
        for (var i = media.Count / 2; i < media.Count; i++)
        {
            await SendAsync(good, media[i]);
        }

        await SendAsync(good, Stop(goodSid));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(good)).Status);
        Assert.Equal("live", Source((await StoredAsync(host, goodAdvisor))!));
        // the broken one keeps what arrived, marked incomplete
        Assert.Equal("live-disconnect", Source((await StoredAsync(host, badAdvisor))!));
    }

    [Fact]
    public async Task Twilio_out_of_order_and_missing_frames_are_tolerated_and_counted()
    {
        var (customer, advisor) = MuLawCall(2.0);
        var media = MediaMessages(customer, advisor);
        // swap two inbound chunks, drop one outbound chunk
        (media[10], media[12]) = (media[12], media[10]);
        media.RemoveAt(21);
        var advisorId = host.Unique("A-ooo");
        var sid = host.Unique("CA");
        var missing = Stats.AudioFramesMissingCount;
        using var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Start(sid, AttuneHost.BootstrapKey, advisorId));
        foreach (var m in media)
        {
            await SendAsync(ws, m);
        }

        await SendAsync(ws, Stop(sid));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);
        var stored = await StoredAsync(host, advisorId);
        Assert.NotNull(stored);
        Assert.Equal("live", Source(stored));
        Assert.Equal(2.0, stored.DurationSeconds!.Value, 2);
        Assert.True(Stats.AudioFramesMissingCount >= missing + 1);
    }

    [Fact]
    public async Task Twilio_dropped_socket_stores_the_call_incomplete()
    {
        var (customer, advisor) = MuLawCall(3.0);
        var media = MediaMessages(customer, advisor);
        var advisorId = host.Unique("A-drop");
        var received = Stats.AudioFramesReceivedCount;
        var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Start(host.Unique("CA"), AttuneHost.BootstrapKey, advisorId));
        foreach (var m in media.Take(media.Count / 2))
        {
            await SendAsync(ws, m);
        }

        // a reset discards what the server has not read yet: drop the line once it has the first half
        for (var waited = 0; Stats.AudioFramesReceivedCount < received + (media.Count / 2) && waited < 5000; waited += 20)
        {
            await Task.Delay(20);
        }

        ws.Abort();
        ws.Dispose();
        var stored = await StoredAsync(host, advisorId);
        Assert.NotNull(stored);
        Assert.Equal("live-disconnect", Source(stored));
        Assert.True(stored.Incomplete);
        Assert.InRange(stored.DurationSeconds!.Value, 1.0, 1.6);
    }

    [Fact]
    public async Task Twilio_call_watched_over_the_hub_gets_voice_events_with_stream_time_and_a_dropped_socket_is_stored_incomplete_with_mute_notes()
    {
        var (customer, advisor) = MuLawCall();
        var media = MediaMessages(customer, advisor);
        var advisorId = host.Unique("A-hub");
        var callSid = host.Unique("CA");
        var received = Stats.AudioFramesReceivedCount;
        var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Connected());
        await SendAsync(ws, Start(callSid, AttuneHost.BootstrapKey, advisorId));
        await using var watcher = await WatchWhenOpenAsync(callSid);
        var tile = Sessions.Find(callSid)!.Tile(DateTimeOffset.UtcNow);
        Assert.Equal("voice", tile.Channel);
        Assert.Equal("twilio", tile.Source);
        await watcher.Connection.InvokeAsync("Mute", callSid, (string?)null);
        foreach (var m in media)
        {
            await SendAsync(ws, m);
        }

        // a voice event found while streaming, carrying the audio position processed when it was emitted
        // (the test call's tone bursts take turns cleanly: its events while streaming are the customer's voice arousal)
        var voice = await watcher.WaitForAsync("emotion", e => e.GetProperty("trigger").GetProperty("streamTime").ValueKind == JsonValueKind.Number);
        Assert.Equal(callSid, voice.GetProperty("sessionId").GetString());
        Assert.Equal("voice", voice.GetProperty("source").GetString());
        Assert.Equal("arousal", voice.GetProperty("label").GetString());
        Assert.InRange(voice.GetProperty("value").GetDouble(), 0.0, 1.0);
        Assert.InRange(voice.GetProperty("trigger").GetProperty("streamTime").GetDouble(), 0.0, 6.01);
        Assert.Equal(JsonValueKind.Null, voice.GetProperty("trigger").GetProperty("ref").ValueKind);

        for (var waited = 0; Stats.AudioFramesReceivedCount < received + media.Count && waited < 5000; waited += 20)
        {
            await Task.Delay(20);
        }

        ws.Abort();
        ws.Dispose();
        var ended = await watcher.WaitForAsync("ended");
        Assert.True(ended.GetProperty("incomplete").GetBoolean());

        var stored = await StoredAsync(host, advisorId);
        Assert.NotNull(stored);
        Assert.Equal(ended.GetProperty("interactionId").GetInt64(), stored.Id);
        Assert.True(stored.Incomplete);
        Assert.Equal("live-disconnect", Source(stored));
        Assert.NotNull(stored.AudioPath);
        var notes = JsonNode.Parse(stored.AnalysisJson)!["notes"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Contains(notes, n => n.Contains("muted all nudges", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twilio_call_silence_is_published_as_dynamics_with_stream_time_and_feeds_the_alert_rules()
    {
        // the customer speaks, nobody speaks for 4 s (non-talk from 3 s), the advisor answers
        var (customer, advisor) = MuLawBursts(8.0, (0.0, 1.5, 0, 220), (5.5, 7.0, 1, 140));
        var media = MediaMessages(customer, advisor);
        var advisorId = host.Unique("A-sil");
        var callSid = host.Unique("CA");
        using var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Start(callSid, AttuneHost.BootstrapKey, advisorId));
        await using var watcher = await WatchWhenOpenAsync(callSid);
        foreach (var m in media)
        {
            await SendAsync(ws, m);
        }

        // the silence alert at once (provisional), then the settled non-talk once the advisor speaks
        var alert = await watcher.WaitForAsync("dynamics", e => e.GetProperty("kind").GetString() == "longSilence");
        Assert.InRange(alert.GetProperty("trigger").GetProperty("streamTime").GetDouble(), 4.4, 5.6);
        var nonTalk = await watcher.WaitForAsync("dynamics", e => e.GetProperty("kind").GetString() == "nonTalk");
        var streamTime = nonTalk.GetProperty("trigger").GetProperty("streamTime").GetDouble();
        Assert.True(streamTime >= nonTalk.GetProperty("end").GetDouble(), nonTalk.ToString());
        Assert.InRange(nonTalk.GetProperty("start").GetDouble(), 1.3, 1.7);
        Assert.InRange(nonTalk.GetProperty("end").GetDouble(), 5.3, 5.7);

        // the session's alert rules run on the call's audio time (the audio is sent faster than real time)
        var session = Sessions.Find(callSid)!;
        lock (session.Gate)
        {
            Assert.True(session.RiskTracker.Now >= 5.3, session.RiskTracker.Now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await SendAsync(ws, Stop(callSid));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);
        Assert.False((await watcher.WaitForAsync("ended")).GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public async Task Twilio_call_ended_over_rest_is_stored_from_its_recording_and_the_socket_closed()
    {
        var (customer, advisor) = MuLawCall(2.0);
        var media = MediaMessages(customer, advisor);
        var advisorId = host.Unique("A-rest");
        var callSid = host.Unique("CA");
        var received = Stats.AudioFramesReceivedCount;
        using var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Start(callSid, AttuneHost.BootstrapKey, advisorId));
        foreach (var m in media)
        {
            await SendAsync(ws, m);
        }

        for (var waited = 0; Stats.AudioFramesReceivedCount < received + media.Count && waited < 5000; waited += 20)
        {
            await Task.Delay(20);
        }

        using var api = host.Api();
        var end = await api.PostAsync($"api/live/{callSid}/end", null);
        Assert.Equal(HttpStatusCode.Created, end.StatusCode);
        var stored = await StoredAsync(host, advisorId);
        Assert.NotNull(stored);
        Assert.Equal("voice", stored.Channel);
        Assert.NotNull(stored.AudioPath);
        Assert.Equal(2.0, stored.DurationSeconds!.Value, 2);
        Assert.False(stored.Incomplete);

        // the stream's next message finds the call ended: the socket is closed, nothing stored twice
        await SendAsync(ws, media[^1]);
        var (status, reason) = await ClosedAsync(ws);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, status);
        Assert.Equal("live session ended", reason);
        var page = await host.Store.ListInteractionsAsync(new Attune.Storage.Model.InteractionQuery { AdvisorId = advisorId });
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task AudioHook_probe_is_answered_and_never_stored()
    {
        const string probe = "00000000-0000-0000-0000-000000000000";
        var session = Guid.NewGuid().ToString();
        var sessions = host.Services.GetRequiredService<Attune.Web.Live.LiveSessions>();
        using var ws = await ConnectAsync(host, AudioHookEndpoint.Path, AttuneHost.BootstrapKey);
        await SendAsync(ws, AudioHook("open", 1, 0, session, Open(probe)));
        var opened = JsonNode.Parse((await ReceiveAsync(ws, 1000))!)!;
        Assert.Equal("opened", opened["type"]!.GetValue<string>());
        Assert.DoesNotContain(sessions.Open, s => s.Id == probe);
        await SendAsync(ws, AudioHook("close", 2, 1, session, new JsonObject { ["reason"] = "end" }));
        Assert.Equal("closed", JsonNode.Parse((await ReceiveAsync(ws))!)!["type"]!.GetValue<string>());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);
        Assert.Null(await StoredByExternalIdAsync(host, probe, timeoutMs: 300));
    }

    [Fact]
    public async Task AudioHook_call_opened_at_once_ping_audio_close_stored()
    {
        var (customer, advisor) = MuLawCall(3.0);
        var conversation = Guid.NewGuid().ToString();
        var session = Guid.NewGuid().ToString();
        using var ws = await ConnectAsync(host, AudioHookEndpoint.Path, AttuneHost.BootstrapKey);
        var sent = System.Diagnostics.Stopwatch.StartNew();
        await SendAsync(ws, AudioHook("open", 1, 0, session, Open(conversation)));
        var opened = JsonNode.Parse((await ReceiveAsync(ws, 1000))!)!;
        Assert.True(sent.ElapsedMilliseconds < 1000, $"opened after {sent.ElapsedMilliseconds} ms");
        Assert.Equal("opened", opened["type"]!.GetValue<string>());
        Assert.Equal("PCMU", opened["parameters"]!["media"]![0]!["format"]!.GetValue<string>());
        Assert.Equal(1, opened["clientseq"]!.GetValue<long>());

        await SendAsync(ws, AudioHook("ping", 2, 1, session));
        var pong = JsonNode.Parse((await ReceiveAsync(ws))!)!;
        Assert.Equal("pong", pong["type"]!.GetValue<string>());

        // 100 ms stereo PCMU frames (external = customer, internal = advisor, interleaved)
        for (var offset = 0; offset < customer.Length; offset += 800)
        {
            var n = Math.Min(800, customer.Length - offset);
            var frame = new byte[n * 2];
            for (var i = 0; i < n; i++)
            {
                frame[2 * i] = customer[offset + i];
                frame[(2 * i) + 1] = advisor[offset + i];
            }

            await ws.SendAsync(frame, WebSocketMessageType.Binary, true, CancellationToken.None);
        }

        await SendAsync(ws, AudioHook("close", 3, 2, session, new JsonObject { ["reason"] = "end" }, position: 3.0));
        var closed = JsonNode.Parse((await ReceiveAsync(ws))!)!;
        Assert.Equal("closed", closed["type"]!.GetValue<string>());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);

        var stored = await StoredByExternalIdAsync(host, conversation);
        Assert.NotNull(stored);
        Assert.Equal("live", Source(stored));
        Assert.Equal(3.0, stored.DurationSeconds!.Value, 2);
    }

    [Fact]
    public async Task AudioHook_bad_key_is_disconnected_unauthorized()
    {
        var session = Guid.NewGuid().ToString();
        using var ws = await ConnectAsync(host, AudioHookEndpoint.Path, "wrong-key");
        await SendAsync(ws, AudioHook("open", 1, 0, session, Open(Guid.NewGuid().ToString())));
        var reply = JsonNode.Parse((await ReceiveAsync(ws))!)!;
        Assert.Equal("disconnect", reply["type"]!.GetValue<string>());
        Assert.Equal("unauthorized", reply["parameters"]!["reason"]!.GetValue<string>());
        await SendAsync(ws, AudioHook("close", 2, 1, session, new JsonObject { ["reason"] = "disconnect" }));
        Assert.Equal("closed", JsonNode.Parse((await ReceiveAsync(ws))!)!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AudioHook_sequence_error_is_answered_with_disconnect_and_the_call_stored_incomplete()
    {
        var conversation = Guid.NewGuid().ToString();
        var session = Guid.NewGuid().ToString();
        using var ws = await ConnectAsync(host, AudioHookEndpoint.Path, AttuneHost.BootstrapKey);
        await SendAsync(ws, AudioHook("open", 1, 0, session, Open(conversation)));
        Assert.Equal("opened", JsonNode.Parse((await ReceiveAsync(ws))!)!["type"]!.GetValue<string>());
        await ws.SendAsync(new byte[1600], WebSocketMessageType.Binary, true, CancellationToken.None);
        await SendAsync(ws, AudioHook("ping", 5, 1, session)); // seq 5 after 1
        var reply = JsonNode.Parse((await ReceiveAsync(ws))!)!;
        Assert.Equal("disconnect", reply["type"]!.GetValue<string>());
        Assert.Equal("error", reply["parameters"]!["reason"]!.GetValue<string>());
        Assert.Contains("seq 5", reply["parameters"]!["info"]!.GetValue<string>(), StringComparison.Ordinal);
        await SendAsync(ws, AudioHook("close", 6, 2, session, new JsonObject { ["reason"] = "error" }));
        Assert.Equal("closed", JsonNode.Parse((await ReceiveAsync(ws))!)!["type"]!.GetValue<string>());
        var stored = await StoredByExternalIdAsync(host, conversation);
        Assert.NotNull(stored);
        Assert.Equal("live-disconnect", Source(stored));
    }

    [Fact]
    public async Task Plain_http_to_the_endpoints_is_refused()
    {
        using var client = host.Anonymous();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(TwilioEndpoint.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(AudioHookEndpoint.Path)).StatusCode);
    }
}
