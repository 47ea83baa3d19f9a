namespace Attune.Analysis.Scoring;

/// <summary>
/// How a criterion turns findings into a score 0..1. The kinds (<c>ratio</c>, <c>presence</c>,
/// <c>absence</c>, <c>balance</c>) are documented in docs/scorecards.md.
/// </summary>
public abstract record ScoringRule
{
    /// <summary>The YAML <c>kind</c> of the rule.</summary>
    public abstract string Kind { get; }

    /// <summary>True when the rule can have "nothing to count" (so <c>na_when: no_opportunity</c> is meaningful).</summary>
    public abstract bool CanLackOpportunity { get; }

    public abstract RuleOutcome Evaluate(AnalysisResult result);

    /// <summary>"2 × apology.sincere" style counts for reasons.</summary>
    private protected static string Count(int n, string what) => n == 1 ? $"1 {what}" : what.EndsWith('y') ? $"{n} {what[..^1]}ies" : $"{n} {what}s";

    private protected static string Percent(double share) => $"{Math.Round(100 * share):0}%";
}
