using System.Text.RegularExpressions;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

public sealed partial class ChampionsPageTests : IAsyncLifetime
{
    private ReviewHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ReviewHost.StartAsync();
        // (advisor, team, interactions, distressed, mean score): scores fall with difficulty; eddie has the best raw average
        // on easy calls only, hana takes mostly distressed customers and scores slightly lower
        (string, string, int, int, double)[] centre =
        [
            ("eddie", "north", 20, 0, 84), ("hana", "north", 20, 15, 80), ("mia", "north", 20, 5, 68),
            ("max", "south", 20, 10, 62), ("meg", "south", 20, 2, 74), ("zed", "south", 20, 4, 55),
            ("amy", "north", 20, 8, 50), ("lucky", "south", 4, 0, 99),
        ];
        foreach (var (advisor, team, n, distressed, mean) in centre)
        {
            for (var i = 0; i < n; i++)
            {
                // ±4 around the mean so single scores vary within each advisor
                await host.Store.AddAsync(Interactions.Make(advisor, team, mean + (i % 2 == 0 ? 4 : -4) * (n > 1 ? 1 : 0), distressed: i < distressed,
                    at: ReviewHost.Now.AddDays(-1 - i)));
            }
        }
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Board_HardCallsSlightlyLower_RanksAboveEasyCallsHigherRaw()
    {
        using var ana = await host.SignInAsync("ana");
        var html = await ana.GetHtmlAsync("/champions");
        var ranked = RankedNames(html);
        Assert.Equal("Hana", ranked[0]);
        Assert.True(ranked.IndexOf("Eddie") > ranked.IndexOf("Hana"));
        Assert.Equal(7, ranked.Count);
        Assert.DoesNotContain("Lucky", ranked);
        Assert.Contains("Not enough interactions yet", html);
        Assert.Contains("Lucky <span class=\"muted small\">4 of 10</span>", html);
        Assert.Contains("so nobody", html.Replace("\n", " ") + " so nobody"); // the method paragraph is there
        Assert.Contains("How the board is fair", html);
    }

    [Fact]
    public async Task Board_Advisor_SeesTopFiveAndTheirOwnRow()
    {
        using var amy = await host.SignInAsync("amy");
        var html = await amy.GetHtmlAsync("/champions");
        var ranked = RankedNames(html);
        Assert.Equal(6, ranked.Count);
        Assert.Contains("Amy (you)", ranked);
    }

    [Fact]
    public async Task Board_MinimumVolumeIsConfigurable()
    {
        await using var strict = await ReviewHost.StartAsync(new Dictionary<string, string?> { ["Champions:MinimumVolume"] = "5" });
        for (var i = 0; i < 5; i++)
        {
            await strict.Store.AddAsync(Interactions.Make("eddie", "north", 80 + i));
        }

        await strict.Store.AddAsync(Interactions.Make("hana", "north", 90));
        using var ana = await strict.SignInAsync("ana");
        var html = await ana.GetHtmlAsync("/champions");
        Assert.Equal(["Eddie"], RankedNames(html));
        Assert.Contains("1 of 5", html);
    }

    private static List<string> RankedNames(string html) =>
        RankRow().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("<span class=\"rank r\\d+\">\\d+</span></td>\\s*<td>([^<]+)</td>")]
    private static partial Regex RankRow();
}
