using System.Text.RegularExpressions;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public partial class InteractionsPageTests(WebHost host)
{
    [GeneratedRegex("<a class=\"open\" href=\"/interactions/(\\d+)\">")]
    private static partial Regex Row();

    private static List<long> Rows(string html) => Row().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private async Task<List<long>> All(InteractionQuery query) =>
        (await host.Store.ListInteractionsAsync(query with { PageSize = 1000 })).Items.Select(i => i.Id).ToList();

    [Fact]
    public async Task Get_Advisor_ListsOnlyTheirOwn()
    {
        using var client = await host.SignInAsync("priya");
        var html = await client.GetStringAsync("/interactions");
        var own = await All(new InteractionQuery { Scope = new InteractionScope(AdvisorId: "A417") });
        Assert.NotEmpty(own);
        Assert.Equal(own.Take(25).Order(), Rows(html).Order());
        Assert.DoesNotContain("<label for=\"advisor\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TeamLeader_ListsTheirTeamAndFiltersByAdvisor()
    {
        using var client = await host.SignInAsync("lead");
        var html = await client.GetStringAsync("/interactions");
        var team = await All(new InteractionQuery { Scope = new InteractionScope(TeamId: "Billing") });
        Assert.Equal(team.Take(25).Order(), Rows(html).Order());
        Assert.Contains("<label for=\"advisor\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<label for=\"team\">", html, StringComparison.Ordinal);
        var sam = Rows(await client.GetStringAsync("/interactions?advisor=A101"));
        Assert.NotEmpty(sam);
        Assert.Equal((await All(new InteractionQuery { Scope = new InteractionScope(TeamId: "Billing"), AdvisorId = "A101" })).Take(25).Order(), sam.Order());
    }

    [Theory]
    [InlineData("channel=chat")]
    [InlineData("q=twice")]
    [InlineData("signal=apology.non_apology")]
    [InlineData("distressed=true")]
    [InlineData("minScore=60&maxScore=100")]
    [InlineData("journey=angry%E2%86%92positive")]
    [InlineData("from=2025-12-01&to=2025-12-10&team=Billing")]
    public async Task Get_Filter_ListsWhatTheStoreMatches(string filter)
    {
        using var client = await host.SignInAsync("qa");
        var html = await client.GetStringAsync("/interactions?" + filter);
        var q = System.Web.HttpUtility.ParseQueryString(filter);
        var expected = await All(new InteractionQuery
        {
            Channel = q["channel"],
            Text = q["q"],
            Signal = q["signal"],
            Distressed = q["distressed"] is null ? null : true,
            MinScore = q["minScore"] is { } min ? double.Parse(min, System.Globalization.CultureInfo.InvariantCulture) : null,
            MaxScore = q["maxScore"] is { } max ? double.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : null,
            Journey = q["journey"],
            TeamId = q["team"],
            From = q["from"] is { } f ? DateTimeOffset.Parse(f + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) : null,
            To = q["to"] is { } t ? DateTimeOffset.Parse(t + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).AddDays(1) : null,
        });
        var total = (await host.Store.CountInteractionsAsync(InteractionScope.All));
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < total, $"the filter {filter} must narrow the list");
        Assert.Equal(expected.Take(25).Order(), Rows(html).Order());
        Assert.Contains($"{expected.Count} interaction", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Search_FindsTheTranscriptWithTheWords()
    {
        using var client = await host.SignInAsync("admin");
        var rows = Rows(await client.GetStringAsync("/interactions?q=direct+debit+twice"));
        Assert.Contains(host.Ids["BL-2025-03-04-0142"], rows);
        Assert.Empty(Rows(await client.GetStringAsync("/interactions?q=xylophone+zebra")));
    }

    [Fact]
    public async Task Get_SortAndPaging_FollowTheQueryString()
    {
        using var client = await host.SignInAsync("admin");
        var byScore = await All(new InteractionQuery { Sort = "-score" });
        var page2 = Rows(await client.GetStringAsync("/interactions?sort=-score&p=2"));
        Assert.Equal(byScore.Skip(25).Take(25), page2);
        var html = await client.GetStringAsync("/interactions?sort=-score&channel=chat");
        // links keep the other filters
        Assert.Contains("href=\"/interactions?channel=chat&amp;sort=score\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Admin_TeamFilterOffersTeamsTheInteractionsCarry()
    {
        using var client = await host.SignInAsync("admin");
        var html = await client.GetStringAsync("/interactions");
        Assert.Contains("<option value=\"Billing\">Billing</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Complaints\">Complaints</option>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interactions")]
    [InlineData("/interactions/1")]
    public async Task Get_SignedOut_SentToSignIn(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
