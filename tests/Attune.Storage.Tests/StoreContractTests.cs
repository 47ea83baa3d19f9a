using Attune.Storage.Model;
using Attune.Storage.Tests.TestKit;
using static Attune.Storage.Tests.TestKit.Interactions;

namespace Attune.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IAttuneStore"/> provider must have: one suite, run by one subclass per provider
/// (SQLite, PostgreSQL) against a fresh database each test.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private IAttuneStore? store;

    protected FakeClock Clock { get; } = new(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A store over a new, empty database (may skip the test when the provider is unavailable).</summary>
    protected abstract Task<IAttuneStore> CreateStoreAsync(FakeClock clock);

    /// <summary>Removes the database made by <see cref="CreateStoreAsync"/>.</summary>
    protected abstract Task CleanupAsync();

    protected async Task<IAttuneStore> StoreAsync()
    {
        if (store is null)
        {
            store = await CreateStoreAsync(Clock);
            await store.MigrateAsync();
        }
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        await CleanupAsync();
    }

    private static InteractionScope AdvisorScope(string advisor) => new(AdvisorId: advisor);

    private static InteractionScope TeamScope(string team) => new(TeamId: team);

    // ---- schema ----

    [SkippableFact]
    public async Task Migrate_Twice_IsHarmless()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("ext-1"));
        await s.MigrateAsync();
        await s.MigrateAsync();
        Assert.Equal(1, await s.CountInteractionsAsync(InteractionScope.All));
    }

    // ---- interactions ----

    [SkippableFact]
    public async Task GetTeamIds_TeamsInteractionsCarry_DistinctSorted()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("t-1", team: "team-b"));
        await s.UpsertInteractionAsync(Make("t-2", team: "team-a"));
        await s.UpsertInteractionAsync(Make("t-3", team: "team-b"));
        await s.UpsertInteractionAsync(Make("t-4", team: null));
        Assert.Equal(["team-a", "team-b"], await s.GetTeamIdsAsync());
    }

    [SkippableFact]
    public async Task Upsert_SameExternalId_UpdatesInsteadOfDuplicating()
    {
        var s = await StoreAsync();
        var first = await s.UpsertInteractionAsync(Make("ext-1", score: 40));
        Clock.Advance(TimeSpan.FromHours(1));
        var second = await s.UpsertInteractionAsync(Make("ext-1", score: 90, advisor: "adv-2"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await s.CountInteractionsAsync(InteractionScope.All));
        var stored = await s.GetInteractionAsync(first.Id, InteractionScope.All);
        Assert.NotNull(stored);
        Assert.Equal(90, stored.Score);
        Assert.Equal("adv-2", stored.AdvisorId);
        Assert.Equal(Clock.Now.AddHours(-1), stored.CreatedAt);
        Assert.Equal(Clock.Now, stored.UpdatedAt);
    }

    [SkippableFact]
    public async Task UpsertMany_Batch_InsertsInOrderAndUpdatesExisting()
    {
        var s = await StoreAsync();
        var existing = await s.UpsertInteractionAsync(Make("ext-1", score: 40));

        var results = await s.UpsertInteractionsAsync([Make("ext-2", score: 50), Make("ext-1", score: 90), Make("ext-3", score: 60), Make("ext-2", score: 70)]);

        Assert.Equal(4, results.Count);
        Assert.True(results[0].Created);
        Assert.Equal(new UpsertResult(existing.Id, false), results[1]);
        Assert.True(results[2].Created);
        Assert.Equal(new UpsertResult(results[0].Id, false), results[3]);
        Assert.Equal(3, await s.CountInteractionsAsync(InteractionScope.All));
        Assert.Equal(90, (await s.GetInteractionAsync(existing.Id, InteractionScope.All))!.Score);
        Assert.Equal(70, (await s.GetInteractionAsync(results[0].Id, InteractionScope.All))!.Score);
        Assert.Empty(await s.UpsertInteractionsAsync([]));
    }

    [SkippableFact]
    public async Task Upsert_WithoutExternalId_AlwaysInserts()
    {
        var s = await StoreAsync();
        var a = await s.UpsertInteractionAsync(Make(null));
        var b = await s.UpsertInteractionAsync(Make(null));
        Assert.True(a.Created && b.Created);
        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(2, await s.CountInteractionsAsync(InteractionScope.All));
    }

    [SkippableFact]
    public async Task Upsert_Update_ReplacesSignalsAndCriteria()
    {
        var s = await StoreAsync();
        var id = (await s.UpsertInteractionAsync(Make("ext-1",
            signals: [new("empathy.statement", 2), new("apology.non_apology", 1)],
            criteria: [Criterion("empathy", "passed", 1), Criterion("ownership", "failed", 0)]))).Id;
        await s.UpsertInteractionAsync(Make("ext-1",
            signals: [new("listening.interruption", 3)],
            criteria: [Criterion("empathy", "failed", 0)]));

        var stored = await s.GetInteractionAsync(id, InteractionScope.All);
        Assert.NotNull(stored);
        Assert.Equal([new SignalCount("listening.interruption", 3)], stored.Signals);
        Assert.Equal([Criterion("empathy", "failed", 0)], stored.Criteria);
        var totals = await s.GetSignalTotalsAsync(new StatsQuery());
        Assert.Equal([new SignalTotal("listening.interruption", 3, 1)], totals);
    }

    [SkippableFact]
    public async Task Upsert_ConcurrentWritersOfTheSameExternalIds_NeitherFailNorDuplicate()
    {
        var s = await StoreAsync();
        // Four writers post the same 25 interactions at once (an import retried while the first is still running).
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var created = 0;
            for (var i = 0; i < 25; i++)
            {
                var result = await s.UpsertInteractionAsync(Make($"ext-{i}", score: w, signals: [new("empathy.statement", w + 1)]));
                created += result.Created ? 1 : 0;
            }
            return created;
        })).ToList();
        var createdTotal = (await Task.WhenAll(writers)).Sum();

        Assert.Equal(25, createdTotal);
        Assert.Equal(25, await s.CountInteractionsAsync(InteractionScope.All));
        var totals = Assert.Single(await s.GetSignalTotalsAsync(new StatsQuery()));
        Assert.Equal(25, totals.Interactions);
    }

    [SkippableFact]
    public async Task Get_StoredInteraction_RoundTripsEveryField()
    {
        var s = await StoreAsync();
        var record = Make("ext-1", journey: "angry→calm", distressed: true, channel: "voice", sentiment: -35.5,
            signals: [new("empathy.statement", 2)], criteria: [Criterion("empathy", "passed", 0.75)]);
        record.AutoFailed = true;
        record.AudioPath = "2026/ext-1.wav";
        record.Transcript = "Customer: I'm furious — naïve café\nAdvisor: I understand";
        record.AnalysisJson = "{\"a\":[1,2]}";
        var id = (await s.UpsertInteractionAsync(record)).Id;

        var stored = await s.GetInteractionAsync(id, InteractionScope.All);
        Assert.NotNull(stored);
        Assert.Equal(id, stored.Id);
        Assert.Equal("ext-1", stored.ExternalId);
        Assert.Equal("adv-1", stored.AdvisorId);
        Assert.Equal("Name of adv-1", stored.AdvisorName);
        Assert.Equal("team-a", stored.TeamId);
        Assert.Equal("cust-1", stored.CustomerId);
        Assert.Equal("voice", stored.Channel);
        Assert.Equal(record.StartedAt, stored.StartedAt);
        Assert.Equal(TimeSpan.Zero, stored.StartedAt.Offset);
        Assert.Equal(120, stored.DurationSeconds);
        Assert.Equal(80, stored.Score);
        Assert.True(stored.AutoFailed);
        Assert.Equal(-35.5, stored.Sentiment);
        Assert.Equal(0.5, stored.SentimentTrend);
        Assert.Equal("angry→calm", stored.Journey);
        Assert.True(stored.Distressed);
        Assert.Equal(record.Transcript, stored.Transcript);
        Assert.Equal(record.AnalysisJson, stored.AnalysisJson);
        Assert.Equal("2026/ext-1.wav", stored.AudioPath);
        Assert.Equal(Clock.Now, stored.CreatedAt);
        Assert.Equal([new SignalCount("empathy.statement", 2)], stored.Signals);
        Assert.Equal([Criterion("empathy", "passed", 0.75)], stored.Criteria);
    }

    [SkippableFact]
    public async Task Incomplete_RoundTripsDefaultsToFalseAndFiltersTheList()
    {
        var s = await StoreAsync();
        var partial = Make("live-partial");
        partial.Incomplete = true;
        var partialId = (await s.UpsertInteractionAsync(partial)).Id;
        var whole = (await s.UpsertInteractionAsync(Make("live-whole"))).Id;

        Assert.True((await s.GetInteractionAsync(partialId, InteractionScope.All))!.Incomplete);
        Assert.False((await s.GetInteractionAsync(whole, InteractionScope.All))!.Incomplete);
        var q = new InteractionQuery();
        Assert.Equal(["live-partial"], await ListIdsAsync(s, q with { Incomplete = true }));
        Assert.Equal(["live-whole"], await ListIdsAsync(s, q with { Incomplete = false }));
        Assert.Equal(2, (await ListIdsAsync(s, q)).Length);
        Assert.True((await s.ListInteractionsAsync(q with { Incomplete = true })).Items.Single().Incomplete);

        // storing the same external id again (the complete interaction arrives later) clears the mark
        var completed = Make("live-partial");
        Assert.False((await s.UpsertInteractionAsync(completed)).Created);
        Assert.False((await s.GetInteractionAsync(partialId, InteractionScope.All))!.Incomplete);
        Assert.Empty(await ListIdsAsync(s, q with { Incomplete = true }));
    }

    [SkippableFact]
    public async Task Get_StartedAtWithOffset_IsStoredAsTheSameInstantInUtc()
    {
        var s = await StoreAsync();
        var local = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(-5));
        var id = (await s.UpsertInteractionAsync(Make("ext-1", startedAt: local))).Id;
        var stored = await s.GetInteractionAsync(id, InteractionScope.All);
        Assert.Equal(local, stored!.StartedAt);
        Assert.Equal(TimeSpan.Zero, stored.StartedAt.Offset);
    }

    [SkippableFact]
    public async Task Get_OutsideScope_ReturnsNull()
    {
        var s = await StoreAsync();
        var mine = (await s.UpsertInteractionAsync(Make("a", advisor: "adv-1", team: "team-a"))).Id;
        var colleague = (await s.UpsertInteractionAsync(Make("b", advisor: "adv-2", team: "team-a"))).Id;
        var otherTeam = (await s.UpsertInteractionAsync(Make("c", advisor: "adv-3", team: "team-b"))).Id;

        Assert.NotNull(await s.GetInteractionAsync(mine, AdvisorScope("adv-1")));
        Assert.Null(await s.GetInteractionAsync(colleague, AdvisorScope("adv-1")));
        Assert.NotNull(await s.GetInteractionAsync(colleague, TeamScope("team-a")));
        Assert.Null(await s.GetInteractionAsync(otherTeam, TeamScope("team-a")));
        Assert.Null(await s.GetInteractionAsync(mine, InteractionScope.Nothing));
        Assert.NotNull(await s.GetInteractionAsync(otherTeam, InteractionScope.All));
        Assert.Null(await s.GetInteractionAsync(otherTeam + 1000, InteractionScope.All));
    }

    [SkippableFact]
    public async Task ScopeAllows_AgreesWithTheStoresOwnFilter()
    {
        var s = await StoreAsync();
        var records = new[] { Make("a", advisor: "adv-1", team: "team-a"), Make("b", advisor: "adv-2", team: "team-a"), Make("c", advisor: "adv-3", team: "team-b"), Make("d", advisor: null, team: null) };
        InteractionScope[] scopes = [InteractionScope.All, InteractionScope.Nothing, AdvisorScope("adv-1"), AdvisorScope("adv-3"), TeamScope("team-a"), TeamScope("team-b")];
        foreach (var r in records)
        {
            var id = (await s.UpsertInteractionAsync(r)).Id;
            foreach (var scope in scopes)
            {
                Assert.Equal(await s.GetInteractionAsync(id, scope) is not null, scope.Allows(r.AdvisorId, r.TeamId));
            }
        }
    }

    [SkippableFact]
    public async Task Count_WithScope_CountsOnlyVisible()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("a", advisor: "adv-1", team: "team-a"));
        await s.UpsertInteractionAsync(Make("b", advisor: "adv-2", team: "team-a"));
        await s.UpsertInteractionAsync(Make("c", advisor: "adv-3", team: "team-b"));
        Assert.Equal(3, await s.CountInteractionsAsync(InteractionScope.All));
        Assert.Equal(2, await s.CountInteractionsAsync(TeamScope("team-a")));
        Assert.Equal(1, await s.CountInteractionsAsync(AdvisorScope("adv-2")));
        Assert.Equal(0, await s.CountInteractionsAsync(InteractionScope.Nothing));
    }

    /// <summary>Six interactions that differ in one property each from a baseline (external ids name the difference).</summary>
    private static async Task SeedVariedAsync(IAttuneStore s)
    {
        await s.UpsertInteractionAsync(Make("base", transcript: "Customer: my parcel is late\nAdvisor: sorry"));
        await s.UpsertInteractionAsync(Make("advisor2", advisor: "adv-2"));
        await s.UpsertInteractionAsync(Make("teamb", advisor: "adv-3", team: "team-b"));
        await s.UpsertInteractionAsync(Make("later", startedAt: Day0.AddDays(3)));
        await s.UpsertInteractionAsync(Make("voice", channel: "voice", score: 20));
        await s.UpsertInteractionAsync(Make("angry", journey: "angry→calm", distressed: true, score: 55,
            signals: [new("customer.anger", 2)], transcript: "Customer: the refund is late again\nAdvisor: I hear you"));
    }

    private static async Task<string[]> ListIdsAsync(IAttuneStore s, InteractionQuery query) =>
        [.. (await s.ListInteractionsAsync(query with { PageSize = 100 })).Items.Select(i => i.ExternalId!).Order(StringComparer.Ordinal)];

    [SkippableFact]
    public async Task List_EachFilterAlone_SelectsExactlyTheMatching()
    {
        var s = await StoreAsync();
        await SeedVariedAsync(s);
        var q = new InteractionQuery();

        Assert.Equal(["advisor2"], await ListIdsAsync(s, q with { AdvisorId = "adv-2" }));
        Assert.Equal(["teamb"], await ListIdsAsync(s, q with { TeamId = "team-b" }));
        Assert.Equal(["later"], await ListIdsAsync(s, q with { From = Day0.AddDays(1) }));
        Assert.Equal(["advisor2", "angry", "base", "teamb", "voice"], await ListIdsAsync(s, q with { To = Day0.AddDays(3) }));
        Assert.Equal(["voice"], await ListIdsAsync(s, q with { Channel = "voice" }));
        Assert.Equal(["angry", "voice"], await ListIdsAsync(s, q with { MaxScore = 55 }));
        Assert.Equal(["advisor2", "angry", "base", "later", "teamb"], await ListIdsAsync(s, q with { MinScore = 55 }));
        Assert.Equal(["angry"], await ListIdsAsync(s, q with { Journey = "angry→calm" }));
        Assert.Equal(["angry"], await ListIdsAsync(s, q with { Signal = "customer.anger" }));
        Assert.Equal(["angry"], await ListIdsAsync(s, q with { Distressed = true }));
        Assert.Equal(5, (await ListIdsAsync(s, q with { Distressed = false })).Length);
        Assert.Equal(["angry", "base"], await ListIdsAsync(s, q with { Text = "late" }));
        Assert.Empty(await ListIdsAsync(s, q with { Signal = "no.such.signal" }));
    }

    [SkippableFact]
    public async Task List_FiltersCombined_AllMustHold()
    {
        var s = await StoreAsync();
        await SeedVariedAsync(s);
        var q = new InteractionQuery { TeamId = "team-a", MaxScore = 60, Channel = "chat" };
        Assert.Equal(["angry"], await ListIdsAsync(s, q));
        Assert.Empty(await ListIdsAsync(s, q with { Text = "parcel" }));
        Assert.Equal(["angry"], await ListIdsAsync(s, q with { Text = "refund late", Distressed = true, From = Day0, To = Day0.AddDays(1) }));
    }

    [SkippableFact]
    public async Task List_Scope_AppliesWithEveryFilter()
    {
        var s = await StoreAsync();
        await SeedVariedAsync(s);
        Assert.Equal(["advisor2"], await ListIdsAsync(s, new InteractionQuery { Scope = AdvisorScope("adv-2") }));
        // An advisor asking for a colleague's interactions gets none: the scope is not overridden by a filter.
        Assert.Empty(await ListIdsAsync(s, new InteractionQuery { Scope = AdvisorScope("adv-2"), AdvisorId = "adv-1" }));
        Assert.Empty(await ListIdsAsync(s, new InteractionQuery { Scope = TeamScope("team-a"), TeamId = "team-b" }));
        Assert.Equal(5, (await ListIdsAsync(s, new InteractionQuery { Scope = TeamScope("team-a") })).Length);
        Assert.Empty(await ListIdsAsync(s, new InteractionQuery { Scope = InteractionScope.Nothing }));
    }

    [SkippableFact]
    public async Task List_FullTextSearch_NeedsEveryWordAndFollowsUpdates()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("a", transcript: "Customer: I want a REFUND for the broken kettle"));
        await s.UpsertInteractionAsync(Make("b", transcript: "Customer: where is my refund?"));
        await s.UpsertInteractionAsync(Make("c", transcript: "Customer: the kettle is fine"));
        var q = new InteractionQuery();

        Assert.Equal(["a", "b"], await ListIdsAsync(s, q with { Text = "refund" }));
        Assert.Equal(["a"], await ListIdsAsync(s, q with { Text = "Refund kettle" }));
        Assert.Empty(await ListIdsAsync(s, q with { Text = "refund toaster" }));
        // Query syntax typed into the box is just words, never an error.
        Assert.Equal(["a"], await ListIdsAsync(s, q with { Text = "\"kettle\" -(refund*" }));
        // Only punctuation: no words, no text filter.
        Assert.Equal(3, (await ListIdsAsync(s, q with { Text = "?!" })).Length);

        await s.UpsertInteractionAsync(Make("b", transcript: "Customer: where is my toaster?"));
        Assert.Equal(["a"], await ListIdsAsync(s, q with { Text = "refund" }));
        Assert.Equal(["b"], await ListIdsAsync(s, q with { Text = "toaster" }));
    }

    [SkippableFact]
    public async Task List_PagingAndSorting_AreStableAndCounted()
    {
        var s = await StoreAsync();
        for (var i = 0; i < 7; i++)
        {
            await s.UpsertInteractionAsync(Make($"i{i}", startedAt: Day0.AddHours(i), score: i == 3 ? null : 10 * i));
        }

        var first = await s.ListInteractionsAsync(new InteractionQuery { PageSize = 3 });
        Assert.Equal(7, first.Total);
        Assert.Equal(3, first.Pages);
        Assert.Equal(["i6", "i5", "i4"], first.Items.Select(i => i.ExternalId));
        var last = await s.ListInteractionsAsync(new InteractionQuery { PageSize = 3, Page = 3 });
        Assert.Equal(["i0"], last.Items.Select(i => i.ExternalId));
        Assert.Empty((await s.ListInteractionsAsync(new InteractionQuery { PageSize = 3, Page = 4 })).Items);

        var oldest = await s.ListInteractionsAsync(new InteractionQuery { Sort = "oldest", PageSize = 2 });
        Assert.Equal(["i0", "i1"], oldest.Items.Select(i => i.ExternalId));
        // Interactions without a score come last in both directions.
        var byScore = await s.ListInteractionsAsync(new InteractionQuery { Sort = "score" });
        Assert.Equal(["i0", "i1", "i2", "i4", "i5", "i6", "i3"], byScore.Items.Select(i => i.ExternalId));
        var byScoreDesc = await s.ListInteractionsAsync(new InteractionQuery { Sort = "-score" });
        Assert.Equal(["i6", "i5", "i4", "i2", "i1", "i0", "i3"], byScoreDesc.Items.Select(i => i.ExternalId));

        var clamped = await s.ListInteractionsAsync(new InteractionQuery { Page = 0, PageSize = 0 });
        Assert.Equal((1, 1, 7L), (clamped.PageNumber, clamped.PageSize, clamped.Total));
        Assert.Equal(["i6"], clamped.Items.Select(i => i.ExternalId));

        await Assert.ThrowsAsync<ArgumentException>(() => s.ListInteractionsAsync(new InteractionQuery { Sort = "score; DROP TABLE interactions" }));
        Assert.Equal(7, await s.CountInteractionsAsync(InteractionScope.All));
    }

    [SkippableFact]
    public async Task List_Summary_CarriesTheListColumns()
    {
        var s = await StoreAsync();
        var record = Make("ext-1", journey: "anxious→calm", distressed: true, channel: "voice");
        record.AudioPath = "x.wav";
        record.AutoFailed = true;
        await s.UpsertInteractionAsync(record);
        await s.UpsertInteractionAsync(Make("ext-2", startedAt: Day0));

        var items = (await s.ListInteractionsAsync(new InteractionQuery())).Items;
        var row = items[0];
        Assert.Equal("ext-1", row.ExternalId);
        Assert.Equal("adv-1", row.AdvisorId);
        Assert.Equal("Name of adv-1", row.AdvisorName);
        Assert.Equal("team-a", row.TeamId);
        Assert.Equal("voice", row.Channel);
        Assert.Equal(Day0.AddHours(9), row.StartedAt);
        Assert.Equal(120, row.DurationSeconds);
        Assert.Equal(80, row.Score);
        Assert.True(row.AutoFailed);
        Assert.Equal(10, row.Sentiment);
        Assert.Equal("anxious→calm", row.Journey);
        Assert.True(row.Distressed);
        Assert.True(row.HasAudio);
        Assert.False(items[1].HasAudio);
        Assert.False(items[1].Distressed);
    }

    // ---- aggregates ----

    [SkippableFact]
    public async Task PeriodStats_DailyAndWeekly_BucketByUtcDayAndMondayWeek()
    {
        var s = await StoreAsync();
        // Day0 is Monday 2 March 2026.
        await s.UpsertInteractionAsync(Make("a", startedAt: Day0.AddHours(1), score: 60, sentiment: -20, distressed: true));
        await s.UpsertInteractionAsync(Make("b", startedAt: Day0.AddHours(23), score: 80, sentiment: 0));
        await s.UpsertInteractionAsync(Make("c", startedAt: Day0.AddDays(6).AddHours(12), score: null, sentiment: 40)); // Sunday
        await s.UpsertInteractionAsync(Make("d", startedAt: Day0.AddDays(7), score: 100, sentiment: null)); // next Monday

        var daily = await s.GetPeriodStatsAsync(new StatsQuery(), weekly: false);
        Assert.Equal([Day0, Day0.AddDays(6), Day0.AddDays(7)], daily.Select(p => p.Period));
        Assert.Equal(2, daily[0].Interactions);
        Assert.Equal(70, daily[0].AverageScore);
        Assert.Equal(-10, daily[0].AverageSentiment);
        Assert.Equal(1, daily[0].Distressed);
        Assert.Null(daily[1].AverageScore);
        Assert.Null(daily[2].AverageSentiment);

        var weekly = await s.GetPeriodStatsAsync(new StatsQuery(), weekly: true);
        Assert.Equal([Day0, Day0.AddDays(7)], weekly.Select(p => p.Period));
        Assert.Equal(3, weekly[0].Interactions);
        Assert.Equal(70, weekly[0].AverageScore);
        Assert.Equal(1, weekly[1].Interactions);

        var ranged = await s.GetPeriodStatsAsync(new StatsQuery { From = Day0.AddDays(1), To = Day0.AddDays(7) }, weekly: false);
        Assert.Equal([Day0.AddDays(6)], ranged.Select(p => p.Period));
    }

    [SkippableFact]
    public async Task SignalTotals_CountFindingsAndInteractionsWithinScope()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("a", advisor: "adv-1", signals: [new("empathy.statement", 3), new("customer.anger", 1)]));
        await s.UpsertInteractionAsync(Make("b", advisor: "adv-1", signals: [new("empathy.statement", 1)]));
        await s.UpsertInteractionAsync(Make("c", advisor: "adv-2", team: "team-b", signals: [new("empathy.statement", 5)]));

        Assert.Equal(
            [new SignalTotal("empathy.statement", 9, 3), new SignalTotal("customer.anger", 1, 1)],
            await s.GetSignalTotalsAsync(new StatsQuery()));
        Assert.Equal(
            [new SignalTotal("empathy.statement", 4, 2), new SignalTotal("customer.anger", 1, 1)],
            await s.GetSignalTotalsAsync(new StatsQuery { Scope = TeamScope("team-a") }));
        Assert.Equal(
            [new SignalTotal("empathy.statement", 5, 1)],
            await s.GetSignalTotalsAsync(new StatsQuery { AdvisorId = "adv-2" }));
        Assert.Empty(await s.GetSignalTotalsAsync(new StatsQuery { From = Day0.AddDays(1) }));
        Assert.Equal(
            [new SignalTotal("empathy.statement", 9, 3), new SignalTotal("customer.anger", 1, 1)],
            await s.GetSignalTotalsAsync(new StatsQuery { From = Day0, To = Day0.AddDays(1) }));
        // Moving an interaction out of the range moves its signals with it.
        await s.UpsertInteractionAsync(Make("c", advisor: "adv-2", team: "team-b", startedAt: Day0.AddDays(2), signals: [new("empathy.statement", 5)]));
        Assert.Equal(
            [new SignalTotal("empathy.statement", 4, 2), new SignalTotal("customer.anger", 1, 1)],
            await s.GetSignalTotalsAsync(new StatsQuery { From = Day0, To = Day0.AddDays(1) }));
    }

    [SkippableFact]
    public async Task CriterionTotals_OverrideReplacesTheAutomaticOutcome()
    {
        var s = await StoreAsync();
        var a = (await s.UpsertInteractionAsync(Make("a", criteria: [Criterion("empathy", "failed"), Criterion("ownership", "passed")]))).Id;
        await s.UpsertInteractionAsync(Make("b", criteria: [Criterion("empathy", "passed"), Criterion("ownership", "not_applicable")]));
        await s.UpsertInteractionAsync(Make("c", advisor: "adv-2", team: "team-b", criteria: [Criterion("empathy", "failed")]));

        Assert.Equal(
            [new CriterionTotal("empathy", "Criterion empathy", 1, 2, 0), new CriterionTotal("ownership", "Criterion ownership", 1, 0, 1)],
            await s.GetCriterionTotalsAsync(new StatsQuery()));

        await s.SetOverrideAsync(new CriterionOverride { InteractionId = a, CriterionId = "empathy", Outcome = "passed", Comment = "acknowledged feelings", UserId = "qa-1" });
        Assert.Equal(
            [new CriterionTotal("empathy", "Criterion empathy", 2, 1, 0), new CriterionTotal("ownership", "Criterion ownership", 1, 0, 1)],
            await s.GetCriterionTotalsAsync(new StatsQuery()));
        Assert.Equal(
            [new CriterionTotal("empathy", "Criterion empathy", 2, 0, 0), new CriterionTotal("ownership", "Criterion ownership", 1, 0, 1)],
            await s.GetCriterionTotalsAsync(new StatsQuery { Scope = AdvisorScope("adv-1") }));

        // A time range counts the overrides of the interactions inside it only.
        var later = (await s.UpsertInteractionAsync(Make("d", startedAt: Day0.AddDays(2), criteria: [Criterion("empathy", "passed")]))).Id;
        await s.SetOverrideAsync(new CriterionOverride { InteractionId = later, CriterionId = "empathy", Outcome = "failed", UserId = "qa-1" });
        var firstDay = new StatsQuery { From = Day0, To = Day0.AddDays(1) };
        Assert.Equal(
            [new CriterionTotal("empathy", "Criterion empathy", 2, 1, 0), new CriterionTotal("ownership", "Criterion ownership", 1, 0, 1)],
            await s.GetCriterionTotalsAsync(firstDay));
        Assert.Equal([new CriterionTotal("empathy", "Criterion empathy", 0, 1, 0)], await s.GetCriterionTotalsAsync(new StatsQuery { From = Day0.AddDays(1) }));
        Assert.Equal([new CriterionTotal("empathy", "Criterion empathy", 0, 1, 0)], await s.GetCriterionTotalsAsync(new StatsQuery { TeamId = "team-b" }));

        Assert.True(await s.RemoveOverrideAsync(a, "empathy"));
        Assert.False(await s.RemoveOverrideAsync(a, "empathy"));
        Assert.Equal(1, (await s.GetCriterionTotalsAsync(firstDay))[0].Passed);
    }

    [SkippableFact]
    public async Task CriterionTotalsByAdvisor_SameAsOneQueryPerAdvisor_OverridesIncluded()
    {
        var s = await StoreAsync();
        var a = (await s.UpsertInteractionAsync(Make("a", criteria: [Criterion("empathy", "failed"), Criterion("ownership", "passed")]))).Id;
        await s.UpsertInteractionAsync(Make("b", criteria: [Criterion("empathy", "passed"), Criterion("ownership", "not_applicable")]));
        await s.UpsertInteractionAsync(Make("c", advisor: "adv-2", criteria: [Criterion("empathy", "failed")]));
        await s.UpsertInteractionAsync(Make("d", advisor: "adv-3", team: "team-b", criteria: [Criterion("empathy", "passed")]));
        await s.SetOverrideAsync(new CriterionOverride { InteractionId = a, CriterionId = "empathy", Outcome = "passed", Comment = "c", UserId = "qa-1" });

        var byAdvisor = await s.GetCriterionTotalsByAdvisorAsync(new StatsQuery { TeamId = "team-a" });
        Assert.Equal(["adv-1", "adv-2"], byAdvisor.Keys.Order(StringComparer.Ordinal));
        foreach (var (advisor, totals) in byAdvisor)
        {
            Assert.Equal(await s.GetCriterionTotalsAsync(new StatsQuery { AdvisorId = advisor }), totals);
        }

        Assert.Empty(await s.GetCriterionTotalsByAdvisorAsync(new StatsQuery { Scope = InteractionScope.Nothing }));
    }

    [SkippableFact]
    public async Task CriterionTotals_RenamedCriterion_KeepsTheNameMostEvaluationsCarry()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("a", criteria: [new CriterionResult("empathy", "Empathy", "passed", null, 1)]));
        await s.UpsertInteractionAsync(Make("b", criteria: [new CriterionResult("empathy", "Shows empathy", "failed", null, 1)]));
        await s.UpsertInteractionAsync(Make("c", criteria: [new CriterionResult("empathy", "Shows empathy", "passed", null, 1)]));
        Assert.Equal([new CriterionTotal("empathy", "Shows empathy", 2, 1, 0)], await s.GetCriterionTotalsAsync(new StatsQuery()));
        Assert.Equal([new CriterionTotal("empathy", "Shows empathy", 2, 1, 0)], await s.GetCriterionTotalsAsync(new StatsQuery { TeamId = "team-a" }));
    }

    [SkippableFact]
    public async Task AdvisorTotals_VolumeScoreAndDifficultyPerAdvisor()
    {
        var s = await StoreAsync();
        await s.UpsertInteractionAsync(Make("a", advisor: "adv-1", score: 60, distressed: true));
        await s.UpsertInteractionAsync(Make("b", advisor: "adv-1", score: 80));
        await s.UpsertInteractionAsync(Make("c", advisor: "adv-2", team: "team-b", score: 90, distressed: true));
        await s.UpsertInteractionAsync(Make("d", advisor: null, score: 10));

        Assert.Equal(
            [new AdvisorTotal("adv-1", "Name of adv-1", "team-a", 2, 70, 1), new AdvisorTotal("adv-2", "Name of adv-2", "team-b", 1, 90, 1)],
            await s.GetAdvisorTotalsAsync(new StatsQuery()));
        Assert.Equal(
            [new AdvisorTotal("adv-2", "Name of adv-2", "team-b", 1, 90, 1)],
            await s.GetAdvisorTotalsAsync(new StatsQuery { TeamId = "team-b" }));
        Assert.Empty(await s.GetAdvisorTotalsAsync(new StatsQuery { Scope = InteractionScope.Nothing }));
    }

    // ---- QA review ----

    [SkippableFact]
    public async Task Overrides_SetTwiceKeepsTheLatestAndRejectsUnknownOutcomes()
    {
        var s = await StoreAsync();
        var id = (await s.UpsertInteractionAsync(Make("a", criteria: [Criterion("empathy", "failed")]))).Id;
        var at = Day0.AddDays(1);
        await s.SetOverrideAsync(new CriterionOverride { InteractionId = id, CriterionId = "empathy", Outcome = "passed", Comment = "first", UserId = "qa-1", At = at });
        await s.SetOverrideAsync(new CriterionOverride { InteractionId = id, CriterionId = "empathy", Outcome = "not_applicable", Comment = "second", UserId = "qa-2", At = at.AddHours(1) });

        var stored = Assert.Single(await s.GetOverridesAsync(id));
        Assert.Equal(("empathy", "not_applicable", "second", "qa-2", at.AddHours(1)), (stored.CriterionId, stored.Outcome, stored.Comment, stored.UserId, stored.At));
        Assert.Equal(id, stored.InteractionId);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            s.SetOverrideAsync(new CriterionOverride { InteractionId = id, CriterionId = "empathy", Outcome = "great", UserId = "qa-1" }));
    }

    [SkippableFact]
    public async Task Disputes_OpenResolveOnce_AndQueueFollowsScope()
    {
        var s = await StoreAsync();
        var mine = (await s.UpsertInteractionAsync(Make("a", advisor: "adv-1"))).Id;
        var other = (await s.UpsertInteractionAsync(Make("b", advisor: "adv-2", team: "team-b"))).Id;
        var d1 = await s.AddDisputeAsync(new Dispute { InteractionId = mine, CriterionId = "empathy", AdvisorUserId = "u-1", Comment = "I did empathise", CreatedAt = Day0 });
        Clock.Advance(TimeSpan.FromMinutes(1));
        var ack = await s.AddDisputeAsync(new Dispute { InteractionId = mine, CriterionId = "ownership", AdvisorUserId = "u-1", Status = "acknowledged" });
        var d2 = await s.AddDisputeAsync(new Dispute { InteractionId = other, CriterionId = "empathy", AdvisorUserId = "u-2", Comment = "no", CreatedAt = Day0.AddHours(1) });
        Assert.True(d1.Id > 0 && ack.Id > 0 && d2.Id > 0);

        Assert.Equal([d1.Id, d2.Id], (await s.GetOpenDisputesAsync(InteractionScope.All, 10)).Select(d => d.Id));
        Assert.Equal([d1.Id], (await s.GetOpenDisputesAsync(AdvisorScope("adv-1"), 10)).Select(d => d.Id));
        Assert.Equal([d2.Id], (await s.GetOpenDisputesAsync(TeamScope("team-b"), 10)).Select(d => d.Id));
        Assert.Single(await s.GetOpenDisputesAsync(InteractionScope.All, 1));

        Assert.True(await s.ResolveDisputeAsync(d1.Id, "upheld", "qa-1", "fair point", Day0.AddDays(1)));
        Assert.False(await s.ResolveDisputeAsync(d1.Id, "rejected", "qa-2", "changed my mind", Day0.AddDays(2)));
        Assert.False(await s.ResolveDisputeAsync(ack.Id, "rejected", "qa-2", "not open", Day0.AddDays(2)));
        Assert.False(await s.ResolveDisputeAsync(999_999, "rejected", "qa-2", "missing", Day0.AddDays(2)));
        await Assert.ThrowsAsync<ArgumentException>(() => s.ResolveDisputeAsync(d2.Id, "open", "qa-1", "", Day0));

        var disputes = await s.GetDisputesAsync(mine);
        Assert.Equal([d1.Id, ack.Id], disputes.Select(d => d.Id));
        var resolved = disputes[0];
        Assert.Equal(("upheld", "qa-1", "fair point", (DateTimeOffset?)Day0.AddDays(1)), (resolved.Status, resolved.ResolvedBy, resolved.Resolution, resolved.ResolvedAt));
        Assert.Equal(("empathy", "u-1", "I did empathise", Day0), (resolved.CriterionId, resolved.AdvisorUserId, resolved.Comment, resolved.CreatedAt));
        Assert.Equal("acknowledged", disputes[1].Status);
        Assert.Null(disputes[1].ResolvedAt);
        Assert.Equal(Clock.Now, disputes[1].CreatedAt);
        Assert.Equal([d2.Id], (await s.GetOpenDisputesAsync(InteractionScope.All, 10)).Select(d => d.Id));
    }

    [SkippableFact]
    public async Task Calibration_EachEvaluatorKeepsOneOutcomePerCriterion()
    {
        var s = await StoreAsync();
        var id = (await s.UpsertInteractionAsync(Make("a"))).Id;
        await s.SetCalibrationScoreAsync(new CalibrationScore { InteractionId = id, UserId = "qa-1", CriterionId = "empathy", Outcome = "passed", At = Day0 });
        await s.SetCalibrationScoreAsync(new CalibrationScore { InteractionId = id, UserId = "qa-2", CriterionId = "empathy", Outcome = "failed", Comment = "generic" });
        await s.SetCalibrationScoreAsync(new CalibrationScore { InteractionId = id, UserId = "qa-1", CriterionId = "empathy", Outcome = "not_applicable", Comment = "rethought" });
        await s.SetCalibrationScoreAsync(new CalibrationScore { InteractionId = id, UserId = "qa-1", CriterionId = "clarity", Outcome = "passed" });

        var scores = await s.GetCalibrationScoresAsync(id);
        Assert.Equal(
            [("clarity", "qa-1", "passed"), ("empathy", "qa-1", "not_applicable"), ("empathy", "qa-2", "failed")],
            scores.Select(c => (c.CriterionId, c.UserId, c.Outcome)));
        Assert.Equal("rethought", scores[1].Comment);
        Assert.Equal(Clock.Now, scores[1].At);
        Assert.Empty(await s.GetCalibrationScoresAsync(id + 1));
    }

    // ---- coaching and exemplars ----

    [SkippableFact]
    public async Task CoachingNotes_PerAdvisorNewestFirst()
    {
        var s = await StoreAsync();
        var id = (await s.UpsertInteractionAsync(Make("a"))).Id;
        var n1 = await s.AddCoachingNoteAsync(new CoachingNote { AdvisorId = "adv-1", AuthorUserId = "tl-1", Text = "Name the feeling", At = Day0 });
        var n2 = await s.AddCoachingNoteAsync(new CoachingNote { AdvisorId = "adv-1", AuthorUserId = "tl-1", Text = "Good recovery", InteractionId = id, At = Day0.AddDays(1) });
        await s.AddCoachingNoteAsync(new CoachingNote { AdvisorId = "adv-2", AuthorUserId = "tl-1", Text = "other" });

        var notes = await s.GetCoachingNotesAsync("adv-1");
        Assert.Equal([n2.Id, n1.Id], notes.Select(n => n.Id));
        Assert.Equal(("adv-1", "tl-1", "Good recovery", (long?)id, Day0.AddDays(1)), (notes[0].AdvisorId, notes[0].AuthorUserId, notes[0].Text, notes[0].InteractionId, notes[0].At));
        Assert.Null(notes[1].InteractionId);
        Assert.Empty(await s.GetCoachingNotesAsync("adv-9"));
    }

    [SkippableFact]
    public async Task Exemplars_PinFilterByJourneyAndUnpin()
    {
        var s = await StoreAsync();
        var id = (await s.UpsertInteractionAsync(Make("a"))).Id;
        var moment = await s.PinExemplarAsync(new ExemplarPin { InteractionId = id, Turn = 4, Journey = "angry→calm", Signal = "empathy.statement", Note = "textbook", PinnedBy = "qa-1", At = Day0 });
        var whole = await s.PinExemplarAsync(new ExemplarPin { InteractionId = id, Journey = "anxious→reassured", PinnedBy = "qa-1", At = Day0.AddDays(1) });

        Assert.Equal([whole.Id, moment.Id], (await s.GetExemplarPinsAsync(null)).Select(p => p.Id));
        var angry = Assert.Single(await s.GetExemplarPinsAsync("angry→calm"));
        Assert.Equal((id, (int?)4, "empathy.statement", "textbook", "qa-1", Day0), (angry.InteractionId, angry.Turn, angry.Signal, angry.Note, angry.PinnedBy, angry.At));
        Assert.Null((await s.GetExemplarPinsAsync("anxious→reassured"))[0].Turn);

        Assert.True(await s.UnpinExemplarAsync(moment.Id));
        Assert.False(await s.UnpinExemplarAsync(moment.Id));
        Assert.Equal([whole.Id], (await s.GetExemplarPinsAsync(null)).Select(p => p.Id));
    }

    // ---- people and access ----

    [SkippableFact]
    public async Task Users_NamesAreUniqueAndCaseInsensitive()
    {
        var s = await StoreAsync();
        var user = new UserAccount { Id = "u-1", UserName = "Alice", DisplayName = "Alice A", PasswordHash = "hash", Role = Role.TeamLeader, TeamId = "team-a", AdvisorId = "adv-1", CreatedAt = Day0 };
        await s.SaveUserAsync(user);

        var found = await s.FindUserByNameAsync("ALICE");
        Assert.NotNull(found);
        Assert.Equal(("u-1", "alice", "Alice A", "hash", Role.TeamLeader, "team-a", "adv-1", false, Day0),
            (found.Id, found.UserName, found.DisplayName, found.PasswordHash, found.Role, found.TeamId, found.AdvisorId, found.Disabled, found.CreatedAt));
        Assert.Null(await s.FindUserByNameAsync("bob"));

        await Assert.ThrowsAsync<StoreConflictException>(() =>
            s.SaveUserAsync(new UserAccount { Id = "u-2", UserName = "aLiCe", DisplayName = "Impostor", PasswordHash = "x" }));

        user.Role = Role.Admin;
        user.Disabled = true;
        user.DisplayName = "Alice B";
        await s.SaveUserAsync(user);
        await s.SaveUserAsync(new UserAccount { Id = "u-0", UserName = "bob", DisplayName = "Bob", PasswordHash = "y", Role = Role.Advisor });
        var updated = await s.GetUserAsync("u-1");
        Assert.Equal((Role.Admin, true, "Alice B", Day0), (updated!.Role, updated.Disabled, updated.DisplayName, updated.CreatedAt));
        Assert.Null(await s.GetUserAsync("u-9"));
        Assert.Equal(["alice", "bob"], (await s.ListUsersAsync()).Select(u => u.UserName));
    }

    [SkippableFact]
    public async Task Teams_SaveUpdatesByIdAndListsByName()
    {
        var s = await StoreAsync();
        await s.SaveTeamAsync(new Team { Id = "t-2", Name = "Billing" });
        await s.SaveTeamAsync(new Team { Id = "t-1", Name = "Returns" });
        await s.SaveTeamAsync(new Team { Id = "t-1", Name = "Accounts" });
        Assert.Equal([("t-1", "Accounts"), ("t-2", "Billing")], (await s.ListTeamsAsync()).Select(t => (t.Id, t.Name)));
    }

    [SkippableFact]
    public async Task ApiKeys_FoundByHashUntilRevoked()
    {
        var s = await StoreAsync();
        Assert.Equal(0, await s.CountApiKeysAsync());
        var key = new ApiKeyRecord { Id = "k-1", Name = "ingest", SecretHash = "ab12", Role = Role.Admin, CreatedBy = "bootstrap", CreatedAt = Day0 };
        await s.SaveApiKeyAsync(key);
        await s.SaveApiKeyAsync(new ApiKeyRecord { Id = "k-2", Name = "reader", SecretHash = "cd34", Role = Role.QaAnalyst });

        var found = await s.FindApiKeyAsync("ab12");
        Assert.NotNull(found);
        Assert.Equal(("k-1", "ingest", Role.Admin, "bootstrap", Day0, false), (found.Id, found.Name, found.Role, found.CreatedBy, found.CreatedAt, found.Revoked));
        Assert.Null(await s.FindApiKeyAsync("ffff"));

        key.Revoked = true;
        await s.SaveApiKeyAsync(key);
        Assert.Null(await s.FindApiKeyAsync("ab12"));
        Assert.NotNull(await s.FindApiKeyAsync("cd34"));
        Assert.Equal(2, await s.CountApiKeysAsync());
        var listed = await s.ListApiKeysAsync();
        Assert.Equal([("k-1", true), ("k-2", false)], listed.Select(k => (k.Id, k.Revoked)));
    }

    // ---- audit ----

    [SkippableFact]
    public async Task Audit_NewestFirstPerInteractionWithLimit()
    {
        var s = await StoreAsync();
        await s.AuditAsync(new AuditEntry { Actor = "u-1", Action = "view", InteractionId = 7, Detail = "opened", At = Day0 });
        await s.AuditAsync(new AuditEntry { Actor = "u-2", Action = "override", InteractionId = 7, Detail = "empathy → passed" });
        await s.AuditAsync(new AuditEntry { Actor = "apikey:k-1", Action = "user.create", Detail = "bob" });

        var all = await s.GetAuditAsync(null, 10);
        Assert.Equal(["user.create", "override", "view"], all.Select(a => a.Action));
        Assert.Null(all[0].InteractionId);
        Assert.Equal(("u-1", (long?)7, "opened", Day0), (all[2].Actor, all[2].InteractionId, all[2].Detail, all[2].At));
        Assert.Equal(Clock.Now, all[1].At);
        Assert.Equal(["override", "view"], (await s.GetAuditAsync(7, 10)).Select(a => a.Action));
        Assert.Equal(["override"], (await s.GetAuditAsync(7, 1)).Select(a => a.Action));
        Assert.Empty(await s.GetAuditAsync(8, 10));
    }

    // ---- settings ----

    [SkippableFact]
    public async Task Scorecards_ActivatingOneDeactivatesTheOthers()
    {
        var s = await StoreAsync();
        await s.SaveScorecardAsync(new ScorecardRecord { Id = "default", Name = "Default", Yaml = "a: 1", Active = true, UpdatedBy = "admin" });
        await s.SaveScorecardAsync(new ScorecardRecord { Id = "strict", Name = "Strict", Yaml = "b: 2", Active = false, UpdatedAt = Day0 });
        Assert.Equal([("default", true), ("strict", false)], (await s.ListScorecardsAsync()).Select(c => (c.Id, c.Active)));

        await s.SaveScorecardAsync(new ScorecardRecord { Id = "strict", Name = "Strict", Yaml = "b: 3", Active = true, UpdatedAt = Day0.AddDays(1) });
        var cards = await s.ListScorecardsAsync();
        Assert.Equal([("default", false), ("strict", true)], cards.Select(c => (c.Id, c.Active)));
        Assert.Equal(("b: 3", Day0.AddDays(1)), (cards[1].Yaml, cards[1].UpdatedAt));
        Assert.Equal(("Default", "a: 1", "admin", Clock.Now), (cards[0].Name, cards[0].Yaml, cards[0].UpdatedBy, cards[0].UpdatedAt));
    }

    [SkippableFact]
    public async Task Glossary_SetReplacesTheWholeList()
    {
        var s = await StoreAsync();
        Assert.Empty(await s.GetGlossaryAsync());
        await s.SetGlossaryAsync([new GlossaryEntry("MNP", "number transfer", "telecom"), new GlossaryEntry("DD", "direct debit")]);
        Assert.Equal([new GlossaryEntry("DD", "direct debit"), new GlossaryEntry("MNP", "number transfer", "telecom")], await s.GetGlossaryAsync());
        await s.SetGlossaryAsync([new GlossaryEntry("SLA", "promised time")]);
        Assert.Equal([new GlossaryEntry("SLA", "promised time")], await s.GetGlossaryAsync());
        await s.SetGlossaryAsync([]);
        Assert.Empty(await s.GetGlossaryAsync());
    }

    [SkippableFact]
    public async Task Setting_SetThenReplace_ReturnsTheLatestText()
    {
        var s = await StoreAsync();
        Assert.Null(await s.GetSettingAsync("live.alert_rules"));
        await s.SetSettingAsync("live.alert_rules", "rules: []");
        await s.SetSettingAsync("other", "x");
        Assert.Equal("rules: []", await s.GetSettingAsync("live.alert_rules"));
        await s.SetSettingAsync("live.alert_rules", "rules:\n  - id: a\n");
        Assert.Equal("rules:\n  - id: a\n", await s.GetSettingAsync("live.alert_rules"));
        Assert.Equal("x", await s.GetSettingAsync("other"));
    }

    // ---- volume ----

    [SkippableFact]
    public async Task Bulk_TwoThousandInteractions_ListAndAggregatesAreRight()
    {
        var s = await StoreAsync();
        const int N = 2000;
        string[] advisors = ["adv-0", "adv-1", "adv-2", "adv-3", "adv-4"];
        for (var i = 0; i < N; i++)
        {
            var advisor = advisors[i % advisors.Length];
            await s.UpsertInteractionAsync(Make(
                $"bulk-{i}",
                advisor: advisor,
                team: i % advisors.Length < 2 ? "team-a" : "team-b",
                startedAt: Day0.AddMinutes(7 * i), // 2000 × 7 min ≈ 9.7 days
                score: i % 101,
                distressed: i % 10 == 0,
                journey: i % 4 == 0 ? "angry→calm" : null,
                transcript: i % 50 == 0 ? $"Customer: my router {i} keeps failing" : "Customer: thanks",
                signals: i % 3 == 0 ? [new("empathy.statement", 2)] : [new("customer.anger", 1)],
                criteria: [Criterion("empathy", i % 2 == 0 ? "passed" : "failed")]));
        }

        Assert.Equal(N, await s.CountInteractionsAsync(InteractionScope.All));
        var page = await s.ListInteractionsAsync(new InteractionQuery { AdvisorId = "adv-1", Journey = "angry→calm", PageSize = 50, Page = 2 });
        // i ≡ 1 (mod 5) and i ≡ 0 (mod 4): i ≡ 16 (mod 20) → 100 interactions.
        Assert.Equal(100, page.Total);
        Assert.Equal(50, page.Items.Count);
        Assert.All(page.Items, item => Assert.Equal(("adv-1", "angry→calm"), (item.AdvisorId, item.Journey)));
        Assert.Equal(N / 50, (await s.ListInteractionsAsync(new InteractionQuery { Text = "router failing" })).Total);
        Assert.Equal(N / 10, (await s.ListInteractionsAsync(new InteractionQuery { Distressed = true })).Total);

        var signals = await s.GetSignalTotalsAsync(new StatsQuery { Scope = TeamScope("team-a") });
        var teamA = Enumerable.Range(0, N).Where(i => i % 5 < 2).ToList();
        Assert.Equal(
            [new SignalTotal("customer.anger", teamA.Count(i => i % 3 != 0), teamA.Count(i => i % 3 != 0)),
             new SignalTotal("empathy.statement", 2L * teamA.Count(i => i % 3 == 0), teamA.Count(i => i % 3 == 0))],
            signals.OrderBy(t => t.Signal, StringComparer.Ordinal));

        var criteria = Assert.Single(await s.GetCriterionTotalsAsync(new StatsQuery()));
        Assert.Equal((N / 2L, N / 2L, 0L), (criteria.Passed, criteria.Failed, criteria.NotApplicable));

        var advisorTotals = await s.GetAdvisorTotalsAsync(new StatsQuery());
        Assert.Equal(advisors, advisorTotals.Select(a => a.AdvisorId));
        Assert.All(advisorTotals, a => Assert.Equal(N / 5, a.Interactions));
        Assert.Equal(Enumerable.Range(0, N).Where(i => i % 5 == 0).Average(i => i % 101), advisorTotals[0].AverageScore!.Value, 9);
        Assert.Equal(Enumerable.Range(0, N).Count(i => i % 5 == 0 && i % 10 == 0), advisorTotals[0].Distressed);

        var days = await s.GetPeriodStatsAsync(new StatsQuery(), weekly: false);
        Assert.Equal(N, days.Sum(d => d.Interactions));
        Assert.Equal(Enumerable.Range(0, N).Select(i => Day0.AddMinutes(7 * i).Date).Distinct().Count(), days.Count);
    }
}
