namespace Attune.Storage.Model;

/// <summary>
/// Outcomes of one criterion over a set of interactions, after QA overrides (an override replaces the automatic outcome):
/// the rate is Passed / (Passed + Failed), not-applicable excluded.
/// </summary>
public sealed record CriterionTotal(string CriterionId, string Name, long Passed, long Failed, long NotApplicable);
