using Attune.Web.Live;
using Attune.Web.Live.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Live;

/// <summary>
/// One live interaction: transcript with its findings highlighted, the customer's emotion, the nudges and the alerts.
/// Whoever may watch it (<see cref="LiveAccess.MayWatch"/>: its advisor, or a supervisor whose scope holds it) sees it;
/// anyone else gets 404, as for a stored interaction. Only its own advisor gets the mute controls.
/// </summary>
[Authorize]
public sealed class SessionModel(LiveSessions sessions, TimeProvider clock) : PageModel
{
    public LiveSnapshot Snapshot { get; private set; } = null!;

    public bool IsOwner { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (sessions.Find(id) is not { } session || !LiveAccess.MayWatch(User, session))
        {
            return NotFound();
        }

        IsOwner = LiveAccess.IsOwnAdvisor(User, session);
        Snapshot = session.Snapshot(clock.GetUtcNow());
        return Page();
    }
}
