using System.Globalization;
using System.Runtime.InteropServices;
using Attune.Analysis;
using Attune.Analysis.Conversations.Importers;
using Attune.Analysis.Reports;
using Attune.Analysis.Scoring;
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
        var batches = Enumerable.Range(0, (count + batchSize - 1) / batchSize)
            .Select(b => (Func<InteractionRecord[]>)(() => Analyse(generator, first + b * batchSize, Math.Min(batchSize, count - b * batchSize), scorecard, options, ct)));
        await WriteAsync(batches, progress, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A large store quickly: the first <paramref name="pool"/> interactions are generated and analysed as in
    /// <see cref="SeedInteractionsAsync"/>; every later index is a copy of a pooled interaction of the same advisor
    /// (<see cref="InteractionGenerator.Header"/>) carrying its own external id and date (columns and the report's
    /// conversation id and startedAt), so rows, advisors, teams and dates are as distinct as fully generated ones while
    /// transcripts repeat among the pool's. Analysis dominates seeding on a shared machine; copying makes 100,000 a
    /// matter of minutes.
    /// </summary>
    public async Task SeedWithPoolAsync(InteractionGenerator generator, int first, int count, int pool, int batchSize = 1000, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(pool, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        pool = Math.Min(pool, count);
        var (scorecard, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        var byAdvisor = new Dictionary<string, List<InteractionRecord>>(StringComparer.Ordinal);
        var batches = new List<Func<InteractionRecord[]>>();
        for (var start = 0; start < pool; start += batchSize)
        {
            var offset = first + start;
            var n = Math.Min(batchSize, pool - start);
            batches.Add(() =>
            {
                var analysed = Analyse(generator, offset, n, scorecard, options, ct);
                foreach (var r in analysed)
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(byAdvisor, r.AdvisorId ?? "", out _) ??= []).Add(r);
                }

                return analysed;
            });
        }

        for (var start = pool; start < count; start += batchSize)
        {
            var offset = first + start;
            var n = Math.Min(batchSize, count - start);
            batches.Add(() =>
            {
                var copies = new InteractionRecord[n];
                for (var k = 0; k < n; k++)
                {
                    var index = offset + k;
                    var (advisor, started) = generator.Header(index);
                    copies[k] = byAdvisor.TryGetValue(advisor, out var same)
                        ? Copy(same[index % same.Count], InteractionGenerator.ExternalId(index), started)
                        : Analyse(generator, index, 1, scorecard, options, ct)[0]; // an advisor the pool missed
                }

                return copies;
            });
        }

        await WriteAsync(batches, progress, ct).ConfigureAwait(false);
    }

    /// <summary>Makes each batch while the previous one is written (analysis on every core, one writer).</summary>
    private async Task WriteAsync(IEnumerable<Func<InteractionRecord[]>> batches, IProgress<int>? progress, CancellationToken ct)
    {
        Task write = Task.CompletedTask;
        var done = 0;
        foreach (var make in batches)
        {
            var batch = make();
            await write.ConfigureAwait(false);
            progress?.Report(done);
            write = store.UpsertInteractionsAsync(batch, ct);
            done += batch.Length;
        }

        await write.ConfigureAwait(false);
        progress?.Report(done);
    }

    private InteractionRecord[] Analyse(InteractionGenerator generator, int offset, int n, Scorecard scorecard, AnalysisOptions options, CancellationToken ct)
    {
        var batch = new InteractionRecord[n];
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
        return batch;
    }

    /// <summary>The record under another external id and start time; the report's conversation id and startedAt follow.</summary>
    internal static InteractionRecord Copy(InteractionRecord source, string externalId, DateTimeOffset startedAt)
    {
        var json = ReplaceFirst(source.AnalysisJson, JsonString("id", source.ExternalId), JsonString("id", externalId));
        json = ReplaceFirst(json, JsonString("startedAt", JsonTime(source.StartedAt)), JsonString("startedAt", JsonTime(startedAt)));
        return new InteractionRecord
        {
            ExternalId = externalId,
            AdvisorId = source.AdvisorId,
            AdvisorName = source.AdvisorName,
            TeamId = source.TeamId,
            CustomerId = source.CustomerId,
            Channel = source.Channel,
            StartedAt = startedAt,
            DurationSeconds = source.DurationSeconds,
            Score = source.Score,
            AutoFailed = source.AutoFailed,
            Sentiment = source.Sentiment,
            SentimentTrend = source.SentimentTrend,
            Journey = source.Journey,
            Distressed = source.Distressed,
            Transcript = source.Transcript,
            AnalysisJson = json,
            CreatedAt = source.CreatedAt,
            UpdatedAt = source.UpdatedAt,
            Signals = source.Signals,
            Criteria = source.Criteria,
        };
    }

    private static string JsonString(string name, string? value) => $"\"{name}\":\"{value}\"";

    /// <summary>As JsonReport writes a conversation's startedAt.</summary>
    private static string JsonTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"The report has no {old}.") : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
