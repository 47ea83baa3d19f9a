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
        var filter = SqlFilter.For(query, dialect);
        // Without a condition on the interaction the join is skipped: the overview over everything reads one table.
        var from = filter.IsEmpty ? "interaction_signals s" : "interaction_signals s JOIN interactions i ON i.id = s.interaction_id";
        var rows = await QueryAsync<SignalTotalRow>(
            $"SELECT s.signal, SUM(s.count) AS findings, COUNT(*) AS interactions FROM {from} {filter.Where} " +
            "GROUP BY s.signal ORDER BY findings DESC, s.signal", filter.Parameters, ct).ConfigureAwait(false);
        return rows.Select(r => new SignalTotal(r.Signal, r.Findings, r.Interactions)).ToList();
    }

    public async Task<IReadOnlyList<CriterionTotal>> GetCriterionTotalsAsync(StatsQuery query, CancellationToken ct = default)
    {
        var filter = SqlFilter.For(query, dialect);
        var from = filter.IsEmpty ? "interaction_criteria c" : "interaction_criteria c JOIN interactions i ON i.id = c.interaction_id";
        // A QA override replaces the automatic outcome of that criterion on that interaction.
        const string Outcome = "COALESCE(o.outcome, c.outcome)";
        var rows = await QueryAsync<CriterionTotalRow>(
            $"SELECT c.criterion_id, MAX(c.name) AS name, " +
            $"SUM(CASE WHEN {Outcome} = 'passed' THEN 1 ELSE 0 END) AS passed, " +
            $"SUM(CASE WHEN {Outcome} = 'failed' THEN 1 ELSE 0 END) AS failed, " +
            $"SUM(CASE WHEN {Outcome} = 'not_applicable' THEN 1 ELSE 0 END) AS not_applicable " +
            $"FROM {from} LEFT JOIN criterion_overrides o ON o.interaction_id = c.interaction_id AND o.criterion_id = c.criterion_id " +
            $"{filter.Where} GROUP BY c.criterion_id ORDER BY c.criterion_id", filter.Parameters, ct).ConfigureAwait(false);
        return rows.Select(r => new CriterionTotal(r.CriterionId, r.Name, r.Passed, r.Failed, r.NotApplicable)).ToList();
    }

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
