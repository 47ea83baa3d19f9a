using Attune.Storage.Model;
using Dapper;

namespace Attune.Storage.Sql;

internal sealed partial class SqlStore
{
    public async Task<IReadOnlyList<PeriodStats>> GetPeriodStatsAsync(StatsQuery query, bool weekly, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(query, dialect);
        return await QueryAsync<PeriodStats>(
            $"SELECT {dialect.PeriodStart("i.started_at", weekly)} AS period, COUNT(*) AS interactions, AVG(i.score) AS average_score, " +
            "AVG(i.sentiment) AS average_sentiment, SUM(CASE WHEN i.distressed THEN 1 ELSE 0 END) AS distressed " +
            $"FROM interactions i {filter.Where} GROUP BY 1 ORDER BY 1", filter.Parameters, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SignalTotal>> GetSignalTotalsAsync(StatsQuery query, CancellationToken ct = default)
    {
        // Over everyone the totals come from ix_signals_signal alone, in its order; otherwise through the interactions
        // the filter selects. Sorted here so both providers order ties the same way (ordinal).
        SqlFilter filter;
        string from;
        var prefix = "";
        if (IsEveryone(query) && (query.From is not null || query.To is not null))
        {
            // A time range over everyone: GROUP BY over the index would scan all of it (1.3 million rows at 100,000
            // interactions) whatever the range. Instead list the distinct signals by skip-scan (one index seek each) and
            // read each signal's rows in the range with one seek on (signal, started_at): the overview's 30 days read a
            // twelfth of the index (bench/results/web.md).
            prefix = "WITH RECURSIVE sig (signal) AS (SELECT MIN(signal) FROM interaction_signals UNION ALL " +
                "SELECT (SELECT MIN(x.signal) FROM interaction_signals x WHERE x.signal > sig.signal) FROM sig WHERE sig.signal IS NOT NULL) ";
            filter = new SqlFilter();
            filter.TimeRange(query.From, query.To, dialect, "s.started_at");
            from = "sig JOIN interaction_signals s ON s.signal = sig.signal";
        }
        else if (IsEveryone(query))
        {
            filter = new SqlFilter();
            from = "interaction_signals s";
        }
        else
        {
            filter = SqlFilter.For(query, dialect);
            from = "interaction_signals s JOIN interactions i ON i.id = s.interaction_id";
        }
        var rows = await QueryAsync<SignalTotalRow>(
            $"{prefix}SELECT s.signal, SUM(s.count) AS findings, COUNT(*) AS interactions FROM {from} {filter.Where} GROUP BY s.signal",
            filter.Parameters, ct).ConfigureAwait(false);
        return rows
            .OrderByDescending(r => r.Findings).ThenBy(r => r.Signal, StringComparer.Ordinal)
            .Select(r => new SignalTotal(r.Signal, r.Findings, r.Interactions)).ToList();
    }

    public async Task<IReadOnlyList<CriterionTotal>> GetCriterionTotalsAsync(StatsQuery query, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(query, dialect);
        // Over everyone (no scope, advisor or team) the counts come from ix_criteria_totals alone; otherwise through the
        // interactions the filter selects (few rows: one advisor's or one team's).
        SqlFilter counted;
        string from;
        if (IsEveryone(query))
        {
            counted = new SqlFilter();
            counted.TimeRange(query.From, query.To, dialect, "c.started_at");
            from = "interaction_criteria c";
        }
        else
        {
            counted = filter;
            from = "interaction_criteria c JOIN interactions i ON i.id = c.interaction_id";
        }
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        var groups = await connection.QueryAsync<CriterionOutcomeRow>(Command(
            $"SELECT c.criterion_id, c.outcome, c.name, COUNT(*) AS count FROM {from} {counted.Where} " +
            "GROUP BY c.criterion_id, c.outcome, c.name", counted.Parameters, ct)).ConfigureAwait(false);
        // QA overrides (few) then move each overridden criterion from its automatic outcome to the analyst's.
        var overrides = await connection.QueryAsync<OverrideMoveRow>(Command(
            "SELECT c.criterion_id, c.outcome AS original, o.outcome AS replaced FROM criterion_overrides o " +
            "JOIN interaction_criteria c ON c.interaction_id = o.interaction_id AND c.criterion_id = o.criterion_id " +
            $"JOIN interactions i ON i.id = o.interaction_id {filter.Where}", filter.Parameters, ct)).ConfigureAwait(false);
        return CriterionTally.Totals(groups, overrides);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<CriterionTotal>>> GetCriterionTotalsByAdvisorAsync(StatsQuery query, CancellationToken ct = default)
    {
        // One grouped pass over the selected interactions' criteria instead of one query per advisor (a team's profile
        // page compares every teammate).
        var filter = SqlFilter.For(query, dialect);
        filter.Add("i.advisor_id IS NOT NULL");
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        var groups = (await connection.QueryAsync<AdvisorCriterionOutcomeRow>(Command(
            "SELECT i.advisor_id, c.criterion_id, c.outcome, c.name, COUNT(*) AS count " +
            $"FROM interaction_criteria c JOIN interactions i ON i.id = c.interaction_id {filter.Where} " +
            "GROUP BY i.advisor_id, c.criterion_id, c.outcome, c.name", filter.Parameters, ct)).ConfigureAwait(false)).AsList();
        var overrides = (await connection.QueryAsync<AdvisorOverrideMoveRow>(Command(
            "SELECT i.advisor_id, c.criterion_id, c.outcome AS original, o.outcome AS replaced FROM criterion_overrides o " +
            "JOIN interaction_criteria c ON c.interaction_id = o.interaction_id AND c.criterion_id = o.criterion_id " +
            $"JOIN interactions i ON i.id = o.interaction_id {filter.Where}", filter.Parameters, ct)).ConfigureAwait(false)).AsList();
        var result = new Dictionary<string, IReadOnlyList<CriterionTotal>>(StringComparer.Ordinal);
        foreach (var advisor in groups.Select(g => g.AdvisorId).Distinct(StringComparer.Ordinal))
        {
            result[advisor] = CriterionTally.Totals(
                groups.Where(g => g.AdvisorId == advisor).Select(g => new CriterionOutcomeRow { CriterionId = g.CriterionId, Outcome = g.Outcome, Name = g.Name, Count = g.Count }),
                overrides.Where(o => o.AdvisorId == advisor).Select(o => new OverrideMoveRow { CriterionId = o.CriterionId, Original = o.Original, Replaced = o.Replaced }));
        }

        return result;
    }

    /// <summary>No scope, advisor or team: only a time range, which the detail tables carry themselves.</summary>
    private static bool IsEveryone(StatsQuery query) =>
        query.Scope.AdvisorId is null && query.Scope.TeamId is null && query.AdvisorId is null && query.TeamId is null;

    public async Task<IReadOnlyList<AdvisorTotal>> GetAdvisorTotalsAsync(StatsQuery query, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(query, dialect);
        filter.Add("i.advisor_id IS NOT NULL");
        var rows = await QueryAsync<AdvisorTotalRow>(
            "SELECT i.advisor_id, MAX(i.advisor_name) AS advisor_name, MAX(i.team_id) AS team_id, COUNT(*) AS interactions, " +
            "AVG(i.score) AS average_score, SUM(CASE WHEN i.distressed THEN 1 ELSE 0 END) AS distressed " +
            $"FROM interactions i {filter.Where} GROUP BY i.advisor_id ORDER BY i.advisor_id", filter.Parameters, ct).ConfigureAwait(false);
        return rows.Select(r => new AdvisorTotal(r.AdvisorId, r.AdvisorName, r.TeamId, r.Interactions, r.AverageScore, r.Distressed)).ToList();
    }
}
