using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>One criterion's result: score 0..1 (null when N/A), the outcome, the reason in words, and the findings behind it.</summary>
public sealed record CriterionResult
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public double Weight { get; init; }

    public CriterionOutcome Outcome { get; init; }

    /// <summary>0..1, or null when N/A.</summary>
    public double? Score { get; init; }

    public required string Reason { get; init; }

    /// <summary>True when this criterion's auto-fail condition fired (the interaction scores 0).</summary>
    public bool AutoFailed { get; init; }

    /// <summary>The findings the criterion counted.</summary>
    public IReadOnlyList<Finding> Evidence { get; init; } = [];
}
