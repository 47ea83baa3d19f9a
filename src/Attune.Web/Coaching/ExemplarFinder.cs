using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Review;

namespace Attune.Web.Coaching;

/// <summary>
/// Finds exemplar moments for a criterion: interactions of the given top performers (best score first, distressed
/// customers first when asked, optionally one journey), where the criterion passed, and in each the first advisor finding
/// with positive polarity among the criterion's evidence — the moment that earned it.
/// </summary>
public static class ExemplarFinder
{
    public static async Task<IReadOnlyList<ExemplarMoment>> FindAsync(
        IAttuneStore store,
        InteractionScope sourceScope,
        InteractionScope viewerScope,
        IReadOnlyList<string> advisors,
        string criterionId,
        bool distressed,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int take,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(advisors);
        var moments = new List<ExemplarMoment>();
        foreach (var advisor in advisors)
        {
            var page = await store.ListInteractionsAsync(new InteractionQuery
            {
                Scope = sourceScope, AdvisorId = advisor, From = from, To = to, Distressed = distressed ? true : null, Sort = "-score", PageSize = 4,
            }, ct).ConfigureAwait(false);
            foreach (var summary in page.Items)
            {
                var record = await store.GetInteractionAsync(summary.Id, sourceScope, ct).ConfigureAwait(false);
                if (record is null || Moment(record, criterionId) is not { } m)
                {
                    continue;
                }

                moments.Add(m with { CanOpen = viewerScope.Allows(summary.AdvisorId, summary.TeamId) });
                // one moment per advisor keeps the suggestions varied
                break;
            }

            if (moments.Count >= take)
            {
                break;
            }
        }

        return moments;
    }

    /// <summary>The moment that earned <paramref name="criterionId"/> in <paramref name="record"/>, or null when it did not pass.</summary>
    public static ExemplarMoment? Moment(InteractionRecord record, string criterionId)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Moment(record, StoredAnalysis.Parse(record.AnalysisJson), criterionId);
    }

    /// <summary>
    /// The best moment of a whole interaction: the first criterion in scorecard order (the default card starts with empathy,
    /// its heaviest criterion) that passed with positive advisor evidence.
    /// </summary>
    public static ExemplarMoment? BestMoment(InteractionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var analysis = StoredAnalysis.Parse(record.AnalysisJson);
        foreach (var c in analysis.Criteria.OrderByDescending(c => c.Evidence.Any(f => f.Polarity == "positive" && f.Party == "advisor")))
        {
            if (Moment(record, analysis, c.Id) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    private static ExemplarMoment? Moment(InteractionRecord record, StoredAnalysis analysis, string criterionId)
    {
        var criterion = analysis.Criterion(criterionId);
        if (criterion is null || criterion.Outcome != Outcomes.Passed)
        {
            return null;
        }

        var finding = criterion.Evidence.FirstOrDefault(f => f.Polarity == "positive" && f.Party == "advisor")
            ?? criterion.Evidence.FirstOrDefault(f => f.Polarity == "positive");
        if (finding is null)
        {
            return null;
        }

        var turn = finding.Turn >= 0 && finding.Turn < analysis.Turns.Count ? analysis.Turns[finding.Turn] : null;
        return new ExemplarMoment(record.Id, finding.Turn, record.AdvisorName ?? record.AdvisorId ?? "", record.Journey, record.Score,
            analysis.CustomerBefore(finding.Turn)?.Text, turn?.Text ?? finding.Quote, finding.Quote, finding.Detail, false);
    }
}
