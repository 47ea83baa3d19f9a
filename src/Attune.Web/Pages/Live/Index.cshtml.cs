using Attune.Storage.Model;
using Attune.Web.Live;
using Attune.Web.Live.Events;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Live;

/// <summary>
/// Live assist for the signed-in advisor: their open interactions and the assist panel (emotion gauge, nudges with mute
/// controls, alerts, transcript) for the newest one or the one chosen (<c>?session=</c>). Supervisors are sent to the
/// wall. live.js keeps it live (WatchMine: a new interaction takes the panel as it starts).
/// </summary>
[Authorize]
public sealed class IndexModel(LiveSessions sessions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<LiveTile> Mine { get; private set; } = [];

    public LiveSnapshot? Current { get; private set; }

    public IActionResult OnGet(string? session)
    {
        if (User.Role() is Role.TeamLeader or Role.QaAnalyst or Role.Admin)
        {
            return RedirectToPage("/Live/Wall");
        }

        var now = clock.GetUtcNow();
        var mine = sessions.Open.Where(s => LiveAccess.IsOwnAdvisor(User, s)).ToList();
        Mine = [.. mine.Select(s => s.Tile(now))];
        var current = mine.FirstOrDefault(s => s.Id == session) ?? mine.OrderByDescending(s => s.StartedAt).FirstOrDefault();
        Current = current?.Snapshot(now);
        return Page();
    }
}
