using Attune.Storage.Model;

namespace Attune.Storage;

/// <summary>
/// Everything Attune stores, behind one interface with two providers: SQLite (embedded default, one file) and
/// PostgreSQL (scaled out). Both pass the same test suite (tests/Attune.Storage.Tests). Every query that returns
/// interactions or aggregates over them takes the caller's <see cref="InteractionScope"/> and applies it in SQL, so
/// role isolation does not depend on the caller remembering to filter afterwards.
/// </summary>
public interface IAttuneStore
{
    /// <summary>Creates or upgrades the schema (idempotent); run at start.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    // ---- interactions ----

    /// <summary>Inserts, or updates the interaction with the same <see cref="InteractionRecord.ExternalId"/> (never duplicates it).</summary>
    Task<UpsertResult> UpsertInteractionAsync(InteractionRecord interaction, CancellationToken ct = default);

    /// <summary>
    /// <see cref="UpsertInteractionAsync"/> for many interactions in one transaction (all or none): bulk loads and batched
    /// ingestion. Results are in input order; an external id repeated within the batch updates the row inserted earlier in it.
    /// </summary>
    Task<IReadOnlyList<UpsertResult>> UpsertInteractionsAsync(IReadOnlyList<InteractionRecord> interactions, CancellationToken ct = default);

    /// <summary>The interaction with its signals and criteria, or null when it does not exist or is outside <paramref name="scope"/>.</summary>
    Task<InteractionRecord?> GetInteractionAsync(long id, InteractionScope scope, CancellationToken ct = default);

    Task<Page<InteractionSummary>> ListInteractionsAsync(InteractionQuery query, CancellationToken ct = default);

    Task<long> CountInteractionsAsync(InteractionScope scope, CancellationToken ct = default);

    /// <summary>Every team id interactions carry (teams named by transcripts before an admin created them), sorted.</summary>
    Task<IReadOnlyList<string>> GetTeamIdsAsync(CancellationToken ct = default);

    // ---- aggregates (overview, profiles, leaderboard) ----

    /// <summary>Per day (or per week when <paramref name="weekly"/>): volume, average score and sentiment.</summary>
    Task<IReadOnlyList<PeriodStats>> GetPeriodStatsAsync(StatsQuery query, bool weekly, CancellationToken ct = default);

    Task<IReadOnlyList<SignalTotal>> GetSignalTotalsAsync(StatsQuery query, CancellationToken ct = default);

    /// <summary>Criterion outcomes with QA overrides applied.</summary>
    Task<IReadOnlyList<CriterionTotal>> GetCriterionTotalsAsync(StatsQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<AdvisorTotal>> GetAdvisorTotalsAsync(StatsQuery query, CancellationToken ct = default);

    /// <summary>Criterion outcomes per advisor (QA overrides applied), in one pass: the same totals as
    /// <see cref="GetCriterionTotalsAsync"/> with <c>AdvisorId</c> set, for every advisor the query selects.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<CriterionTotal>>> GetCriterionTotalsByAdvisorAsync(StatsQuery query, CancellationToken ct = default);

    // ---- QA review ----

    Task SetOverrideAsync(CriterionOverride value, CancellationToken ct = default);

    Task<bool> RemoveOverrideAsync(long interactionId, string criterionId, CancellationToken ct = default);

    Task<IReadOnlyList<CriterionOverride>> GetOverridesAsync(long interactionId, CancellationToken ct = default);

    Task<Dispute> AddDisputeAsync(Dispute dispute, CancellationToken ct = default);

    /// <summary>Sets a dispute's outcome (upheld or rejected); false when it does not exist or is not open.</summary>
    Task<bool> ResolveDisputeAsync(long disputeId, string status, string resolvedBy, string resolution, DateTimeOffset at, CancellationToken ct = default);

    Task<IReadOnlyList<Dispute>> GetDisputesAsync(long interactionId, CancellationToken ct = default);

    /// <summary>Open disputes the caller can see, oldest first (the QA queue).</summary>
    Task<IReadOnlyList<Dispute>> GetOpenDisputesAsync(InteractionScope scope, int limit, CancellationToken ct = default);

    Task SetCalibrationScoreAsync(CalibrationScore score, CancellationToken ct = default);

    Task<IReadOnlyList<CalibrationScore>> GetCalibrationScoresAsync(long interactionId, CancellationToken ct = default);

    // ---- coaching and exemplars ----

    Task<CoachingNote> AddCoachingNoteAsync(CoachingNote note, CancellationToken ct = default);

    Task<IReadOnlyList<CoachingNote>> GetCoachingNotesAsync(string advisorId, CancellationToken ct = default);

    Task<ExemplarPin> PinExemplarAsync(ExemplarPin pin, CancellationToken ct = default);

    Task<bool> UnpinExemplarAsync(long pinId, CancellationToken ct = default);

    Task<IReadOnlyList<ExemplarPin>> GetExemplarPinsAsync(string? journey, CancellationToken ct = default);

    // ---- people and access ----

    Task<UserAccount?> FindUserByNameAsync(string userName, CancellationToken ct = default);

    Task<UserAccount?> GetUserAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken ct = default);

    /// <summary>Creates or updates (by id); user names are unique.</summary>
    Task SaveUserAsync(UserAccount user, CancellationToken ct = default);

    Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken ct = default);

    Task SaveTeamAsync(Team team, CancellationToken ct = default);

    Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct = default);

    /// <summary>The key whose secret hashes to <paramref name="secretHash"/>, when not revoked.</summary>
    Task<ApiKeyRecord?> FindApiKeyAsync(string secretHash, CancellationToken ct = default);

    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct = default);

    Task<long> CountApiKeysAsync(CancellationToken ct = default);

    // ---- audit ----

    Task AuditAsync(AuditEntry entry, CancellationToken ct = default);

    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(long? interactionId, int limit, CancellationToken ct = default);

    // ---- settings ----

    Task<IReadOnlyList<ScorecardRecord>> ListScorecardsAsync(CancellationToken ct = default);

    /// <summary>Creates or updates (by id); when <see cref="ScorecardRecord.Active"/>, the others are deactivated.</summary>
    Task SaveScorecardAsync(ScorecardRecord scorecard, CancellationToken ct = default);

    Task<IReadOnlyList<GlossaryEntry>> GetGlossaryAsync(CancellationToken ct = default);

    /// <summary>Replaces the whole glossary.</summary>
    Task SetGlossaryAsync(IReadOnlyList<GlossaryEntry> entries, CancellationToken ct = default);

    /// <summary>A named setting's text (e.g. "live.alert_rules", the alert rules YAML), or null when it was never set.</summary>
    Task<string?> GetSettingAsync(string key, CancellationToken ct = default);

    /// <summary>Creates or replaces a named setting.</summary>
    Task SetSettingAsync(string key, string value, CancellationToken ct = default);
}
