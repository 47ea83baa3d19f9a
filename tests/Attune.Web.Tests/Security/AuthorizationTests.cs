using System.Net;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Security;

/// <summary>
/// Issue 4 item 3, rule by rule: advisors see only their own interactions and scores, team leaders their team's,
/// QA analysts and admins everything; only analysts and admins ingest, review and curate; only admins change settings;
/// an out-of-scope interaction is "not found", never "forbidden" (its existence is not revealed). Through the API
/// (signed-in sessions) and the pages.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class AuthorizationTests(SqliteHost host) : IAsyncLifetime
{
    private Cast cast = null!;

    public async Task InitializeAsync() => cast = await Cast.ForAsync(host);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> As(string who) => cast.ClientAsync(who);

    // ---- API: one interaction ----

    [Theory]
    [InlineData("advisor", "A1", HttpStatusCode.OK)]
    [InlineData("advisor", "A2", HttpStatusCode.NotFound)]
    [InlineData("advisor", "B1", HttpStatusCode.NotFound)]
    [InlineData("leader", "A1", HttpStatusCode.OK)]
    [InlineData("leader", "A2", HttpStatusCode.OK)]
    [InlineData("leader", "B1", HttpStatusCode.NotFound)]
    [InlineData("analyst", "A1", HttpStatusCode.OK)]
    [InlineData("analyst", "B1", HttpStatusCode.OK)]
    [InlineData("admin", "A2", HttpStatusCode.OK)]
    [InlineData("admin", "B1", HttpStatusCode.OK)]
    [InlineData("unlinked", "A1", HttpStatusCode.NotFound)]
    public async Task ApiGet_RoleAndOwner_OnlyWithinScope(string who, string of, HttpStatusCode expected)
    {
        var client = await As(who);
        using var response = await client.GetAsync($"api/interactions/{cast.Interaction(of)}");
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(cast.Advisor(of), body["advisorId"]!.GetValue<string>());
        }
    }

    // ---- API: lists ----

    [Fact]
    public async Task ApiList_Advisor_OnlyTheirOwnEvenWhenFilteringForAnother()
    {
        var client = await As("advisor");
        var all = await Ids(client, "");
        Assert.Equal([cast.OfA1], all);
        Assert.Empty(await Ids(client, $"?advisor={cast.A2}"));
        Assert.Empty(await Ids(client, $"?team={cast.TeamY}"));
    }

    [Fact]
    public async Task ApiList_TeamLeader_OnlyTheirTeam()
    {
        var client = await As("leader");
        Assert.Equal(new[] { cast.OfA1, cast.OfA2 }.Order(), (await Ids(client, "")).Order());
        Assert.Empty(await Ids(client, $"?team={cast.TeamY}"));
        Assert.Empty(await Ids(client, $"?advisor={cast.B1}"));
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task ApiList_AnalystAndAdmin_Everything(string who)
    {
        var client = await As(who);
        Assert.Equal(new[] { cast.OfA1, cast.OfA2 }.Order(), (await Ids(client, $"?team={cast.TeamX}")).Order());
        Assert.Equal([cast.OfB1], await Ids(client, $"?team={cast.TeamY}"));
    }

    [Fact]
    public async Task ApiList_AdvisorAccountWithoutAdvisorId_SeesNothing()
    {
        var client = await As("unlinked");
        Assert.Empty(await Ids(client, ""));
    }

    private static async Task<List<long>> Ids(HttpClient client, string query)
    {
        var body = JsonNode.Parse(await client.GetStringAsync("api/interactions" + query + (query.Length == 0 ? "?" : "&") + "pageSize=200"))!;
        return body["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()).ToList();
    }

    // ---- API: ingest and recordings ----

    [Theory]
    [InlineData("advisor", HttpStatusCode.Forbidden)]
    [InlineData("leader", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Created)]
    [InlineData("admin", HttpStatusCode.Created)]
    public async Task ApiPost_SignedInRole_OnlyAnalystsAndAdminsIngest(string who, HttpStatusCode expected)
    {
        // Another advisor and team: the cast's own interactions stay as they are for the other tests.
        var (status, _) = await host.PostAsync(Transcripts.Json(host.Unique("ext"), host.Unique("adv"), host.Unique("team")), "application/json", await As(who));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("advisor", HttpStatusCode.NotFound)]
    [InlineData("advisorB", HttpStatusCode.NotFound)]
    [InlineData("leader", HttpStatusCode.OK)]
    [InlineData("analyst", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task ApiAudio_Role_OnlyWithinScope(string who, HttpStatusCode expected)
    {
        using var response = await (await As(who)).GetAsync($"api/interactions/{cast.OfA2}/audio");
        Assert.Equal(expected, response.StatusCode);
    }

    // ---- pages ----

    [Theory]
    [InlineData("/")]
    [InlineData("/interactions")]
    [InlineData("/settings")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = host.Anonymous();
        using var response = await client.GetAsync(path.TrimStart('/'));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("advisor", "A1", HttpStatusCode.OK)]
    [InlineData("advisor", "A2", HttpStatusCode.NotFound)]
    [InlineData("advisor", "B1", HttpStatusCode.NotFound)]
    [InlineData("leader", "A2", HttpStatusCode.OK)]
    [InlineData("leader", "B1", HttpStatusCode.NotFound)]
    [InlineData("analyst", "B1", HttpStatusCode.OK)]
    [InlineData("admin", "B1", HttpStatusCode.OK)]
    [InlineData("unlinked", "A1", HttpStatusCode.NotFound)]
    public async Task PageInteraction_RoleAndOwner_NotFoundOutsideScope(string who, string of, HttpStatusCode expected)
    {
        using var response = await (await As(who)).GetAsync($"interactions/{cast.Interaction(of)}");
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("Name " + cast.Advisor(of), html, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(cast.Advisor(of), html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("advisor", new[] { "A1" }, new[] { "A2", "B1" })]
    [InlineData("leader", new[] { "A1", "A2" }, new[] { "B1" })]
    [InlineData("analyst", new[] { "A1", "A2", "B1" }, new string[0])]
    [InlineData("admin", new[] { "A1", "A2", "B1" }, new string[0])]
    public async Task PageInteractionsList_Role_ShowsOnlyInteractionsInScope(string who, string[] visible, string[] hidden)
    {
        // Analysts and admins see every team: filter the page to this test's two teams by advisor to keep it short.
        var client = await As(who);
        foreach (var of in visible.Concat(hidden))
        {
            using var response = await client.GetAsync($"interactions?advisor={Uri.EscapeDataString(cast.Advisor(of))}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            var link = $"/interactions/{cast.Interaction(of)}\"";
            if (visible.Contains(of))
            {
                Assert.Contains(link, html, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(link, html, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("advisor", "A1", true)]
    [InlineData("advisor", "A2", false)]
    [InlineData("advisor", "B1", false)]
    [InlineData("leader", "A2", true)]
    [InlineData("leader", "B1", false)]
    [InlineData("analyst", "B1", true)]
    [InlineData("admin", "A1", true)]
    public async Task PageAdvisorProfile_RoleAndAdvisor_OnlyWithinScope(string who, string of, bool allowed)
    {
        using var response = await (await As(who)).GetAsync($"advisors/{Uri.EscapeDataString(cast.Advisor(of))}");
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal)),
                $"{who} opening {of}'s profile: {(int)response.StatusCode}");
            Assert.DoesNotContain("Name " + cast.Advisor(of), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("advisor", "/settings", false)]
    [InlineData("leader", "/settings", false)]
    [InlineData("analyst", "/settings", false)]
    [InlineData("admin", "/settings", true)]
    [InlineData("advisor", "/review", false)]
    [InlineData("leader", "/review", false)]
    [InlineData("analyst", "/review", true)]
    [InlineData("admin", "/review", true)]
    [InlineData("advisor", "/champions", true)]
    [InlineData("advisor", "/exemplars", true)]
    [InlineData("leader", "/champions", true)]
    [InlineData("analyst", "/exemplars", true)]
    public async Task Page_RoleOnlyPages_DeniedToOtherRoles(string who, string path, bool allowed)
    {
        using var response = await (await As(who)).GetAsync(path.TrimStart('/'));
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("advisor", false, false)]
    [InlineData("leader", false, false)]
    [InlineData("analyst", true, false)]
    [InlineData("admin", true, true)]
    public async Task Layout_Role_NavShowsOnlyTheirPages(string who, bool review, bool settings)
    {
        var html = await (await As(who)).GetStringAsync("");
        Assert.Contains("href=\"/interactions\"", html, StringComparison.Ordinal);
        Assert.Equal(review, html.Contains("href=\"/review\"", StringComparison.Ordinal));
        Assert.Equal(settings, html.Contains("href=\"/settings\"", StringComparison.Ordinal));
    }

    // ---- audit ----

    [Theory]
    [InlineData("analyst", "A2")]
    [InlineData("advisor", "A1")]
    public async Task PageInteraction_Viewed_AuditRecordsWho(string who, string of)
    {
        var id = cast.Interaction(of);
        using var response = await (await As(who)).GetAsync($"interactions/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await host.Store.GetAuditAsync(id, 50);
        Assert.Contains(audit, a => a.Actor == cast.User(who).Id && a.Action == "view");
    }

    [Fact]
    public async Task ApiGet_SignedIn_AuditRecordsTheUser()
    {
        using var response = await (await As("leader")).GetAsync($"api/interactions/{cast.OfA2}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await host.Store.GetAuditAsync(cast.OfA2, 50);
        Assert.Contains(audit, a => a.Actor == cast.LeaderX.Id && a.Action == "view" && a.InteractionId == cast.OfA2);
    }

    [Fact]
    public async Task ApiGet_OutOfScope_NoAuditEntry()
    {
        using var response = await (await As("advisor")).GetAsync($"api/interactions/{cast.OfB1}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var audit = await host.Store.GetAuditAsync(cast.OfB1, 50);
        Assert.DoesNotContain(audit, a => a.Actor == cast.AdvisorA1.Id);
    }
}
