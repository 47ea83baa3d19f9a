using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>
/// Teams (admins). A team's id is what interactions carry as their team (the transcripts' <c>team</c>), so team
/// leaders see their team's interactions; the name is what people read.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class TeamsModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? id, string? name, CancellationToken ct)
    {
        await LoadAsync(ct);
        id = id?.Trim();
        name = name?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > 100 || string.IsNullOrEmpty(name) || name.Length > 100)
        {
            Error = "A team needs an id (as interactions carry it, up to 100 characters) and a name.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var existing = Teams.FirstOrDefault(t => t.Id == id);
        await store.SaveTeamAsync(new Team { Id = id, Name = name }, ct);
        await store.RecordAsync(User, clock, existing is null ? "team.create" : "team.rename",
            existing is null ? $"created team '{id}' ({name})" : $"team '{id}': '{existing.Name}' → '{name}'", ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Teams = await store.ListTeamsAsync(ct);
        Users = await store.ListUsersAsync(ct);
    }
}
