namespace Attune.Storage.Model;

/// <summary>Averages over one period (day or week) for the overview charts.</summary>
public sealed class PeriodStats
{
    /// <summary>Start of the period (UTC).</summary>
    public DateTimeOffset Period { get; set; }

    public long Interactions { get; set; }

    public double? AverageScore { get; set; }

    public double? AverageSentiment { get; set; }

    public long Distressed { get; set; }
}
