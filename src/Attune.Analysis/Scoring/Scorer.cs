using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>
/// Scores an analysed interaction on a scorecard. Each criterion's rule gives 0..1 or "no
/// opportunity"; <c>na_when</c> decides N/A; the interaction score is the weighted mean of the
/// applicable criteria × 100; an auto-fail that fires sets it to 0. Definitions: docs/scorecards.md.
/// </summary>
public static class Scorer
{
    public static ScoreResult Score(Scorecard scorecard, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(result);
        var criteria = new List<CriterionResult>(scorecard.Criteria.Count);
        double weighted = 0, weights = 0;
        var autoFailed = false;
        foreach (var c in scorecard.Criteria)
        {
            var outcome = c.Rule.Evaluate(result);
            var autoFail = CheckAutoFail(c.AutoFail, result);
            CriterionResult r;
            if (autoFail is not null)
            {
                autoFailed = true;
                var evidence = outcome.Evidence.Concat(autoFail.Value.Evidence).Distinct<Finding>(ReferenceEqualityComparer.Instance).OrderBy(f => f.Turn).ThenBy(f => f.SpanStart).ToList();
                r = Result(c, CriterionOutcome.Failed, 0, autoFail.Value.Reason, evidence, autoFailed: true);
            }
            else if (c.NotApplicableWhen.Check(result, outcome) is { } na)
            {
                r = Result(c, CriterionOutcome.NotApplicable, null, na, outcome.Evidence);
            }
            else
            {
                // not N/A but nothing counted (e.g. a balance with neither side, na_when without no_opportunity): no credit
                var score = Math.Round(outcome.Score ?? 0, 3);
                r = Result(c, score + 1e-9 >= c.PassMark ? CriterionOutcome.Passed : CriterionOutcome.Failed, score, outcome.Reason, outcome.Evidence);
            }

            if (r.Score is double s)
            {
                weighted += c.Weight * s;
                weights += c.Weight;
            }

            criteria.Add(r);
        }

        double? total = autoFailed ? 0 : weights > 0 ? Math.Round(100 * weighted / weights, 1) : null;
        return new ScoreResult { Scorecard = scorecard.Name, Score = total, AutoFailed = autoFailed, Criteria = criteria };
    }

    private static (string Reason, List<Finding> Evidence)? CheckAutoFail(AutoFail? autoFail, AnalysisResult result)
    {
        if (autoFail is null)
        {
            return null;
        }

        var found = Rules.Collect(autoFail.Signals, result);
        if (found.Count < autoFail.AtLeast)
        {
            return null;
        }

        var why = autoFail.Reason is null ? Rules.Breakdown(found) : $"{autoFail.Reason} ({Rules.Breakdown(found)})";
        return ($"auto-fail: {why}; the interaction scores 0", found);
    }

    private static CriterionResult Result(ScorecardCriterion c, CriterionOutcome outcome, double? score, string reason, IReadOnlyList<Finding> evidence, bool autoFailed = false) =>
        new()
        {
            Id = c.Id,
            Name = c.Name,
            Description = c.Description,
            Weight = c.Weight,
            Outcome = outcome,
            Score = score,
            Reason = reason,
            AutoFailed = autoFailed,
            Evidence = evidence,
        };
}
