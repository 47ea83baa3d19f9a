using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Data;
using Attune.Web.Ingest;
using Microsoft.AspNetCore.Identity;

namespace Attune.Web.Demo;

/// <summary>
/// Seeds a demo database: the teams and one account per role (<see cref="DemoPeople"/>), the sample transcripts and
/// recordings of samples/, and a generated history (<see cref="DemoHistory"/>) — all analysed for real through the
/// <see cref="InteractionIngestor"/>, as the API would. Runs once: a database that already has the demo admin is reused.
/// </summary>
public sealed class DemoSeeder(IAttuneStore store, InteractionIngestor ingestor, BlobStore blobs, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    /// <summary>The id of the live simulation's API key (<see cref="LiveKeyAsync"/>).</summary>
    public const string LiveKeyId = "k-demo-live";

    private static readonly string[] TranscriptExtensions = [".json", ".txt", ".vtt"];

    /// <summary>Whether the demo accounts are already there.</summary>
    public async Task<bool> IsSeededAsync(CancellationToken ct) =>
        await store.FindUserByNameAsync("admin", ct).ConfigureAwait(false) is not null;

    /// <param name="progress">called with (what, done, total) as interactions are stored</param>
    public async Task<DemoSeedResult> SeedAsync(DemoOptions options, Action<string, int, int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (await IsSeededAsync(ct).ConfigureAwait(false))
        {
            return new DemoSeedResult(false, 0, 0, 0, []);
        }

        var now = clock.GetUtcNow();
        foreach (var (id, name) in DemoPeople.Teams)
        {
            await store.SaveTeamAsync(new Team { Id = id, Name = name }, ct).ConfigureAwait(false);
        }

        foreach (var p in DemoPeople.All)
        {
            var user = new UserAccount
            {
                Id = "demo-" + p.UserName,
                UserName = p.UserName,
                DisplayName = p.DisplayName,
                Role = p.Role,
                TeamId = p.TeamId,
                AdvisorId = p.AdvisorId,
                CreatedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, DemoPeople.Password);
            await store.SaveUserAsync(user, ct).ConfigureAwait(false);
        }

        var failures = new List<string>();
        var transcripts = SampleTranscripts(options.SamplesPath);
        var recordings = SampleRecordings(options.SamplesPath);
        var total = transcripts.Count + recordings.Count + options.HistoryCount;
        var done = 0;

        // The samples are re-dated into the last week, so they appear among recent work (their content is unchanged).
        var samples = 0;
        foreach (var path in transcripts)
        {
            var read = ConversationReader.ReadFile(path);
            if (!read.Success)
            {
                failures.Add($"{Path.GetFileName(path)}: {read.Error}");
                continue;
            }

            var c = read.Value;
            var started = c.Metadata.StartedAt ?? now;
            var recent = new DateTimeOffset(now.UtcDateTime.Date.AddDays(-(samples % 7) - 1) + started.UtcDateTime.TimeOfDay, TimeSpan.Zero);
            c = c with { Metadata = c.Metadata with { StartedAt = recent, InteractionId = c.Metadata.InteractionId ?? "sample-" + Path.GetFileNameWithoutExtension(path) } };
            await ingestor.IngestAsync(c, Path.GetFileName(path), ct).ConfigureAwait(false);
            samples++;
            progress?.Invoke(Path.GetFileName(path), ++done, total);
        }

        // The recordings are Sam's calls (the sample transcripts name only "Sam").
        var sam = DemoPeople.All.First(p => p.UserName == "sam");
        var recorded = 0;
        foreach (var (wav, json) in recordings)
        {
            var read = ConversationReader.ReadFile(json);
            if (!read.Success)
            {
                failures.Add($"{Path.GetFileName(json)}: {read.Error}");
                continue;
            }

            var c = read.Value with
            {
                Metadata = read.Value.Metadata with
                {
                    AdvisorId = sam.AdvisorId, AdvisorName = sam.DisplayName, Team = sam.TeamId,
                    StartedAt = now.AddHours(-3 - (24 * recorded)),
                },
            };
            string blob;
            await using (var stream = File.OpenRead(wav))
            {
                blob = await blobs.SaveAsync(stream, ".wav", ct).ConfigureAwait(false);
            }

            var (_, error) = await ingestor.IngestRecordingAsync(blob, c, Path.GetFileName(wav), ct).ConfigureAwait(false);
            if (error is not null)
            {
                blobs.Delete(blob);
                failures.Add($"{Path.GetFileName(wav)}: {error}");
            }
            else
            {
                recorded++;
            }

            progress?.Invoke(Path.GetFileName(wav), ++done, total);
        }

        var generated = 0;
        foreach (var c in DemoHistory.Generate(options.HistoryCount, options.HistoryDays, now, [.. DemoPeople.Advisors], options.Seed))
        {
            await ingestor.IngestAsync(c, c.Source ?? "demo", ct).ConfigureAwait(false);
            generated++;
            progress?.Invoke(c.Source ?? "demo", ++done, total);
        }

        await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = "system", Action = "demo.seed", Detail = $"{samples} samples, {recorded} recordings, {generated} generated" }, ct).ConfigureAwait(false);
        return new DemoSeedResult(true, samples, recorded, generated, failures);
    }

    /// <summary>
    /// The ingest key of the demo's live simulation: a fresh secret on every start (QA analyst role, the least that may
    /// feed live sessions), stored under one id so restarts replace it rather than pile up keys. Shown in Settings → API
    /// keys; revoking it stops the simulation until the next start.
    /// </summary>
    public async Task<string> LiveKeyAsync(CancellationToken ct)
    {
        var secret = "atk_demo_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        await store.SaveApiKeyAsync(new ApiKeyRecord
        {
            Id = LiveKeyId,
            Name = "Demo live simulation (replaced on every ./attune demo start)",
            SecretHash = Security.ApiKeyHandler.Hash(secret),
            Role = Role.QaAnalyst,
            CreatedBy = "system",
            CreatedAt = clock.GetUtcNow(),
        }, ct).ConfigureAwait(false);
        return secret;
    }

    /// <summary>The transcripts directly in samples/ (not the recordings' transcripts in samples/audio).</summary>
    private static List<string> SampleTranscripts(string? samples) =>
        samples is null || !Directory.Exists(samples)
            ? []
            : [.. Directory.EnumerateFiles(samples).Where(f => TranscriptExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];

    /// <summary>samples/audio/NAME.wav with NAME.json beside it.</summary>
    private static List<(string Wav, string Json)> SampleRecordings(string? samples)
    {
        var audio = samples is null ? null : Path.Combine(samples, "audio");
        if (audio is null || !Directory.Exists(audio))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(audio, "*.wav").Order(StringComparer.Ordinal)
            .Select(w => (w, Path.ChangeExtension(w, ".json"))).Where(p => File.Exists(p.Item2))];
    }
}
