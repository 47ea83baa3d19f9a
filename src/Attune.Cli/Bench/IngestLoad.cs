namespace Attune.Cli.Bench;

/// <summary>The outcome of an ingestion load: throughput, statuses and latency.</summary>
public sealed record IngestLoad(int Count, int Concurrency, double Seconds, int Created, int Updated, int Errors, Stats Latency)
{
    public double PerSecond => Count / Seconds;
}
