using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Live;
using Attune.Web.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.Live;

/// <summary>REST mute/unmute (recorded with the interaction, never scored) and incomplete interactions (stored, marked, filterable).</summary>
[Collection(Collections.Live)]
public sealed class LiveMuteAndIncompleteTests(LiveHost host)
{
    private static readonly string[][] Chat =
    [
        ["advisor", "Hello, you're through to Brightline billing. How can I help?"],
        ["customer", "I'm furious, you've charged me twice this month and that money was for my rent."],
        ["advisor", "We are sorry for any inconvenience. I'll look into the payment now."],
    ];

    [Fact]
    public async Task Mute_OverRestByTheSessionsAdvisor_RecordedInNotesNotScored()
    {
        var advisorId = host.Unique("A");
        var advisor = await host.CreateUserAsync(Role.Advisor, advisorId: advisorId);
        var someoneElse = await host.CreateUserAsync(Role.Advisor, advisorId: host.Unique("A"));
        using var api = host.Api();
        var muted = host.Unique("mute");
        var plain = host.Unique("plain");
        foreach (var id in new[] { muted, plain })
        {
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId, team = "T-m" })).StatusCode);
        }

        using var own = await host.SignInAsync(advisor);
        Assert.Equal(HttpStatusCode.NoContent, (await own.PostAsJsonAsync($"api/live/{muted}/mute", new { kind = "empathy" })).StatusCode);
        using var other = await host.SignInAsync(someoneElse);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"api/live/{muted}/mute", new { kind = (string?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await own.PostAsJsonAsync($"api/live/{host.Unique("none")}/mute", new { kind = "empathy" })).StatusCode);

        var nudges = new Dictionary<string, List<string>> { [muted] = [], [plain] = [] };
        foreach (var id in new[] { muted, plain })
        {
            foreach (var turn in Chat)
            {
                var body = JsonNode.Parse(await (await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = turn[0], text = turn[1] })).Content.ReadAsStringAsync())!;
                nudges[id].AddRange(body["nudges"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()));
            }
        }

        Assert.Contains("empathy", nudges[plain]);
        Assert.DoesNotContain("empathy", nudges[muted]);
        Assert.Contains("sincere_apology", nudges[muted]);

        // an ingest key may mute too; unmuting all is recorded as well
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync($"api/live/{muted}/mute", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await own.PostAsJsonAsync($"api/live/{muted}/unmute", new { })).StatusCode);

        var mutedRecord = await EndAndGetAsync(api, muted);
        var plainRecord = await EndAndGetAsync(api, plain);
        var notes = mutedRecord["analysis"]!["notes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(notes, n => n.Contains("muted 'empathy' nudges", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("unmuted all nudges", StringComparison.Ordinal));
        Assert.Equal(3, notes.Count(n => n.StartsWith("Live assist:", StringComparison.Ordinal)));
        Assert.DoesNotContain(plainRecord["analysis"]!["notes"]!.AsArray(), n => n!.GetValue<string>().StartsWith("Live assist:", StringComparison.Ordinal));
        Assert.Equal(plainRecord["score"]!.GetValue<double>(), mutedRecord["score"]!.GetValue<double>());
        Assert.Equal(plainRecord["analysis"]!["score"]!.ToJsonString(), mutedRecord["analysis"]!["score"]!.ToJsonString());
    }

    [Fact]
    public async Task Incomplete_IdleSessionStoredMarked_FilterAndBadges()
    {
        using var api = host.Api();
        var advisor = host.Unique("A");
        var idle = host.Unique("idle");
        var whole = host.Unique("whole");
        await api.PostAsJsonAsync($"api/live/{whole}/start", new { advisorId = advisor });
        await api.PostAsJsonAsync($"api/live/{whole}/turns", new { party = "customer", text = "Hello there." });
        var ended = JsonNode.Parse(await (await api.PostAsync($"api/live/{whole}/end", null)).Content.ReadAsStringAsync())!;
        Assert.False(ended["incomplete"]!.GetValue<bool>());

        await api.PostAsJsonAsync($"api/live/{idle}/start", new { advisorId = advisor });
        await api.PostAsJsonAsync($"api/live/{idle}/turns", new { party = "customer", text = "Hello, is anyone there?" });
        var sessions = host.Services.GetRequiredService<LiveSessions>();
        var stored = await sessions.EndAsync(idle, CancellationToken.None, LiveSessions.IdleSource, incomplete: true);
        Assert.NotNull(stored);

        var incomplete = JsonNode.Parse(await api.GetStringAsync($"api/interactions?advisor={advisor}&incomplete=true"))!["items"]!.AsArray();
        Assert.Equal([idle], incomplete.Select(i => i!["externalId"]!.GetValue<string>()));
        Assert.True(incomplete[0]!["incomplete"]!.GetValue<bool>());
        var complete = JsonNode.Parse(await api.GetStringAsync($"api/interactions?advisor={advisor}&incomplete=false"))!["items"]!.AsArray();
        Assert.Equal([whole], complete.Select(i => i!["externalId"]!.GetValue<string>()));
        Assert.Equal(2, JsonNode.Parse(await api.GetStringAsync($"api/interactions?advisor={advisor}"))!["total"]!.GetValue<long>());

        var admin = await host.CreateUserAsync(Role.Admin);
        using var browser = await host.SignInAsync(admin);
        var list = await browser.GetStringAsync($"interactions?advisor={advisor}&incomplete=true");
        Assert.Contains(idle, list, StringComparison.Ordinal);
        Assert.DoesNotContain(whole, list, StringComparison.Ordinal);
        Assert.Contains(">Incomplete</span>", list, StringComparison.Ordinal);
        var detail = await browser.GetStringAsync($"interactions/{stored.Id}");
        Assert.Contains(">Incomplete</span>", detail, StringComparison.Ordinal);
        var completeDetail = await browser.GetStringAsync($"interactions/{ended["id"]}");
        Assert.DoesNotContain(">Incomplete</span>", completeDetail, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> EndAndGetAsync(HttpClient api, string id)
    {
        var end = await api.PostAsync($"api/live/{id}/end", null);
        Assert.Equal(HttpStatusCode.Created, end.StatusCode);
        var stored = JsonNode.Parse(await end.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
        return JsonNode.Parse(await api.GetStringAsync($"api/interactions/{stored}"))!;
    }
}
