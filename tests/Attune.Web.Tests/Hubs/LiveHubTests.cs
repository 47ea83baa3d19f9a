using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Attune.Web.Tests.Hubs;

/// <summary><c>/hubs/live</c>: watching, the wall, ingest over the hub, authorization, and what a dropped ingest connection leaves.</summary>
[Collection(Collections.Live)]
public sealed class LiveHubTests(LiveHost host)
{
    private const string Customer = "I'm furious, you've charged me twice this month and that money was for my rent.";
    private const string NonApology = "We are sorry for any inconvenience. I'll look into the payment now.";

    [Fact]
    public async Task Watch_ChatTurnOverTheHub_WatcherGetsFindingsAndNudgeWithTheTurnsRef()
    {
        var id = host.Unique("hub");
        await using var ingest = await LiveClient.ConnectAsync(host);
        await using var watcher = await LiveClient.ConnectAsync(host);
        await ingest.Connection.InvokeAsync<JsonElement>("Start", id, new { advisorId = "A-hub", advisorName = "Sam", team = "T-hub" });
        var snapshot = await watcher.Connection.InvokeAsync<JsonElement>("Watch", id);
        Assert.Equal(id, snapshot.GetProperty("tile").GetProperty("sessionId").GetString());
        Assert.Equal("hub", snapshot.GetProperty("tile").GetProperty("source").GetString());
        Assert.Equal(0, snapshot.GetProperty("turns").GetArrayLength());

        var result = await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "customer", text = Customer, @ref = "msg-1" });
        Assert.Contains(result.GetProperty("nudges").EnumerateArray(), n => n.GetProperty("kind").GetString() == "empathy");

        var turn = await watcher.WaitForAsync("turn", e => Ref(e) == "msg-1");
        Assert.Equal(0, turn.GetProperty("index").GetInt32());
        var findings = await watcher.WaitForAsync("findings", e => Ref(e) == "msg-1");
        Assert.Contains(findings.GetProperty("items").EnumerateArray(), f => f.GetProperty("signal").GetString() == "customer.emotion");
        var nudge = await watcher.WaitForAsync("nudge", e => Ref(e) == "msg-1");
        Assert.Equal("empathy", nudge.GetProperty("kind").GetString());
        var emotion = await watcher.WaitForAsync("emotion", e => Ref(e) == "msg-1");
        Assert.True(emotion.GetProperty("negative").GetBoolean());
        Assert.Equal("text", emotion.GetProperty("source").GetString());
        Assert.InRange(emotion.GetProperty("value").GetDouble(), 0.01, 1);

        // a second turn: its events carry its own ref, and seq keeps increasing per session
        await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "advisor", text = NonApology, @ref = "msg-2" });
        var apology = await watcher.WaitForAsync("nudge", e => Ref(e) == "msg-2" && e.GetProperty("kind").GetString() == "sincere_apology");
        Assert.Equal(1, apology.GetProperty("turn").GetInt32());
        var seqs = watcher.Seen().Where(e => e.Payload.TryGetProperty("seq", out _)).Select(e => e.Payload.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(seqs.Order().ToList(), seqs);
        Assert.Equal(seqs.Count, seqs.Distinct().Count());

        // a later watcher's snapshot holds what happened so far
        await using var late = await LiveClient.ConnectAsync(host);
        var later = await late.Connection.InvokeAsync<JsonElement>("Watch", id);
        Assert.Equal(2, later.GetProperty("turns").GetArrayLength());
        Assert.Equal(2, later.GetProperty("tile").GetProperty("turns").GetInt32());
        Assert.True(later.GetProperty("tile").GetProperty("risk").GetInt32() > 0);
        Assert.Contains(later.GetProperty("nudges").EnumerateArray(), n => n.GetProperty("kind").GetString() == "sincere_apology");

        var end = await ingest.Connection.InvokeAsync<JsonElement>("End", id);
        Assert.False(end.GetProperty("incomplete").GetBoolean());
        var ended = await watcher.WaitForAsync("ended");
        Assert.Equal(end.GetProperty("id").GetInt64(), ended.GetProperty("interactionId").GetInt64());
    }

    [Fact]
    public async Task AddTurn_BadInputOverTheHub_SameErrorsAsRest()
    {
        var id = host.Unique("hub");
        await using var ingest = await LiveClient.ConnectAsync(host);
        var unknown = await Assert.ThrowsAsync<HubException>(() => ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "customer", text = "Hi" }));
        Assert.Contains("No such live interaction", unknown.Message, StringComparison.Ordinal);
        await ingest.Connection.InvokeAsync<JsonElement>("Start", id, new { advisorId = "A-hub" });
        var badParty = await Assert.ThrowsAsync<HubException>(() => ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "robot", text = "Hi" }));
        Assert.Contains("Party 'robot' is not one of customer, advisor, bot, system.", badParty.Message, StringComparison.Ordinal);

        using var api = host.Api();
        var rest = await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "robot", text = "Hi" });
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.Contains("Party 'robot' is not one of customer, advisor, bot, system.", await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var partial = await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "customer", text = "I'm furious about", final = false });
        Assert.Equal(0, partial.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, partial.GetProperty("nudges").GetArrayLength());
        await ingest.Connection.InvokeAsync<JsonElement>("End", id);
    }

    [Fact]
    public async Task Watch_AdvisorOfAnotherSession_IsDenied_OwnSessionAllowed()
    {
        var mine = host.Unique("A");
        var theirs = host.Unique("A");
        var advisor = await host.CreateUserAsync(Role.Advisor, team: "T-x", advisorId: mine);
        using var api = host.Api();
        var own = host.Unique("hub");
        var other = host.Unique("hub");
        await api.PostAsJsonAsync($"api/live/{own}/start", new { advisorId = mine, team = "T-x" });
        await api.PostAsJsonAsync($"api/live/{other}/start", new { advisorId = theirs, team = "T-x" });

        await using var client = await LiveClient.ConnectAsync(host, advisor);
        var denied = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<JsonElement>("Watch", other));
        Assert.Contains("Not allowed", denied.Message, StringComparison.Ordinal);
        var snapshot = await client.Connection.InvokeAsync<JsonElement>("Watch", own);
        Assert.Equal(own, snapshot.GetProperty("tile").GetProperty("sessionId").GetString());

        // an advisor may not watch the wall or feed sessions either
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<JsonElement>("WatchWall"));
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<JsonElement>("Start", host.Unique("hub"), new { advisorId = mine }));

        // their own list, then sessionStarted for a new one of theirs (not for someone else's)
        var list = await client.Connection.InvokeAsync<JsonElement>("WatchMine");
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("sessionId").GetString() == own);
        Assert.DoesNotContain(list.EnumerateArray(), t => t.GetProperty("sessionId").GetString() == other);
        var next = host.Unique("hub");
        await api.PostAsJsonAsync($"api/live/{host.Unique("hub")}/start", new { advisorId = theirs });
        await api.PostAsJsonAsync($"api/live/{next}/start", new { advisorId = mine });
        var started = await client.WaitForAsync("sessionStarted");
        Assert.Equal(next, started.GetProperty("sessionId").GetString());

        // mute over the hub: the session's own advisor may
        await client.Connection.InvokeAsync("Mute", own, "empathy");
        var muted = await client.WaitForAsync("mute");
        Assert.Equal("empathy", muted.GetProperty("kind").GetString());
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync("Mute", other, (string?)null));
        foreach (var id in new[] { own, other, next })
        {
            await api.PostAsync($"api/live/{id}/end", null);
        }
    }

    [Fact]
    public async Task WatchWall_TeamLeaderSeesTilesOfTheirTeamOnly()
    {
        var team = host.Unique("T");
        var leader = await host.CreateUserAsync(Role.TeamLeader, team: team);
        using var api = host.Api();
        var ours = host.Unique("hub");
        var elsewhere = host.Unique("hub");
        await api.PostAsJsonAsync($"api/live/{ours}/start", new { advisorId = host.Unique("A"), advisorName = "Kim", team });

        await using var wall = await LiveClient.ConnectAsync(host, leader);
        var tiles = await wall.Connection.InvokeAsync<JsonElement>("WatchWall");
        Assert.Equal([ours], tiles.EnumerateArray().Select(t => t.GetProperty("sessionId").GetString()));

        await api.PostAsJsonAsync($"api/live/{elsewhere}/start", new { advisorId = host.Unique("A"), team = host.Unique("T") });
        await api.PostAsJsonAsync($"api/live/{elsewhere}/turns", new { party = "customer", text = Customer });
        await api.PostAsJsonAsync($"api/live/{ours}/turns", new { party = "customer", text = Customer, @ref = "wall-1" });
        var tile = await wall.WaitForAsync("tile", t => t.GetProperty("turns").GetInt32() == 1 && t.GetProperty("customerEmotion").ValueKind == JsonValueKind.Object);
        Assert.Equal(ours, tile.GetProperty("sessionId").GetString());
        Assert.Equal("Kim", tile.GetProperty("advisorName").GetString());
        Assert.True(tile.GetProperty("customerEmotion").GetProperty("negative").GetBoolean());
        Assert.InRange(tile.GetProperty("risk").GetInt32(), 1, 100);

        await api.PostAsync($"api/live/{ours}/end", null);
        await wall.WaitForAsync("ended", e => e.GetProperty("sessionId").GetString() == ours);
        await api.PostAsync($"api/live/{elsewhere}/end", null);
        await Task.Delay(200);
        Assert.DoesNotContain(wall.Seen(), e => e.Payload.GetProperty("sessionId").GetString() == elsewhere);
    }

    [Fact]
    public async Task WatchWall_BurstOfTurns_TilesThrottledLatestWins()
    {
        var team = host.Unique("T");
        var leader = await host.CreateUserAsync(Role.TeamLeader, team: team);
        var id = host.Unique("hub");
        await using var ingest = await LiveClient.ConnectAsync(host);
        await ingest.Connection.InvokeAsync<JsonElement>("Start", id, new { advisorId = host.Unique("A"), team });
        await using var wall = await LiveClient.ConnectAsync(host, leader);
        await wall.Connection.InvokeAsync<JsonElement>("WatchWall");

        const int Turns = 20;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Turns; i++)
        {
            await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = i % 2 == 0 ? "customer" : "advisor", text = Customer });
        }

        var last = await wall.WaitForAsync("tile", t => t.GetProperty("turns").GetInt32() == Turns);
        var seconds = clock.Elapsed.TotalSeconds;
        var tiles = wall.Seen().Count(e => e.Type == "tile");
        // at most one tile now and one per half second after it (plus one of slack for timer jitter)
        Assert.InRange(tiles, 1, 2 + (int)(seconds * 2));
        Assert.True(last.GetProperty("nudgeCount").GetInt32() >= 1);
        await ingest.Connection.InvokeAsync<JsonElement>("End", id);
    }

    [Fact]
    public async Task Disconnect_IngestConnectionGoneMidChat_StoredAsIncomplete()
    {
        var id = host.Unique("hub");
        var advisor = host.Unique("A");
        var ingest = await LiveClient.ConnectAsync(host);
        await ingest.Connection.InvokeAsync<JsonElement>("Start", id, new { advisorId = advisor });
        await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "customer", text = Customer });
        await ingest.DisposeAsync();

        using var api = host.Api();
        JsonNode? item = null;
        for (var i = 0; i < 100 && item is null; i++)
        {
            await Task.Delay(100);
            item = JsonNode.Parse(await api.GetStringAsync($"api/interactions?advisor={advisor}"))!["items"]!.AsArray().FirstOrDefault();
        }

        Assert.NotNull(item);
        Assert.True(item["incomplete"]!.GetValue<bool>());
        var full = JsonNode.Parse(await api.GetStringAsync($"api/interactions/{item["id"]}"))!;
        Assert.Equal(id, full["externalId"]!.GetValue<string>());
        Assert.True(full["incomplete"]!.GetValue<bool>());
        Assert.Equal("live-disconnect", full["analysis"]!["source"]!.GetValue<string>());
        Assert.NotNull(full["score"]);
    }

    [Fact]
    public async Task Connect_WithoutCredentials_IsRefused()
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hubs/live"), Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets)
            .Build();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    private static string? Ref(JsonElement e) => e.GetProperty("trigger").GetProperty("ref").GetString();
}
