using System.Net;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

public sealed class CoachingPageTests : IAsyncLifetime
{
    private ReviewHost host = null!;
    private long bobBest;

    public async Task InitializeAsync()
    {
        host = await ReviewHost.StartAsync();
        // amy misses empathy with distressed customers; bob, in the same team, gives it; cat is in the other team
        for (var i = 0; i < 12; i++)
        {
            await host.Store.AddAsync(Interactions.Make("amy", "north", 50 + i, empathy: "failed", distressed: true, journey: "angry→angry", at: ReviewHost.Now.AddDays(-1 - i)));
            var id = await host.Store.AddAsync(Interactions.Make("bob", "north", 80 + i, distressed: true, journey: "angry→calm", at: ReviewHost.Now.AddDays(-1 - i)));
            bobBest = i == 11 ? id : bobBest;
            await host.Store.AddAsync(Interactions.Make("cat", "south", 70, at: ReviewHost.Now.AddDays(-1 - i)));
        }
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Advisors_Advisor_IsRedirectedToTheirOwnProfile()
    {
        using var amy = await host.SignInAsync("amy");
        var r = await amy.GetAsync("/advisors");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/advisors/amy", r.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Profile_AnotherAdvisor_IsNotFoundForAnAdvisor()
    {
        using var amy = await host.SignInAsync("amy");
        Assert.Equal(HttpStatusCode.NotFound, (await amy.GetAsync("/advisors/bob")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await amy.GetAsync("/advisors/cat")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await amy.GetAsync("/advisors/amy")).StatusCode);
    }

    [Fact]
    public async Task Advisors_Leader_SeesTheirTeamOnly()
    {
        using var lee = await host.SignInAsync("lee");
        var list = await lee.GetHtmlAsync("/advisors");
        Assert.Contains("/advisors/amy", list);
        Assert.Contains("/advisors/bob", list);
        Assert.DoesNotContain("/advisors/cat", list);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync("/advisors/cat")).StatusCode);
        using var sam = await host.SignInAsync("sam");
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync("/advisors/cat")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync("/advisors/amy")).StatusCode);
    }

    [Fact]
    public async Task Profile_Gap_ShowsWilsonNumbersAndAMomentFromTheTeamsBest()
    {
        using var lee = await host.SignInAsync("lee");
        var html = await lee.GetHtmlAsync("/advisors/amy");
        // amy 0/12 (Wilson 0–24 %), team 12/24 (31–69 %): intervals apart → a gap
        Assert.Contains("Empathy when needed: 0 % (0 % to 24 %) of 12; team 50 % (31 % to 69 %) of 24", html);
        Assert.Contains("pill bad\">gap</span>", html);
        Assert.Contains("Learn from the team", html);
        Assert.Contains("(bob)", html);                            // bob's reply is the exemplar
        Assert.Contains($"/interactions/{bobBest}#t1", html);      // best score first, linked at the turn
        Assert.Contains(await host.Store.GetAuditAsync(null, 50), a => a.Action == "profile.view" && a.Detail == "amy");

        // the advisor sees the same moment as an excerpt, without a link into bob's interaction
        using var amy = await host.SignInAsync("amy");
        var own = await amy.GetHtmlAsync("/advisors/amy");
        Assert.Contains("(bob)", own);
        Assert.DoesNotContain($"/interactions/{bobBest}", own);
    }

    [Fact]
    public async Task CoachingNotes_LeaderAdds_AdvisorReadsButCannotAdd()
    {
        using var amy = await host.SignInAsync("amy");
        var r = await amy.PostFormAsync("/advisors/amy", "/advisors/amy?handler=Note", new() { ["text"] = "I am great" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);

        using var lee = await host.SignInAsync("lee");
        r = await lee.PostFormAsync("/advisors/amy", "/advisors/amy?handler=Note", new() { ["text"] = "Listen to Bob's call with the worried customer together on Friday." });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("Listen to Bob&#x27;s call with the worried customer", await amy.GetHtmlAsync("/advisors/amy"));
        Assert.Single(await host.Store.GetCoachingNotesAsync("amy"));

        // a leader of another team cannot write on amy's profile
        using var sam = await host.SignInAsync("sam");
        r = await sam.PostFormAsync("/", "/advisors/amy?handler=Note", new() { ["text"] = "x" });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }
}
