using System.Text.RegularExpressions;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public partial class OverviewPageTests(WebHost host)
{
    private static long Kpi(string html) => long.Parse(Interactions().Match(html).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<div class=\"label\">Interactions</div><div class=\"value\">([\\d,]+)</div>")]
    private static partial Regex Interactions();

    private async Task<long> Expected(InteractionScope scope, string? team = null)
    {
        var periods = await host.Store.GetPeriodStatsAsync(new StatsQuery { Scope = scope, TeamId = team, From = WebHost.Now.Date.AddDays(-29), To = WebHost.Now.Date.AddDays(1) }, weekly: false);
        return periods.Sum(p => p.Interactions);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("qa")]
    public async Task Get_SeesEverything_CountsEveryInteractionOfTheLast30Days(string user)
    {
        using var client = await host.SignInAsync(user);
        var html = await client.GetStringAsync("/");
        var expected = await Expected(InteractionScope.All);
        Assert.True(expected > 20, "the seed spreads copies over the last 30 days");
        Assert.Equal(expected, Kpi(html));
        Assert.Contains("aria-label=\"Average empathy score per day", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Average customer sentiment per day", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"team\">Team</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Advisor_CountsOnlyTheirOwnAndOffersNoTeamFilter()
    {
        using var client = await host.SignInAsync("sam");
        var html = await client.GetStringAsync("/");
        var own = await Expected(new InteractionScope(AdvisorId: "A101"));
        Assert.True(own > 0 && own < await Expected(InteractionScope.All));
        Assert.Equal(own, Kpi(html));
        Assert.DoesNotContain("<label for=\"team\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TeamLeader_CountsTheirTeam()
    {
        using var client = await host.SignInAsync("lead");
        Assert.Equal(await Expected(new InteractionScope(TeamId: "Billing")), Kpi(await client.GetStringAsync("/")));
    }

    [Fact]
    public async Task Get_TeamFilter_NarrowsToThatTeam()
    {
        using var client = await host.SignInAsync("admin");
        var html = await client.GetStringAsync("/?team=Web%20Chat");
        var expected = await Expected(InteractionScope.All, "Web Chat");
        Assert.True(expected > 0);
        Assert.Equal(expected, Kpi(html));
    }

    [Fact]
    public async Task Get_LongRange_ChartsPerWeek()
    {
        using var client = await host.SignInAsync("admin");
        var html = await client.GetStringAsync("/?from=2025-01-01&to=2025-12-15");
        Assert.Contains("per week", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Average empathy score per week", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SignalDistributionAndGaps_FromTheStoreTotals()
    {
        using var client = await host.SignInAsync("qa");
        var html = await client.GetStringAsync("/");
        var query = new StatsQuery { Scope = InteractionScope.All, From = WebHost.Now.Date.AddDays(-29), To = WebHost.Now.Date.AddDays(1) };
        var signals = await host.Store.GetSignalTotalsAsync(query);
        var top = signals.Where(s => s.Signal.StartsWith("empathy.", StringComparison.Ordinal) || s.Signal.StartsWith("apology.", StringComparison.Ordinal))
            .OrderByDescending(s => s.Interactions).First();
        var name = Attune.Analysis.Reports.SignalNames.Name(top.Signal);
        // each bar links to the interactions with that signal, and says in how many interactions it occurred
        Assert.Contains($"/interactions?signal={Uri.EscapeDataString(top.Signal)}", html, StringComparison.Ordinal);
        Assert.Contains($"{name} ({top.Signal}): in {top.Interactions} of {Kpi(html)} interactions", html, StringComparison.Ordinal);
        Assert.Matches("class=\"bar pos\"", html);
        Assert.Matches("class=\"bar neg\"", html);

        var worst = (await host.Store.GetCriterionTotalsAsync(query)).Where(c => c.Passed + c.Failed > 0).MinBy(c => (double)c.Passed / (c.Passed + c.Failed))!;
        var gaps = html[html.IndexOf("id=\"h-gaps\"", StringComparison.Ordinal)..];
        Assert.Contains(System.Net.WebUtility.HtmlEncode(worst.Name), gaps, StringComparison.Ordinal);
    }
}
