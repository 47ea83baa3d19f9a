namespace Attune.Storage.Model;

/// <summary>The automatic outcome of one scorecard criterion on one interaction: passed, failed or not_applicable.</summary>
public sealed record CriterionResult(string CriterionId, string Name, string Outcome, double? Score, double Weight);
