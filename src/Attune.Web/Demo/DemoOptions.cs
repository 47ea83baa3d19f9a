namespace Attune.Web.Demo;

/// <summary>What the demo seed loads.</summary>
public sealed record DemoOptions
{
    /// <summary>The repository's samples/ folder (transcripts, and audio/ with the recordings); null = no samples.</summary>
    public string? SamplesPath { get; init; }

    /// <summary>Generated interactions over <see cref="HistoryDays"/> (enough for the charts to mean something).</summary>
    public int HistoryCount { get; init; } = 360;

    public int HistoryDays { get; init; } = 60;

    public int Seed { get; init; } = 20260;
}
