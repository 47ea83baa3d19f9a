namespace Attune.Analysis.Scoring;

/// <summary>How a criterion came out for one interaction.</summary>
public enum CriterionOutcome
{
    Passed,
    Failed,
    /// <summary>No opportunity: excluded from the weighted total.</summary>
    NotApplicable,
}
