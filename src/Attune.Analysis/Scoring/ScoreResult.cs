namespace Attune.Analysis.Scoring;

/// <summary>
/// An interaction scored on a scorecard: 0–100 (weighted mean of the applicable criteria),
/// null when every criterion is N/A, 0 when an auto-fail fired.
/// </summary>
public sealed record ScoreResult
{
    public required string Scorecard { get; init; }

    /// <summary>0–100, rounded to one decimal; null when no criterion applied.</summary>
    public double? Score { get; init; }

    public bool AutoFailed { get; init; }

    public required IReadOnlyList<CriterionResult> Criteria { get; init; }
}
