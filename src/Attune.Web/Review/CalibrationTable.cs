using Attune.Storage.Model;
using Attune.Web.Coaching;

namespace Attune.Web.Review;

/// <summary>
/// The calibration comparison: per criterion, each evaluator's outcome beside the automatic one, how many agree with the
/// majority, the pairwise agreement, and how many agree with the automatic outcome; over all criteria, the mean pairwise
/// agreement and Fleiss' kappa (<see cref="Agreement"/>).
/// </summary>
public sealed class CalibrationTable
{
    public required IReadOnlyList<string> Evaluators { get; init; }

    public required IReadOnlyList<Row> Rows { get; init; }

    public double? MeanPairwise { get; init; }

    public double? Kappa { get; init; }

    /// <summary>Share of all evaluator outcomes equal to the automatic one.</summary>
    public double? AutomaticAgreement { get; init; }

    public sealed record Row(string CriterionId, string Name, string Automatic, IReadOnlyDictionary<string, string> ByEvaluator,
        int[] Counts, string? Majority, double? MajorityShare, double? Pairwise, double? AutomaticShare);

    public static CalibrationTable Build(IReadOnlyList<(string Id, string Name, string Automatic)> criteria, IReadOnlyList<CalibrationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(scores);
        var evaluators = scores.Select(s => s.UserId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = new List<Row>();
        int matches = 0, total = 0;
        foreach (var (id, name, automatic) in criteria)
        {
            var by = scores.Where(s => s.CriterionId == id).ToDictionary(s => s.UserId, s => s.Outcome, StringComparer.Ordinal);
            var counts = Outcomes.All.Select(o => by.Values.Count(v => v == o)).ToArray();
            var n = counts.Sum();
            string? majority = null;
            double? majorityShare = null;
            if (n > 0)
            {
                var max = counts.Max();
                // a tie has no majority
                majority = counts.Count(c => c == max) == 1 ? Outcomes.All[Array.IndexOf(counts, max)] : null;
                majorityShare = (double)max / n;
            }

            var agreeAuto = by.Values.Count(v => v == automatic);
            matches += agreeAuto;
            total += n;
            rows.Add(new Row(id, name, automatic, by, counts, majority, majorityShare, Agreement.Pairwise(counts),
                n > 0 ? (double)agreeAuto / n : null));
        }

        var items = rows.Select(r => (IReadOnlyList<int>)r.Counts).ToList();
        return new CalibrationTable
        {
            Evaluators = evaluators,
            Rows = rows,
            MeanPairwise = Agreement.MeanPairwise(items),
            Kappa = Agreement.FleissKappa(items),
            AutomaticAgreement = total > 0 ? (double)matches / total : null,
        };
    }
}
