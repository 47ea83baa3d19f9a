using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Review;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Review;

/// <summary>
/// /review: the QA analyst's queue: open disputes oldest first (advisors are waiting), then recent interactions that
/// auto-failed or scored low, which deserve a human look before they reach an advisor's profile.
/// </summary>
[Authorize(Policy = Policies.Analyst)]
public sealed class IndexModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    /// <summary>Scores below this count as low.</summary>
    public const double LowScore = 50;

    public const int RecentDays = 14;

    public sealed record DisputeRow(Dispute Dispute, InteractionRecord Interaction, string CriterionName, string Effective);

    public IReadOnlyList<DisputeRow> Disputes { get; private set; } = [];

    public IReadOnlyList<InteractionSummary> ToReview { get; private set; } = [];

    public long ToReviewTotal { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        var open = await store.GetOpenDisputesAsync(scope, 100, ct);
        var rows = new List<DisputeRow>(open.Count);
        var cache = new Dictionary<long, InteractionRecord?>();
        foreach (var d in open)
        {
            if (!cache.TryGetValue(d.InteractionId, out var interaction))
            {
                interaction = cache[d.InteractionId] = await store.GetInteractionAsync(d.InteractionId, scope, ct);
            }

            if (interaction is null)
            {
                continue;
            }

            var overrides = await store.GetOverridesAsync(d.InteractionId, ct);
            var criterion = interaction.Criteria.FirstOrDefault(c => c.CriterionId == d.CriterionId);
            rows.Add(new DisputeRow(d, interaction, criterion?.Name ?? d.CriterionId,
                overrides.FirstOrDefault(o => o.CriterionId == d.CriterionId)?.Outcome ?? criterion?.Outcome ?? ""));
        }

        Disputes = rows;
        var now = clock.GetUtcNow();
        var page = await store.ListInteractionsAsync(new InteractionQuery
        {
            Scope = scope, From = now.AddDays(-RecentDays), MaxScore = LowScore - 0.001, Sort = "newest", PageSize = 30,
        }, ct);
        ToReview = page.Items;
        ToReviewTotal = page.Total;
        Names = await UserNames.LoadAsync(store, ct);
    }
}
