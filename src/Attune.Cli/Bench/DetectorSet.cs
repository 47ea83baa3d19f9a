namespace Attune.Cli.Bench;

/// <summary>Which detectors a throughput run enables.</summary>
public enum DetectorSet
{
    /// <summary>The whole catalogue, with redaction on: what `attune analyze` runs.</summary>
    All,

    /// <summary>Only the customer sentiment detector and no redaction: the like-for-like peer of a sentiment library.</summary>
    Sentiment,
}
