namespace Attune.Cli.Loadtest;

/// <summary>
/// How late the generator sent frames against their due times, in whole-millisecond buckets (30,000 frames a second
/// at the top of the ladder are too many to keep one by one). Frames later than <see cref="LateMs"/> count as late:
/// the generator fell behind real time, so the server got audio late through no fault of its own.
/// One writer (the pacing loop).
/// </summary>
public sealed class LatenessMeter
{
    /// <summary>Two frame periods: the 20 ms tick itself may be a few ms late, more means the generator is behind.</summary>
    public const double LateMs = 40;

    private readonly long[] _buckets = new long[10_001];
    private long _count;
    private long _late;
    private double _max;

    public long Count => Interlocked.Read(ref _count);

    public long Late => Interlocked.Read(ref _late);

    public double MaxMs => _max;

    public void Add(double ms)
    {
        ms = Math.Max(0, ms);
        _buckets[(int)Math.Min(ms, _buckets.Length - 1)]++;
        _max = Math.Max(_max, ms);
        Interlocked.Increment(ref _count);
        if (ms > LateMs)
        {
            Interlocked.Increment(ref _late);
        }
    }

    /// <summary>The bucket (ms, rounded down) holding the <paramref name="p"/> quantile.</summary>
    public double Percentile(double p)
    {
        var count = Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Ceiling(p * count);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= rank)
            {
                return i;
            }
        }

        return _buckets.Length - 1;
    }
}
