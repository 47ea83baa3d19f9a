namespace Attune.Cli.Loadtest;

/// <summary>
/// Latency samples in milliseconds, kept one by one (a run has at most some hundred thousand of them, so unlike
/// HdrHistogram nothing is bucketed and percentiles are exact nearest-rank values). Thread-safe.
/// </summary>
public sealed class LatencyHistogram
{
    private readonly List<double> _samples = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_gate)
        {
            _samples.Add(milliseconds);
        }
    }

    public void AddAll(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double[] copy;
        lock (other._gate)
        {
            copy = [.. other._samples];
        }

        lock (_gate)
        {
            _samples.AddRange(copy);
        }
    }

    public LatencySummary Summary()
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _samples];
        }

        if (sorted.Length == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(sorted);
        return new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1], sorted.Average());
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
