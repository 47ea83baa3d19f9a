namespace Attune.Analysis.Scoring;

/// <summary>
/// A scorecard: weighted criteria over the findings of an interaction (format: docs/scorecards.md).
/// Load one with <see cref="ScorecardLoader"/>; <see cref="Default"/> is "Empathy essentials".
/// </summary>
public sealed record Scorecard
{
    private static readonly Lazy<Scorecard> DefaultCard = new(ScorecardLoader.LoadDefault);

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<ScorecardCriterion> Criteria { get; init; }

    /// <summary>The built-in "Empathy essentials" scorecard (embedded resource, copied to docs/scorecards/).</summary>
    public static Scorecard Default => DefaultCard.Value;
}
