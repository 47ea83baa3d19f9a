namespace Attune.Cli.Bench;

/// <summary>p50/p95/max in milliseconds (nearest-rank percentiles).</summary>
public sealed record Stats(int Count, double P50, double P95, double Max)
{
    public static Stats Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new Stats(0, double.NaN, double.NaN, double.NaN);
        }

        var sorted = values.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Stats(sorted.Length, Rank(0.50), Rank(0.95), sorted[^1]);
    }
}
