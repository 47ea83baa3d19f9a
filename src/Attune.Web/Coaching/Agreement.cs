namespace Attune.Web.Coaching;

/// <summary>
/// Agreement between evaluators who scored the same items into categories (calibration): the observed pairwise agreement
/// and Fleiss' kappa (J. L. Fleiss, "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5)
/// (1971) 378–382), which corrects the observed agreement for the agreement expected by chance from how often each
/// category is used. Items may have different numbers of raters (each item's agreement uses its own n, the usual
/// generalisation); items with fewer than two raters are left out.
/// </summary>
public static class Agreement
{
    /// <summary>Share of agreeing rater pairs on one item: Σ n_j(n_j−1) / (n(n−1)); null below two raters.</summary>
    public static double? Pairwise(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long n = 0, agreeing = 0;
        foreach (var c in counts)
        {
            n += c;
            agreeing += (long)c * (c - 1);
        }

        return n < 2 ? null : (double)agreeing / (n * (n - 1));
    }

    /// <summary>Mean pairwise agreement over the items with at least two raters (Fleiss' P̄), or null.</summary>
    public static double? MeanPairwise(IReadOnlyList<IReadOnlyList<int>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        double sum = 0;
        var count = 0;
        foreach (var item in items)
        {
            if (Pairwise(item) is { } p)
            {
                sum += p;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>
    /// Fleiss' kappa over items × categories counts (each row: how many raters put the item in each category).
    /// Null when fewer than two items have two raters, or when chance agreement is 1 (everybody used one category:
    /// kappa is undefined, the observed agreement says it all).
    /// </summary>
    public static double? FleissKappa(IReadOnlyList<IReadOnlyList<int>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var used = items.Where(i => i.Sum() >= 2).ToList();
        if (used.Count < 2)
        {
            return null;
        }

        var categories = used.Max(i => i.Count);
        var totals = new double[categories];
        double ratings = 0, observed = 0;
        foreach (var item in used)
        {
            for (var j = 0; j < item.Count; j++)
            {
                totals[j] += item[j];
                ratings += item[j];
            }

            observed += Pairwise(item)!.Value;
        }

        observed /= used.Count;
        var chance = totals.Sum(t => (t / ratings) * (t / ratings));
        return chance >= 1 - 1e-12 ? null : (observed - chance) / (1 - chance);
    }
}
