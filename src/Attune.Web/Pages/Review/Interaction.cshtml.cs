using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Review;
using Attune.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Review;

/// <summary>
/// /review/{id}: one interaction's scorecard under review. Anyone who may see the interaction (their scope) may open it;
/// analysts override criteria and resolve disputes, the interaction's own advisor acknowledges or disputes. Every view
/// and change is audited; analysts see the audit trail.
/// </summary>
public sealed class InteractionModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public ReviewPanel Panel { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var interaction = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (interaction is null)
        {
            return NotFound();
        }

        await AuditAsync("review.view", id, "", ct);
        await LoadAsync(interaction, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOverrideAsync(long id, string? criterion, string? outcome, string? comment, string? returnUrl, CancellationToken ct)
    {
        var interaction = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (interaction is null)
        {
            return NotFound();
        }

        if (!ReviewPanel.IsAnalyst(User))
        {
            return Forbidden();
        }

        if (!HasCriterion(interaction, criterion) || !Outcomes.IsValid(outcome) || string.IsNullOrWhiteSpace(comment))
        {
            return await InvalidAsync(interaction, "An override needs a criterion, an outcome and a comment that says why.", ct);
        }

        await store.SetOverrideAsync(new CriterionOverride
        {
            InteractionId = id, CriterionId = criterion!, Outcome = outcome!, Comment = comment.Trim(), UserId = User.Id(), At = clock.GetUtcNow(),
        }, ct);
        await AuditAsync("override", id, $"{criterion} → {outcome}: {comment.Trim()}", ct);
        return Back(id, criterion, returnUrl);
    }

    public async Task<IActionResult> OnPostRemoveOverrideAsync(long id, string? criterion, string? returnUrl, CancellationToken ct)
    {
        var interaction = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (interaction is null)
        {
            return NotFound();
        }

        if (!ReviewPanel.IsAnalyst(User))
        {
            return Forbidden();
        }

        if (criterion is not null && await store.RemoveOverrideAsync(id, criterion, ct))
        {
            await AuditAsync("override.remove", id, criterion, ct);
        }

        return Back(id, criterion, returnUrl);
    }

    /// <summary>The interaction's advisor acknowledges (agrees) or disputes one criterion.</summary>
    public async Task<IActionResult> OnPostRespondAsync(long id, string? criterion, string? kind, string? comment, string? returnUrl, CancellationToken ct)
    {
        var interaction = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (interaction is null)
        {
            return NotFound();
        }

        if (!ReviewPanel.IsOwnAdvisor(User, interaction))
        {
            return Forbidden();
        }

        var dispute = kind == "dispute";
        if (!HasCriterion(interaction, criterion) || kind is not ("dispute" or "acknowledge") || (dispute && string.IsNullOrWhiteSpace(comment)))
        {
            return await InvalidAsync(interaction, "A dispute needs a comment that says what the evaluation missed.", ct);
        }

        var existing = await store.GetDisputesAsync(id, ct);
        if (existing.Any(d => d.CriterionId == criterion && d.Status == "open"))
        {
            return await InvalidAsync(interaction, "This criterion already has an open dispute; a QA analyst will resolve it.", ct);
        }

        await store.AddDisputeAsync(new Dispute
        {
            InteractionId = id, CriterionId = criterion!, AdvisorUserId = User.Id(), Status = dispute ? "open" : "acknowledged",
            Comment = comment?.Trim() ?? "", CreatedAt = clock.GetUtcNow(),
        }, ct);
        await AuditAsync(dispute ? "dispute" : "acknowledge", id, $"{criterion}: {comment?.Trim()}", ct);
        return Back(id, criterion, returnUrl);
    }

    /// <summary>
    /// An analyst resolves an open dispute: upheld (the advisor was right: an override with the outcome the advisor argued
    /// for is applied) or rejected (the evaluation stands), with a resolution comment the advisor reads.
    /// </summary>
    public async Task<IActionResult> OnPostResolveAsync(long id, long disputeId, string? decision, string? outcome, string? resolution, string? returnUrl, CancellationToken ct)
    {
        var interaction = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (interaction is null)
        {
            return NotFound();
        }

        if (!ReviewPanel.IsAnalyst(User))
        {
            return Forbidden();
        }

        var dispute = (await store.GetDisputesAsync(id, ct)).FirstOrDefault(d => d.Id == disputeId && d.Status == "open");
        if (dispute is null)
        {
            return NotFound();
        }

        if (decision is not ("upheld" or "rejected") || string.IsNullOrWhiteSpace(resolution) || (decision == "upheld" && !Outcomes.IsValid(outcome)))
        {
            return await InvalidAsync(interaction, "A resolution needs a decision and a comment for the advisor (and, when upheld, the corrected outcome).", ct);
        }

        var now = clock.GetUtcNow();
        if (decision == "upheld")
        {
            await store.SetOverrideAsync(new CriterionOverride
            {
                InteractionId = id, CriterionId = dispute.CriterionId, Outcome = outcome!, Comment = "Dispute upheld: " + resolution.Trim(),
                UserId = User.Id(), At = now,
            }, ct);
        }

        await store.ResolveDisputeAsync(disputeId, decision, User.Id(), resolution.Trim(), now, ct);
        await AuditAsync("resolve", id, $"dispute {disputeId} on {dispute.CriterionId} {decision}{(decision == "upheld" ? " → " + outcome : "")}: {resolution.Trim()}", ct);
        return Back(id, dispute.CriterionId, returnUrl);
    }

    private static bool HasCriterion(InteractionRecord interaction, string? criterion) =>
        criterion is not null && interaction.Criteria.Any(c => c.CriterionId == criterion);

    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    private async Task<IActionResult> InvalidAsync(InteractionRecord interaction, string error, CancellationToken ct)
    {
        Error = error;
        await LoadAsync(interaction, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private IActionResult Back(long id, string? criterion, string? returnUrl)
    {
        var target = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : $"/review/{id}";
        return LocalRedirect(criterion is null ? target : $"{target}#c-{criterion}");
    }

    private async Task LoadAsync(InteractionRecord interaction, CancellationToken ct)
    {
        Panel = await ReviewPanel.BuildAsync(store, interaction, User, $"/review/{interaction.Id}", ct);
        if (ReviewPanel.IsAnalyst(User))
        {
            Audit = await store.GetAuditAsync(interaction.Id, 100, ct);
        }

        Names = Panel.Names;
    }

    private Task AuditAsync(string action, long id, string detail, CancellationToken ct) =>
        store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = User.Id(), Action = action, InteractionId = id, Detail = detail }, ct);
}
