using Attune.Storage.Model;

namespace Attune.Web.Coaching;

/// <summary>
/// The difficulty-adjusted empathy leaderboard. Raw averages reward easy calls, so:
/// (1) across advisors with at least the minimum volume, a weighted least-squares line (weights = interactions) predicts
///     the average score from difficulty (the share of interactions with a distressed customer);
/// (2) each advisor's residual (average − expected) is shrunk toward 0 by empirical Bayes (the normal–normal model of
///     Efron &amp; Morris, "Data analysis using Stein's estimator and its generalizations", JASA 70 (1975) 311–319):
///     the residual's noise variance is σ²/n (σ² = the within-advisor variance of single interaction scores), the spread
///     of true advisor effects τ² is estimated by the method of moments, and the residual is multiplied by τ²/(τ²+σ²/n),
///     so an advisor with 12 lucky calls moves less than one with 200 steady ones;
/// (3) advisors rank by the shrunk residual; those below the minimum volume are listed, unranked.
/// </summary>
public static class ChampionsBoard
{
    public const int DefaultMinimumVolume = 10;

    /// <summary>Score points below which two shrunk residuals count as a tie (the board shows one decimal).</summary>
    public const double TieTolerance = 0.05;

    /// <param name="advisors">Per-advisor totals over the period.</param>
    /// <param name="withinVariance">σ²: variance of single interaction scores around their advisor's mean.</param>
    /// <param name="minimumVolume">Interactions in the period below which an advisor is not ranked.</param>
    public static IReadOnlyList<ChampionRow> Build(IReadOnlyList<AdvisorTotal> advisors, double withinVariance, int minimumVolume = DefaultMinimumVolume)
    {
        ArgumentNullException.ThrowIfNull(advisors);
        var eligible = advisors.Where(a => a.Interactions >= Math.Max(1, minimumVolume) && a.AverageScore is not null).ToList();
        var (intercept, slope) = Fit(eligible);

        var residuals = eligible.ToDictionary(a => a.AdvisorId, a => a.AverageScore!.Value - (intercept + slope * Difficulty(a)), StringComparer.Ordinal);
        var tau2 = BetweenVariance(eligible, residuals, withinVariance);

        var rows = new List<ChampionRow>(advisors.Count);
        foreach (var a in advisors)
        {
            var d = Difficulty(a);
            if (!residuals.TryGetValue(a.AdvisorId, out var r))
            {
                rows.Add(new ChampionRow(a, d, eligible.Count > 0 ? intercept + slope * d : null, null, null, null, null));
                continue;
            }

            var noise = withinVariance / a.Interactions;
            // weight kept for the advisor's own residual; 1 when there is no noise estimate (nothing to shrink against)
            var keep = noise <= 0 ? 1 : tau2 / (tau2 + noise);
            rows.Add(new ChampionRow(a, d, intercept + slope * d, r, keep * r, 1 - keep, 0));
        }

        // competition ranking ("1, 1, 3"): advisors whose shrunk scores are equal to the shown precision share a rank, so
        // when the differences are all noise (τ² = 0, everything shrunk to 0) nobody is placed above anybody
        var adjusted = rows.Where(r => r.Adjusted is not null).ToList();
        var ordered = adjusted
            .Select(r => r with { Rank = 1 + adjusted.Count(o => o.Adjusted!.Value > r.Adjusted!.Value + TieTolerance) })
            .OrderBy(r => r.Rank)
            .ThenByDescending(r => r.Advisor.Interactions)
            .ThenBy(r => r.Advisor.AdvisorId, StringComparer.Ordinal)
            .ToList();
        ordered.AddRange(rows.Where(r => r.Adjusted is null).OrderByDescending(r => r.Advisor.Interactions).ThenBy(r => r.Advisor.AdvisorId, StringComparer.Ordinal));
        return ordered;
    }

    public static double Difficulty(AdvisorTotal advisor)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        return advisor.Interactions > 0 ? (double)advisor.Distressed / advisor.Interactions : 0;
    }

    /// <summary>
    /// σ² from single interaction scores grouped by advisor: the pooled within-group variance Σ(x − mean_advisor)² / (N − k).
    /// </summary>
    public static double PooledWithinVariance(IEnumerable<(string AdvisorId, double Score)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        double sum = 0;
        long n = 0, groups = 0;
        foreach (var g in scores.GroupBy(s => s.AdvisorId, StringComparer.Ordinal))
        {
            var values = g.Select(s => s.Score).ToList();
            var mean = values.Average();
            sum += values.Sum(v => (v - mean) * (v - mean));
            n += values.Count;
            groups++;
        }

        return n - groups > 0 ? sum / (n - groups) : 0;
    }

    /// <summary>Weighted least squares of average score on difficulty; a flat line (the weighted mean) when difficulty does not vary.</summary>
    private static (double Intercept, double Slope) Fit(IReadOnlyList<AdvisorTotal> advisors)
    {
        double w = 0, mx = 0, my = 0;
        foreach (var a in advisors)
        {
            w += a.Interactions;
            mx += a.Interactions * Difficulty(a);
            my += a.Interactions * a.AverageScore!.Value;
        }

        if (w <= 0)
        {
            return (0, 0);
        }

        mx /= w;
        my /= w;
        double sxx = 0, sxy = 0;
        foreach (var a in advisors)
        {
            var dx = Difficulty(a) - mx;
            sxx += a.Interactions * dx * dx;
            sxy += a.Interactions * dx * (a.AverageScore!.Value - my);
        }

        // two advisors always fit a line exactly, which would explain away every difference: need three
        var slope = advisors.Count >= 3 && sxx > 1e-12 ? sxy / sxx : 0;
        return (my - slope * mx, slope);
    }

    /// <summary>τ² by the method of moments: the residuals' spread minus the mean noise σ²/n, never below 0.</summary>
    private static double BetweenVariance(IReadOnlyList<AdvisorTotal> advisors, Dictionary<string, double> residuals, double withinVariance)
    {
        var k = advisors.Count;
        // parameters fitted: intercept, and the slope when there were three or more advisors
        var fitted = k >= 3 ? 2 : 1;
        if (k - fitted <= 0)
        {
            return 0;
        }

        var spread = advisors.Sum(a => residuals[a.AdvisorId] * residuals[a.AdvisorId]) / (k - fitted);
        var noise = advisors.Average(a => withinVariance / a.Interactions);
        return Math.Max(0, spread - noise);
    }
}
