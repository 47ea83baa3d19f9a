using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Coaching;
using Attune.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Advisors;

/// <summary>
/// /advisors: the advisors a team leader (their team) or QA analyst (everyone) coaches, with volume, average score and
/// difficulty over the period. An advisor is sent to their own profile: they see nobody else's.
/// </summary>
public sealed class IndexModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AdvisorTotal> Advisors { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();

    public int Days { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? days, CancellationToken ct)
    {
        if (User.Role() == Role.Advisor)
        {
            var own = User.FindFirst(AttuneClaims.Advisor)?.Value;
            return own is null ? NotFound() : Redirect("/advisors/" + Uri.EscapeDataString(own));
        }

        Days = Period.Normalise(days);
        var to = clock.GetUtcNow();
        Advisors = (await store.GetAdvisorTotalsAsync(new StatsQuery { Scope = User.Scope(), From = to.AddDays(-Days), To = to }, ct))
            .OrderBy(a => a.AdvisorName ?? a.AdvisorId, StringComparer.OrdinalIgnoreCase).ToList();
        Teams = (await store.ListTeamsAsync(ct)).ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        return Page();
    }

    public static double Difficulty(AdvisorTotal a) => ChampionsBoard.Difficulty(a);
}
