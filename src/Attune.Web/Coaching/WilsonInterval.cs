namespace Attune.Web.Coaching;

/// <summary>
/// A pass rate with its uncertainty: the Wilson score interval (E. B. Wilson, "Probable inference, the law of succession,
/// and statistical inference", JASA 22 (1927) 209–212). Unlike the normal approximation p ± z·√(p(1−p)/n) it stays inside
/// [0, 1] and is honest for small n and rates near 0 or 1 — exactly the situation of an advisor with a handful of calls.
/// </summary>
public readonly record struct WilsonInterval(long Successes, long Trials, double Lower, double Upper)
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    public double? Rate => Trials > 0 ? (double)Successes / Trials : null;

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/>; [0, 1] when there are no trials.</summary>
    public static WilsonInterval Of(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return new WilsonInterval(0, 0, 0, 1);
        }

        double n = trials, p = successes / n, z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new WilsonInterval(successes, trials, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>True when the two intervals do not overlap: a difference the data supports, not noise.</summary>
    public bool ClearlyAbove(WilsonInterval other) => Trials > 0 && other.Trials > 0 && Lower > other.Upper;

    public bool ClearlyBelow(WilsonInterval other) => Trials > 0 && other.Trials > 0 && Upper < other.Lower;
}
