using Attune.Analysis.Findings;

using System.Globalization;

namespace Attune.Analysis.Scoring;

/// <summary>
/// <c>balance</c>: positives against negatives (sincere apologies vs non-apologies; open vs
/// closed questions). share = positives / (positives + negatives); the score is full once the
/// share reaches <see cref="Target"/>: score = min(1, share / target). No opportunity when
/// neither occurred; when that is not N/A (see <c>na_when</c>) the score is 0.
/// </summary>
public sealed record BalanceRule(IReadOnlyList<SignalSelector> Positive, IReadOnlyList<SignalSelector> Negative, double Target = 1.0) : ScoringRule
{
    public override string Kind => "balance";

    public override bool CanLackOpportunity => true;

    public override RuleOutcome Evaluate(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pos = new List<Finding>();
        var neg = new List<Finding>();
        var evidence = new List<Finding>();
        foreach (var f in result.Findings)
        {
            // a finding matched by both sides counts as positive
            if (Rules.MatchesAny(Positive, f))
            {
                pos.Add(f);
                evidence.Add(f);
            }
            else if (Rules.MatchesAny(Negative, f))
            {
                neg.Add(f);
                evidence.Add(f);
            }
        }

        if (pos.Count + neg.Count == 0)
        {
            return new RuleOutcome(null, $"no opportunity: none of {string.Join(", ", Positive.Concat(Negative))}", evidence);
        }

        var share = (double)pos.Count / (pos.Count + neg.Count);
        var score = Math.Min(1.0, share / Target);
        var reason = $"{Side(pos, Positive)} against {Side(neg, Negative)}: {Percent(share)} positive";
        if (Target < 1)
        {
            reason += $" (full marks from {Percent(Target)})";
        }

        return new RuleOutcome(score, reason, evidence);
    }

    private static string Side(List<Finding> found, IReadOnlyList<SignalSelector> selectors) =>
        found.Count == 0 ? $"0 {string.Join("/", selectors.Select(s => s.Signal))}" : Rules.Breakdown(found);

    public override string ToString() => $"balance (target {Target.ToString("0.##", CultureInfo.InvariantCulture)})";
}
