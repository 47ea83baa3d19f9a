using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages;

/// <summary>The overview: how the team is doing over the last 30 days, within what the caller may see.</summary>
public sealed class IndexModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public long Interactions { get; private set; }

    public double? AverageScore { get; private set; }

    public double? AverageSentiment { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var to = clock.GetUtcNow();
        var periods = await store.GetPeriodStatsAsync(new StatsQuery { Scope = User.Scope(), From = to.AddDays(-30), To = to }, weekly: false, ct);
        Interactions = periods.Sum(p => p.Interactions);
        AverageScore = Weighted(periods, p => p.AverageScore);
        AverageSentiment = Weighted(periods, p => p.AverageSentiment);
    }

    private static double? Weighted(IReadOnlyList<PeriodStats> periods, Func<PeriodStats, double?> value)
    {
        double sum = 0, weight = 0;
        foreach (var p in periods)
        {
            if (value(p) is { } v)
            {
                sum += v * p.Interactions;
                weight += p.Interactions;
            }
        }

        return weight > 0 ? sum / weight : null;
    }
}
