using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Coaching;
using Attune.Web.Review;
using Attune.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Advisors;

/// <summary>
/// /advisors/{advisorId}: each criterion's pass rate with its Wilson interval against the team's, strengths and gaps, for
/// each gap moments from the team's best performers on that criterion, and coaching notes. An advisor sees only their own
/// profile (404 for anyone else's), a team leader only their team's advisors. The team comparison is an aggregate over the
/// subject's team (no other advisor's interactions are exposed by it).
/// </summary>
public sealed class ProfileModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    /// <summary>Applicable interactions a peer needs on a criterion to count as a top performer.</summary>
    public const int TopPerformerMinimum = 5;

    public AdvisorTotal Advisor { get; private set; } = null!;

    public string? TeamName { get; private set; }

    public int Days { get; private set; }

    public AdvisorTotal? InPeriod { get; private set; }

    public double? TeamAverage { get; private set; }

    public IReadOnlyList<CriterionComparison> Criteria { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<ExemplarMoment>> Exemplars { get; private set; } = new Dictionary<string, IReadOnlyList<ExemplarMoment>>();

    public IReadOnlyList<CoachingNote> Notes { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public bool CanAddNotes => User.Role() is Role.TeamLeader or Role.QaAnalyst or Role.Admin;

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(string advisorId, int? days, CancellationToken ct)
    {
        if (!await LoadAsync(advisorId, days, ct))
        {
            return NotFound();
        }

        await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = User.Id(), Action = "profile.view", Detail = advisorId }, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(string advisorId, string? text, long? interactionId, CancellationToken ct)
    {
        if (!await Visible(advisorId, ct))
        {
            return NotFound();
        }

        if (!CanAddNotes)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            await store.AddCoachingNoteAsync(new CoachingNote
            {
                AdvisorId = advisorId, AuthorUserId = User.Id(), Text = text.Trim(), InteractionId = interactionId, At = clock.GetUtcNow(),
            }, ct);
            await store.AuditAsync(new AuditEntry
            {
                At = clock.GetUtcNow(), Actor = User.Id(), Action = "coaching.note", InteractionId = interactionId, Detail = advisorId,
            }, ct);
        }

        return LocalRedirect($"/advisors/{Uri.EscapeDataString(advisorId)}#notes");
    }

    /// <summary>The advisor exists within the caller's scope (an advisor: only themselves).</summary>
    private async Task<bool> Visible(string advisorId, CancellationToken ct)
    {
        if (User.Role() == Role.Advisor && User.FindFirst(AttuneClaims.Advisor)?.Value != advisorId)
        {
            return false;
        }

        var totals = await store.GetAdvisorTotalsAsync(new StatsQuery { Scope = User.Scope(), AdvisorId = advisorId }, ct);
        if (totals.Count == 0)
        {
            return false;
        }

        Advisor = totals[0];
        return true;
    }

    private async Task<bool> LoadAsync(string advisorId, int? days, CancellationToken ct)
    {
        if (!await Visible(advisorId, ct))
        {
            return false;
        }

        IsSelf = User.FindFirst(AttuneClaims.Advisor)?.Value == advisorId;
        Days = Period.Normalise(days);
        var to = clock.GetUtcNow();
        var from = to.AddDays(-Days);
        var scope = User.Scope();
        var teamScope = Advisor.TeamId is { } team ? new InteractionScope(TeamId: team) : InteractionScope.All;
        TeamName = Advisor.TeamId is null ? null : (await store.ListTeamsAsync(ct)).FirstOrDefault(t => t.Id == Advisor.TeamId)?.Name ?? Advisor.TeamId;

        InPeriod = (await store.GetAdvisorTotalsAsync(new StatsQuery { Scope = scope, AdvisorId = advisorId, From = from, To = to }, ct)).FirstOrDefault();
        var mine = await store.GetCriterionTotalsAsync(new StatsQuery { Scope = scope, AdvisorId = advisorId, From = from, To = to }, ct);
        var teamTotals = await store.GetCriterionTotalsAsync(new StatsQuery { Scope = teamScope, TeamId = Advisor.TeamId, From = from, To = to }, ct);
        Criteria = CriterionComparison.Compare(mine, teamTotals);

        var peers = await store.GetAdvisorTotalsAsync(new StatsQuery { Scope = teamScope, TeamId = Advisor.TeamId, From = from, To = to }, ct);
        var volume = peers.Sum(p => p.Interactions);
        TeamAverage = volume > 0 ? peers.Where(p => p.AverageScore is not null).Sum(p => p.AverageScore!.Value * p.Interactions) / volume : null;

        var gaps = Criteria.Where(c => c.IsGap).ToList();
        var exemplars = new Dictionary<string, IReadOnlyList<ExemplarMoment>>();
        if (gaps.Count > 0)
        {
            // each peer's rates once, then the best (by the interval's lower bound: sure and high) per gap criterion
            var peerRates = (await store.GetCriterionTotalsByAdvisorAsync(new StatsQuery { Scope = teamScope, TeamId = Advisor.TeamId, From = from, To = to }, ct))
                .Where(kv => kv.Key != advisorId)
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

            var distressedShare = InPeriod is { Interactions: > 0 } ? ChampionsBoard.Difficulty(InPeriod) : 0;
            foreach (var gap in gaps)
            {
                var top = peerRates
                    .Select(kv => (Advisor: kv.Key, Total: kv.Value.FirstOrDefault(t => t.CriterionId == gap.CriterionId)))
                    .Where(x => x.Total is not null && x.Total.Passed + x.Total.Failed >= TopPerformerMinimum)
                    .Select(x => (x.Advisor, Wilson: WilsonInterval.Of(x.Total!.Passed, x.Total.Passed + x.Total.Failed)))
                    .Where(x => x.Wilson.Rate > gap.Advisor.Rate)
                    .OrderByDescending(x => x.Wilson.Lower)
                    .Take(3)
                    .Select(x => x.Advisor)
                    .ToList();
                // the same kind of situation: distressed customers first when the advisor meets them at all
                var found = distressedShare > 0
                    ? await ExemplarFinder.FindAsync(store, teamScope, scope, top, gap.CriterionId, distressed: true, from, to, 3, ct)
                    : [];
                if (found.Count == 0)
                {
                    found = await ExemplarFinder.FindAsync(store, teamScope, scope, top, gap.CriterionId, distressed: false, from, to, 3, ct);
                }

                exemplars[gap.CriterionId] = found;
            }
        }

        Exemplars = exemplars;
        Notes = await store.GetCoachingNotesAsync(advisorId, ct);
        Names = await UserNames.LoadAsync(store, ct);
        return true;
    }
}
