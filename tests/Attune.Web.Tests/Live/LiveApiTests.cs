using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Live;
using Attune.Web.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.Live;

/// <summary><c>/api/live</c>: a chat fed turn by turn gets findings and nudges, and ending it stores what the batch path stores.</summary>
[Collection(Collections.Sqlite)]
public sealed class LiveApiTests(SqliteHost host)
{
    private static readonly string[][] Chat =
    [
        ["advisor", "Hello, you're through to Brightline billing. How can I help?"],
        ["customer", "I'm furious, you've charged me twice this month and that money was for my rent."],
        ["advisor", "We are sorry for any inconvenience. I'll look into the payment now."],
        ["customer", "Fine. Please just fix it."],
        ["advisor", "The refund is done and you'll see it within two days."],
    ];

    [Fact]
    public async Task A_scripted_chat_gets_findings_and_nudges_turn_by_turn()
    {
        using var api = host.Api();
        var id = host.Unique("live");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = "A-live", advisorName = "Sam", team = "T-live", channel = "chat" })).StatusCode);

        var nudges = new List<string>();
        var signals = new List<string>();
        for (var i = 0; i < Chat.Length; i++)
        {
            var response = await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = Chat[i][0], text = Chat[i][1], start = i * 10.0, end = i * 10.0 + 8 });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            signals.AddRange(body["findings"]!.AsArray().Select(f => f!["signal"]!.GetValue<string>()));
            nudges.AddRange(body["nudges"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()));
            if (i == 1)
            {
                Assert.Contains("empathy", body["nudges"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()));
            }

            if (i == 2)
            {
                Assert.Contains("sincere_apology", body["nudges"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()));
                Assert.Contains(body["findings"]!.AsArray(), f => f!["signal"]!.GetValue<string>() == "apology.non_apology" && f["quote"] is not null);
            }
        }

        var list = JsonNode.Parse(await api.GetStringAsync("api/live"))!["items"]!.AsArray();
        var open = Assert.Single(list, s => s!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(Chat.Length, open["turns"]!.GetValue<int>());
        Assert.Equal("A-live", open["advisorId"]!.GetValue<string>());
        Assert.NotNull(open["customerEmotion"]);

        var end = await api.PostAsync($"api/live/{id}/end", null);
        Assert.Equal(HttpStatusCode.Created, end.StatusCode);
        Assert.DoesNotContain(JsonNode.Parse(await api.GetStringAsync("api/live"))!["items"]!.AsArray(), s => s!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "Hello?" })).StatusCode);
    }

    [Fact]
    public async Task Ending_stores_the_same_record_as_the_batch_path()
    {
        using var api = host.Api();
        var id = host.Unique("live");
        var advisor = host.Unique("A");
        await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = advisor, advisorName = "Sam", team = "T-live", customerId = "C-1", channel = "chat" });
        for (var i = 0; i < Chat.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = Chat[i][0], text = Chat[i][1], start = i * 10.0, end = i * 10.0 + 8 })).StatusCode);
        }

        var end = await api.PostAsync($"api/live/{id}/end", null);
        Assert.Equal(HttpStatusCode.Created, end.StatusCode);
        var ended = JsonNode.Parse(await end.Content.ReadAsStringAsync())!;
        var liveId = ended["id"]!.GetValue<long>();
        var live = JsonNode.Parse(await api.GetStringAsync($"api/interactions/{liveId}"))!;
        Assert.Equal(id, live["externalId"]!.GetValue<string>());
        Assert.Equal(advisor, live["advisorId"]!.GetValue<string>());
        Assert.Equal("chat", live["channel"]!.GetValue<string>());
        Assert.Equal(ended["score"]?.GetValue<double>(), live["score"]?.GetValue<double>());

        // the same conversation posted to the batch path
        var turns = new JsonArray();
        for (var i = 0; i < Chat.Length; i++)
        {
            turns.Add(new JsonObject { ["party"] = Chat[i][0], ["text"] = Chat[i][1], ["start"] = i * 10.0, ["end"] = i * 10.0 + 8 });
        }

        var batchJson = new JsonObject
        {
            ["id"] = id + "-batch",
            ["channel"] = "chat",
            ["advisor"] = new JsonObject { ["id"] = advisor, ["name"] = "Sam" },
            ["customer"] = new JsonObject { ["id"] = "C-1" },
            ["team"] = "T-live",
            ["startedAt"] = live["startedAt"]!.GetValue<string>(),
            ["turns"] = turns,
        }.ToJsonString();
        var (status, posted) = await host.PostAsync(batchJson, "application/json");
        Assert.Equal(HttpStatusCode.Created, status);
        var batch = JsonNode.Parse(await api.GetStringAsync($"api/interactions/{posted!["id"]!.GetValue<long>()}"))!;

        Assert.Equal(batch["score"]?.GetValue<double>(), live["score"]?.GetValue<double>());
        Assert.Equal(batch["sentiment"]?.ToJsonString(), live["sentiment"]?.ToJsonString());
        Assert.Equal(Signals(batch), Signals(live));
        Assert.Equal(batch["analysis"]!["score"]!.ToJsonString(), live["analysis"]!["score"]!.ToJsonString());
    }

    [Fact]
    public async Task A_partial_turn_is_acknowledged_not_analysed()
    {
        using var api = host.Api();
        var id = host.Unique("live");
        await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = "A-live" });
        var partial = await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "I'm furious about", final = false });
        Assert.Equal(HttpStatusCode.Accepted, partial.StatusCode);
        var open = JsonNode.Parse(await api.GetStringAsync("api/live"))!["items"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(0, open["turns"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"api/live/{id}/end", null)).StatusCode);
    }

    [Fact]
    public async Task Errors_unknown_conflict_bad_turns()
    {
        using var api = host.Api();
        var id = host.Unique("live");
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "Hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"api/live/{id}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = "A-live" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = "A-live" })).StatusCode);

        var badParty = await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "robot", text = "Hi" });
        Assert.Equal(HttpStatusCode.BadRequest, badParty.StatusCode);
        Assert.Contains("application/problem+json", badParty.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"api/live/{id}/end", null)).StatusCode);
    }

    [Fact]
    public async Task Needs_an_ingest_key()
    {
        var id = host.Unique("live");
        using var anonymous = host.Anonymous();
        var none = await anonymous.PostAsync(new Uri(host.BaseAddress, $"api/live/{id}/start"), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);

        using var advisor = host.Api(await host.CreateApiKeyAsync(Role.Advisor));
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = "A" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.GetAsync("api/live")).StatusCode);
    }

    [Fact]
    public async Task Idle_sessions_are_ended_and_stored_as_incomplete()
    {
        using var api = host.Api();
        var id = host.Unique("live");
        var advisor = host.Unique("A");
        await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = advisor });
        await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "Hello, is anyone there?" });
        var sessions = host.Services.GetRequiredService<LiveSessions>();
        Assert.True(await sessions.EndIdleAsync(TimeSpan.Zero, CancellationToken.None) >= 1);
        Assert.Null(sessions.Find(id));
        var stored = JsonNode.Parse(await api.GetStringAsync($"api/interactions?advisor={advisor}"))!;
        var item = stored["items"]!.AsArray().FirstOrDefault();
        Assert.NotNull(item);
        var full = JsonNode.Parse(await api.GetStringAsync($"api/interactions/{item!["id"]}"))!;
        Assert.Equal(id, full["externalId"]!.GetValue<string>());
        Assert.Equal(LiveSessions.IdleSource, full["analysis"]!["source"]!.GetValue<string>());
    }

    private static string Signals(JsonNode interaction) => string.Join(",",
        interaction["analysis"]!["findings"]!.AsArray()
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f!["signal"]}@{f["turn"]}"))
            .Order(StringComparer.Ordinal));
}
