using Attune.Analysis;
using Attune.Analysis.Conversations.Importers;
using Attune.Analysis.Reports;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Ingest;
using Microsoft.AspNetCore.Identity;

namespace Attune.Web.Demo;

/// <summary>
/// Fills a store with <see cref="InteractionGenerator"/> interactions, each analysed exactly as ingestion does (same
/// settings, redaction on, same mapping), written in batches through <see cref="IAttuneStore.UpsertInteractionsAsync"/>:
/// analysis runs on every core while the previous batch is written. Also the roster's teams and sign-in accounts.
/// Idempotent: running it again updates the same external ids.
/// </summary>
public sealed class GeneratedDataSeeder(IAttuneStore store, AnalysisSettings settings, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    /// <summary>The QA analyst account the seed creates (sees everything).</summary>
    public const string AnalystUser = "qa";

    /// <summary>Team leader account of the first team: lead-{team id}.</summary>
    public static string LeaderUser(string teamId) => "lead-" + teamId;

    /// <summary>Advisor account of an advisor id: the advisor id itself.</summary>
    public static string AdvisorUser(string advisorId) => advisorId;

    /// <summary>Teams, a QA analyst, one team leader per team and one advisor account per advisor, all with <paramref name="password"/>.</summary>
    public async Task SeedPeopleAsync(string password, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var now = clock.GetUtcNow();
        foreach (var (id, name) in InteractionGenerator.Teams)
        {
            await store.SaveTeamAsync(new Team { Id = id, Name = name }, ct).ConfigureAwait(false);
        }

        // PBKDF2 is slow on purpose: hash once and reuse it (every account shares the benchmark password anyway).
        var hash = hasher.HashPassword(new UserAccount(), password);
        var users = new List<UserAccount>
        {
            new() { Id = "u-qa", UserName = AnalystUser, DisplayName = "Quinn Analyst", Role = Role.QaAnalyst },
        };
        foreach (var (id, name) in InteractionGenerator.Teams)
        {
            users.Add(new UserAccount { Id = "u-lead-" + id, UserName = LeaderUser(id), DisplayName = name + " lead", Role = Role.TeamLeader, TeamId = id });
        }

        foreach (var (id, name, team) in InteractionGenerator.Advisors)
        {
            users.Add(new UserAccount { Id = "u-" + id, UserName = AdvisorUser(id), DisplayName = name, Role = Role.Advisor, TeamId = team, AdvisorId = id });
        }

        foreach (var user in users)
        {
            user.PasswordHash = hash;
            user.CreatedAt = now;
            await store.SaveUserAsync(user, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Analyses and stores interactions <paramref name="first"/> … first + count - 1 of <paramref name="generator"/>.</summary>
    /// <param name="progress">Receives the number stored so far after every batch.</param>
    public async Task SeedInteractionsAsync(InteractionGenerator generator, int first, int count, int batchSize = 500, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var (scorecard, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        Task write = Task.CompletedTask;
        var done = 0;
        for (var start = 0; start < count; start += batchSize)
        {
            var n = Math.Min(batchSize, count - start);
            var batch = new InteractionRecord[n];
            var offset = first + start;
            Parallel.For(0, n, new ParallelOptions { CancellationToken = ct }, k =>
            {
                var read = ConversationReader.ReadBytes(generator.Generate(offset + k), "generated", new ImportOptions { Format = "json" });
                if (!read.Success)
                {
                    // The generator's output is valid by construction (tests check it); failing loudly beats a silent gap.
                    throw new InvalidOperationException($"Generated interaction {offset + k} did not import: {read.Error}");
                }

                var report = AnalysisReport.Build("generated", Analyzer.Analyze(read.Value, options), scorecard, redacted: true);
                batch[k] = InteractionMapper.ToRecord(report, clock.GetUtcNow());
            });
            await write.ConfigureAwait(false);
            progress?.Report(done);
            write = store.UpsertInteractionsAsync(batch, ct);
            done += n;
        }

        await write.ConfigureAwait(false);
        progress?.Report(done);
    }
}
