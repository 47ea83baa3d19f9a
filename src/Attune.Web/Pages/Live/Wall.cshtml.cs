using Attune.Web.Live;
using Attune.Web.Live.Events;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Live;

/// <summary>
/// The supervisor wall (team leaders, QA analysts, admins): every open live interaction in the caller's scope as a tile
/// (advisor, duration, customer emotion and trend, risk, latest alert), riskiest first; each links to /live/{id}.
/// live.js keeps it live (WatchWall: tiles re-sorted as they change, new ones added, ended ones removed).
/// </summary>
[Authorize(Policy = Policies.Coach)]
public sealed class WallModel(LiveSessions sessions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<LiveTile> Tiles { get; private set; } = [];

    public void OnGet()
    {
        var now = clock.GetUtcNow();
        Tiles = [.. sessions.Open
            .Where(s => User.Scope().Allows(s.ScopeAdvisorId, s.Metadata.Team))
            .Select(s => s.Tile(now))
            .OrderByDescending(t => t.Risk)
            .ThenBy(t => t.StartedAt)];
    }
}
