namespace Attune.Cli.Loadtest;

/// <summary>Latency figures in milliseconds (nearest-rank percentiles over every sample); NaN when there are none.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean);
