using System.Security.Claims;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;

namespace Attune.Web.Review;

/// <summary>
/// The model of the <c>_ReviewPanel</c> partial: every criterion of one interaction with its automatic outcome, reason and
/// evidence, the QA override, the advisor's responses, and what the viewer may do. Any page that shows an interaction the
/// viewer may see can render it (<c>&lt;partial name="_ReviewPanel" model="panel" /&gt;</c>); its forms post to
/// /review/{id}, which checks everything again.
/// </summary>
public sealed class ReviewPanel
{
    public required InteractionRecord Interaction { get; init; }

    public required StoredAnalysis Analysis { get; init; }

    public required IReadOnlyList<Row> Rows { get; init; }

    /// <summary>QA analysts and admins: override any criterion, resolve disputes.</summary>
    public bool CanOverride { get; init; }

    /// <summary>The advisor whose interaction this is: acknowledge or dispute.</summary>
    public bool CanRespond { get; init; }

    /// <summary>User id → display name.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the forms return after posting (the page that rendered the panel).</summary>
    public string ReturnUrl { get; init; } = "";

    public sealed record Row(
        StoredAnalysis.CriterionView Automatic,
        CriterionOverride? Override,
        IReadOnlyList<Dispute> Disputes)
    {
        /// <summary>The outcome that counts: the override when there is one.</summary>
        public string Effective => Override?.Outcome ?? Automatic.Outcome;

        public Dispute? Open => Disputes.LastOrDefault(d => d.Status == "open");

        /// <summary>The advisor's latest response, if any.</summary>
        public Dispute? Latest => Disputes.Count > 0 ? Disputes[^1] : null;
    }

    /// <summary>True when <paramref name="user"/> is the advisor the interaction belongs to.</summary>
    public static bool IsOwnAdvisor(ClaimsPrincipal user, InteractionRecord interaction)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(interaction);
        return user.Role() == Role.Advisor && interaction.AdvisorId is { } a && user.FindFirstValue(AttuneClaims.Advisor) == a;
    }

    public static bool IsAnalyst(ClaimsPrincipal user) => user?.Role() is Role.QaAnalyst or Role.Admin;

    /// <summary>Builds the panel for an interaction the caller already loaded within their scope.</summary>
    public static async Task<ReviewPanel> BuildAsync(IAttuneStore store, InteractionRecord interaction, ClaimsPrincipal user, string returnUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(interaction);
        var analysis = StoredAnalysis.Parse(interaction.AnalysisJson);
        var overrides = await store.GetOverridesAsync(interaction.Id, ct).ConfigureAwait(false);
        var disputes = await store.GetDisputesAsync(interaction.Id, ct).ConfigureAwait(false);

        // the stored criteria are the truth for outcomes; the JSON adds reasons and evidence
        var criteria = analysis.Criteria.Count > 0
            ? analysis.Criteria
            : interaction.Criteria.Select(c => new StoredAnalysis.CriterionView(c.CriterionId, c.Name, c.Outcome, "", false, [])).ToList();
        var rows = criteria.Select(c => new Row(
            c,
            overrides.FirstOrDefault(o => o.CriterionId == c.Id),
            disputes.Where(d => d.CriterionId == c.Id).ToList())).ToList();
        return new ReviewPanel
        {
            Interaction = interaction,
            Analysis = analysis,
            Rows = rows,
            CanOverride = IsAnalyst(user),
            CanRespond = IsOwnAdvisor(user, interaction),
            ReturnUrl = returnUrl,
            Names = await UserNames.LoadAsync(store, ct).ConfigureAwait(false),
        };
    }
}
