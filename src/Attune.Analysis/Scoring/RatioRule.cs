using System.Globalization;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>
/// <c>ratio</c>: each finding of <see cref="Signals"/> is one opportunity, credited by its label
/// (<see cref="Credit"/>, e.g. given 1, late 0.5, missed 0; findings with other labels are not
/// opportunities) or, without a credit map, by polarity (positive 1, negative 0, info not
/// counted). Score = mean credit. No opportunity when nothing was counted.
/// BEHAVIOURS.md: "empathy when needed = share of empathy.opportunity given, with late counting half".
/// </summary>
public sealed record RatioRule(IReadOnlyList<SignalSelector> Signals, IReadOnlyDictionary<string, double>? Credit) : ScoringRule
{
    public override string Kind => "ratio";

    public override bool CanLackOpportunity => true;

    public override RuleOutcome Evaluate(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var evidence = new List<Finding>();
        var byLabel = new SortedDictionary<string, int>(StringComparer.Ordinal);
        double credit = 0;
        foreach (var f in result.Findings)
        {
            if (!Rules.MatchesAny(Signals, f))
            {
                continue;
            }

            double c;
            string key;
            if (Credit is not null)
            {
                key = SignalSelector.NormaliseLabel(f.Label) ?? "";
                if (!Credit.TryGetValue(key, out c))
                {
                    continue;
                }
            }
            else if (f.Polarity == Polarity.Info)
            {
                continue;
            }
            else
            {
                c = f.Polarity == Polarity.Positive ? 1 : 0;
                key = f.Polarity == Polarity.Positive ? "positive" : "negative";
            }

            evidence.Add(f);
            credit += c;
            byLabel[key] = byLabel.GetValueOrDefault(key) + 1;
        }

        var what = string.Join(", ", Signals);
        if (evidence.Count == 0)
        {
            return new RuleOutcome(null, $"no opportunity: no {what} to count", evidence);
        }

        var score = credit / evidence.Count;
        var parts = string.Join(", ", byLabel.Select(kv => Credit is not null && Credit[kv.Key] is > 0 and < 1
            ? $"{kv.Value} {kv.Key.Replace('_', ' ')} (counts {Credit[kv.Key].ToString("0.##", CultureInfo.InvariantCulture)})"
            : $"{kv.Value} {kv.Key.Replace('_', ' ')}"));
        return new RuleOutcome(score, $"{Count(evidence.Count, "opportunity")}: {parts} → {Percent(score)}", evidence);
    }
}
