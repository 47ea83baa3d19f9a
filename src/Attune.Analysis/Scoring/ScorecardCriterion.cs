namespace Attune.Analysis.Scoring;

/// <summary>One criterion of a scorecard: what it measures (its rule), how much it weighs, when it is N/A, and when it fails the interaction outright.</summary>
public sealed record ScorecardCriterion
{
    /// <summary>Stable id (lower case, digits, underscores), unique in the card.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Relative weight in the total, &gt; 0. Default 1.</summary>
    public double Weight { get; init; } = 1;

    public required ScoringRule Rule { get; init; }

    public NotApplicableWhen NotApplicableWhen { get; init; } = NotApplicableWhen.Never;

    public AutoFail? AutoFail { get; init; }

    /// <summary>Criterion score (0..1) at or above which it counts as passed. Default 0.7.</summary>
    public double PassMark { get; init; } = 0.7;
}
