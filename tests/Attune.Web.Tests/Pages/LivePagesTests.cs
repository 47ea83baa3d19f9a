using System.Net;
using System.Net.Http.Json;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

/// <summary>/live, /live/{id} and /live/wall: who sees which live session (404 outside one's scope), the first paint without scripts.</summary>
[Collection(Collections.Sqlite)]
public sealed class LivePagesTests(SqliteHost host)
{
    private async Task<string> StartChatAsync(string advisorId, string team, params (string Party, string Text)[] turns)
    {
        using var api = host.Api();
        var id = host.Unique("live-page");
        var started = await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId, advisorName = "Name " + advisorId, team, channel = "chat" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        foreach (var (party, text) in turns)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"api/live/{id}/turns", new { party, text })).StatusCode);
        }

        return id;
    }

    [Fact]
    public async Task Session_AnotherAdvisorsSession_Is404()
    {
        var team = host.Unique("team");
        var mine = host.Unique("adv");
        var theirs = host.Unique("adv");
        var id = await StartChatAsync(theirs, team);
        using var advisor = await host.SignInAsync(await host.CreateUserAsync(Role.Advisor, team, mine));
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync($"live/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync("live/no-such-session")).StatusCode);
        // Their own list does not show it either.
        Assert.DoesNotContain(id, await advisor.GetStringAsync("live"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_OwnAdvisor_SeesTranscriptNudgesAndMuteControls()
    {
        var team = host.Unique("team");
        var advisorId = host.Unique("adv");
        var id = await StartChatAsync(advisorId, team,
            ("customer", "I'm furious, you've charged me twice and that money was for my rent."),
            ("advisor", "We are sorry for any inconvenience."));
        using var advisor = await host.SignInAsync(await host.CreateUserAsync(Role.Advisor, team, advisorId));
        var html = await advisor.GetStringAsync($"live/{id}");
        Assert.Contains("charged me twice", html, StringComparison.Ordinal);
        Assert.Contains("data-mute=\"sincere_apology\"", html, StringComparison.Ordinal);
        Assert.Contains("Sincere apology", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"neg\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Customer emotion: ", html, StringComparison.Ordinal);
        // /live shows the same session as the advisor's current one.
        var assist = await advisor.GetStringAsync("live");
        Assert.Contains($"data-session=\"{id}\"", assist, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wall_Advisor_IsDenied()
    {
        using var advisor = await host.SignInAsync(await host.CreateUserAsync(Role.Advisor, host.Unique("team"), host.Unique("adv")));
        var response = await advisor.GetAsync("live/wall");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wall_TeamLeader_SeesOwnTeamOnlyAndReadsSessionsWithoutMuteControls()
    {
        var team = host.Unique("team");
        var other = host.Unique("team");
        var ours = await StartChatAsync(host.Unique("adv"), team, ("customer", "This is the third time I've called and I'm really upset."));
        var theirs = await StartChatAsync(host.Unique("adv"), other);
        using var leader = await host.SignInAsync(await host.CreateUserAsync(Role.TeamLeader, team));
        var wall = await leader.GetStringAsync("live/wall");
        Assert.Contains($"href=\"/live/{ours}\"", wall, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, wall, StringComparison.Ordinal);

        var session = await leader.GetAsync($"live/{ours}");
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.DoesNotContain("data-mute=", await session.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"live/{theirs}")).StatusCode);
        // /live sends supervisors to the wall.
        var assist = await leader.GetAsync("live");
        Assert.Equal(HttpStatusCode.Redirect, assist.StatusCode);
        Assert.Equal("/live/wall", assist.Headers.Location!.OriginalString);
    }
}
