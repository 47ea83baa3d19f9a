using Attune.Storage.Model;
using Attune.Web.Demo;
using Attune.Web.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Seed_Samples_StoresAccountsSamplesRecordingsAndHistory()
    {
        await using var host = await WebHost.StartAsync();
        var seeder = host.Services.GetRequiredService<DemoSeeder>();

        var result = await seeder.SeedAsync(new DemoOptions { SamplesPath = RepoPaths.Samples, HistoryCount = 40 });

        Assert.True(result.Seeded);
        Assert.Empty(result.Failures);
        Assert.Equal((15, 2, 40), (result.Samples, result.Recordings, result.Generated));
        Assert.Equal(57, await host.Store.CountInteractionsAsync(InteractionScope.All));
        var users = await host.Store.ListUsersAsync();
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Contains(users, u => u.Role == role);
        }

        Assert.True(users.Count(u => u.Role == Role.Advisor) >= 3);
        // Every advisor account sees their own generated work; the team leader their team's.
        foreach (var advisor in DemoPeople.Advisors)
        {
            Assert.True(await host.Store.CountInteractionsAsync(new InteractionScope(AdvisorId: advisor.AdvisorId)) > 0, advisor.UserName);
        }

        Assert.True(await host.Store.CountInteractionsAsync(new InteractionScope(TeamId: DemoPeople.Broadband)) > 0);
    }

    [Fact]
    public async Task Seed_Twice_ReusesTheDatabase()
    {
        await using var host = await WebHost.StartAsync();
        var seeder = host.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync(new DemoOptions { HistoryCount = 5 });

        var again = await seeder.SeedAsync(new DemoOptions { HistoryCount = 5 });

        Assert.False(again.Seeded);
        Assert.Equal(5, await host.Store.CountInteractionsAsync(InteractionScope.All));
    }

    [Fact]
    public async Task Seed_DemoAccounts_SignInWithTheDemoPassword()
    {
        await using var host = await WebHost.StartAsync();
        await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(new DemoOptions { HistoryCount = 0 });

        foreach (var p in DemoPeople.All)
        {
            var client = await host.SignInAsync(p.UserName, DemoPeople.Password);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }

    [Fact]
    public void History_VariesScoresInputsAcrossAdvisorsAndDays()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var history = DemoHistory.Generate(300, 60, now, [.. DemoPeople.Advisors]).ToList();

        Assert.Equal(300, history.Select(c => c.Metadata.InteractionId).Distinct().Count());
        Assert.All(history, c => Assert.InRange(c.Metadata.StartedAt!.Value, now.AddDays(-61), now));
        Assert.True(history.Select(c => c.Metadata.StartedAt!.Value.Date).Distinct().Count() > 40, "spread over the period");
        Assert.Equal(DemoPeople.Advisors.Count(), history.Select(c => c.Metadata.AdvisorId).Distinct().Count());
        Assert.True(history.Select(c => string.Join("|", c.Turns.Select(t => t.Text))).Distinct().Count() > 250, "recombined, not repeated");
        Assert.Equal(history.Select(c => c.Turns[1].Text), DemoHistory.Generate(300, 60, now, [.. DemoPeople.Advisors]).Select(c => c.Turns[1].Text));
    }
}
