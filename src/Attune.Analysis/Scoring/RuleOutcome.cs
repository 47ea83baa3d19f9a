using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>
/// What a rule made of one interaction: a score 0..1, or null when the rule had nothing to
/// count (no opportunity), the reason in words, and the findings it counted (the evidence).
/// </summary>
public sealed record RuleOutcome(double? Score, string Reason, IReadOnlyList<Finding> Evidence)
{
    public bool NoOpportunity => Score is null;
}
