using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Demo;
using Attune.Web.Ingest;
using Microsoft.AspNetCore.Identity;

namespace Attune.Web.Tests.Demo;

public sealed class GeneratedDataSeederTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "attune-seed-" + Guid.NewGuid().ToString("N"));
    private IAttuneStore store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        store = StoreFactory.Create(new StorageOptions { Provider = "sqlite" }, "Data Source=" + Path.Combine(folder, "attune.db"));
        await store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (store is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private GeneratedDataSeeder Seeder() => new(store, new AnalysisSettings(store), new PasswordHasher<UserAccount>(), TimeProvider.System);

    [Fact]
    public async Task SeedInteractions_Twice_StoresEachExternalIdOnceWithItsAnalysis()
    {
        var generator = new InteractionGenerator(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

        await Seeder().SeedInteractionsAsync(generator, first: 0, count: 45, batchSize: 20);
        await Seeder().SeedInteractionsAsync(generator, first: 40, count: 10, batchSize: 20);

        Assert.Equal(50, await store.CountInteractionsAsync(InteractionScope.All));
        var page = await store.ListInteractionsAsync(new InteractionQuery { PageSize = 100 });
        Assert.Equal(50, page.Items.Select(i => i.ExternalId).Distinct().Count());
        var one = await store.GetInteractionAsync(page.Items[0].Id, InteractionScope.All);
        Assert.NotNull(one);
        Assert.NotEmpty(one.Signals);
        Assert.NotEmpty(one.Criteria);
        Assert.Contains("\"findings\"", one.AnalysisJson, StringComparison.Ordinal);
        Assert.DoesNotContain("07700 900", one.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedWithPool_CopiesCarryTheirOwnIdDateAndAdvisorIntoColumnsAndReport()
    {
        var generator = new InteractionGenerator(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

        await Seeder().SeedWithPoolAsync(generator, first: 0, count: 90, pool: 30, batchSize: 25);

        var page = await store.ListInteractionsAsync(new InteractionQuery { PageSize = 200 });
        Assert.Equal(90, page.Total);
        foreach (var summary in page.Items)
        {
            var index = int.Parse(summary.ExternalId!["gen-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var (advisor, started) = generator.Header(index);
            Assert.Equal(advisor, summary.AdvisorId);
            Assert.Equal(started, summary.StartedAt);
            var record = await store.GetInteractionAsync(summary.Id, InteractionScope.All);
            using var json = System.Text.Json.JsonDocument.Parse(record!.AnalysisJson);
            var conversation = json.RootElement.GetProperty("conversation");
            Assert.Equal(summary.ExternalId, conversation.GetProperty("id").GetString());
            Assert.Equal(started, conversation.GetProperty("startedAt").GetDateTimeOffset());
            Assert.Equal(advisor, conversation.GetProperty("advisor").GetProperty("id").GetString());
            Assert.NotEmpty(record.Signals);
        }
    }

    [Fact]
    public void Header_IsTheGeneratedTranscriptsAdvisorAndDate()
    {
        var generator = new InteractionGenerator(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < 50; i++)
        {
            var c = Attune.Analysis.Conversations.Importers.ConversationReader.ReadBytes(generator.Generate(i), "g").Value!;
            Assert.Equal(generator.Header(i), (c.Metadata.AdvisorId!, c.Metadata.StartedAt!.Value));
        }
    }

    [Fact]
    public async Task SeedPeople_CreatesTeamsAnalystLeadersAndAdvisorsWithTheirScopes()
    {
        await Seeder().SeedPeopleAsync("pw-123456", default);

        Assert.Equal(InteractionGenerator.Teams.Count, (await store.ListTeamsAsync()).Count);
        Assert.Equal(Role.QaAnalyst, (await store.FindUserByNameAsync(GeneratedDataSeeder.AnalystUser))!.Role);
        var lead = await store.FindUserByNameAsync(GeneratedDataSeeder.LeaderUser("billing"));
        Assert.Equal((Role.TeamLeader, "billing"), (lead!.Role, lead.TeamId));
        var advisor = InteractionGenerator.Advisors[0];
        var account = await store.FindUserByNameAsync(GeneratedDataSeeder.AdvisorUser(advisor.Id));
        Assert.Equal((Role.Advisor, advisor.Id, advisor.TeamId), (account!.Role, account.AdvisorId, account.TeamId));
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<UserAccount>().VerifyHashedPassword(account, account.PasswordHash, "pw-123456"));
    }
}
