using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Coaching;
using Attune.Web.Pages.Advisors;
using Attune.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;

namespace Attune.Web.Pages;

/// <summary>
/// /champions: the difficulty-adjusted empathy leaderboard (<see cref="ChampionsBoard"/>). The board is computed over the
/// whole centre from per-advisor aggregates only (volume, average score, share of distressed customers; no interaction
/// content), because a ranking within one person's scope means nothing. Who sees what: team leaders, QA analysts and
/// admins see every row; an advisor sees the top <see cref="AdvisorTopN"/> and their own row — champions are celebrated
/// by name, but the bottom of the board is nobody's business but their coach's (PRODUCT.md: coaching, not surveillance).
/// </summary>
public sealed class ChampionsModel(IAttuneStore store, TimeProvider clock, IConfiguration configuration) : PageModel
{
    public const string MinimumVolumeSetting = "Champions:MinimumVolume";

    public const int AdvisorTopN = 5;

    /// <summary>Interaction scores sampled (newest first) to estimate the within-advisor variance σ².</summary>
    public const int VarianceSample = 500;

    public IReadOnlyList<ChampionRow> Rows { get; private set; } = [];

    public IReadOnlyList<ChampionRow> Visible { get; private set; } = [];

    public int MinimumVolume { get; private set; }

    public int Days { get; private set; }

    public double Sigma { get; private set; }

    public string? OwnAdvisorId { get; private set; }

    public bool Restricted { get; private set; }

    public async Task OnGetAsync(int? days, CancellationToken ct)
    {
        Days = Period.Normalise(days);
        MinimumVolume = Math.Max(1, configuration.GetValue(MinimumVolumeSetting, ChampionsBoard.DefaultMinimumVolume));
        var to = clock.GetUtcNow();
        var from = to.AddDays(-Days);
        var totals = await store.GetAdvisorTotalsAsync(new StatsQuery { Scope = InteractionScope.All, From = from, To = to }, ct);
        var sample = await store.ListInteractionsAsync(new InteractionQuery
        {
            Scope = InteractionScope.All, From = from, To = to, Sort = "newest", PageSize = VarianceSample,
        }, ct);
        var variance = ChampionsBoard.PooledWithinVariance(sample.Items
            .Where(s => s.AdvisorId is not null && s.Score is not null)
            .Select(s => (s.AdvisorId!, s.Score!.Value)));
        Sigma = Math.Sqrt(variance);
        Rows = ChampionsBoard.Build(totals, variance, MinimumVolume);

        OwnAdvisorId = User.FindFirst(AttuneClaims.Advisor)?.Value;
        Restricted = User.Role() == Role.Advisor;
        Visible = Restricted
            ? Rows.Where(r => r.Rank is <= AdvisorTopN || r.Advisor.AdvisorId == OwnAdvisorId).ToList()
            : Rows;
    }
}
