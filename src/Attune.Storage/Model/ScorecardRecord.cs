namespace Attune.Storage.Model;

/// <summary>A scorecard's YAML (docs/scorecards.md); the active one scores new interactions.</summary>
public sealed class ScorecardRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Yaml { get; set; } = "";

    public bool Active { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
