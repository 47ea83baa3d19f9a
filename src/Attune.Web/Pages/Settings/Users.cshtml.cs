using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Attune.Storage;
using Attune.Web.Ingest;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>
/// Users (admins): create local accounts (password hashed with ASP.NET Core Identity's hasher, <see cref="PasswordRules"/>),
/// change role, team and advisor id, disable. An admin cannot disable or demote their own account (no lock-out).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(IAttuneStore store, IPasswordHasher<UserAccount> hasher, AdvisorDirectory advisors, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public string? Message { get; private set; }

    public sealed class NewUser
    {
        [Required]
        public string UserName { get; set; } = "";

        public string? DisplayName { get; set; }

        public Role Role { get; set; }

        public string? TeamId { get; set; }

        public string? AdvisorId { get; set; }

        public string? Password { get; set; }
    }

    [BindProperty]
    public NewUser Input { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var name = (Input.UserName ?? "").Trim().ToLowerInvariant();
        if (name.Length is < 2 or > 64 || name.Any(ch => !(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' or '@')))
        {
            Errors.Add("The user name needs 2–64 characters: letters, digits, '.', '-', '_' or '@'.");
        }
        else if (await store.FindUserByNameAsync(name, ct) is not null)
        {
            Errors.Add($"There is already a user '{name}'.");
        }

        if (PasswordRules.Check(Input.Password) is { } weak)
        {
            Errors.Add(weak);
        }

        var team = Blank(Input.TeamId);
        if (team is not null && Teams.All(t => t.Id != team))
        {
            Errors.Add($"There is no team '{team}'.");
        }

        if (Input.Role is Role.Advisor && Blank(Input.AdvisorId) is null)
        {
            Errors.Add("An advisor needs the advisor id their interactions carry, or they will see nothing.");
        }

        if (Input.Role is Role.TeamLeader && team is null)
        {
            Errors.Add("A team leader needs a team.");
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var user = new UserAccount
        {
            Id = "u-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            UserName = name,
            DisplayName = Blank(Input.DisplayName) ?? name,
            Role = Input.Role,
            TeamId = team,
            AdvisorId = Blank(Input.AdvisorId),
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, Input.Password!);
        await store.SaveUserAsync(user, ct);
        advisors.Invalidate();
        await store.RecordAsync(User, clock, "user.create", $"created user '{user.UserName}' ({user.Id}) as {user.Role}{(team is null ? "" : " in " + team)}", ct);
        return RedirectToPage(new { done = $"Created {user.UserName}." });
    }

    public async Task<IActionResult> OnPostUpdateAsync(string id, Role role, string? teamId, string? advisorId, bool disabled, CancellationToken ct)
    {
        var user = await store.GetUserAsync(id, ct);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        var team = Blank(teamId);
        if (id == User.Id() && (disabled || role != Role.Admin))
        {
            Errors.Add("You cannot disable your own account or take away your own admin role.");
        }

        if (team is not null && Teams.All(t => t.Id != team))
        {
            Errors.Add($"There is no team '{team}'.");
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var before = $"{user.Role}/{user.TeamId}/{user.AdvisorId}/{(user.Disabled ? "disabled" : "enabled")}";
        user.Role = role;
        user.TeamId = team;
        user.AdvisorId = Blank(advisorId);
        user.Disabled = disabled;
        await store.SaveUserAsync(user, ct);
        advisors.Invalidate();
        var after = $"{user.Role}/{user.TeamId}/{user.AdvisorId}/{(user.Disabled ? "disabled" : "enabled")}";
        await store.RecordAsync(User, clock, disabled ? "user.disable" : "user.update", $"user '{user.UserName}': {before} → {after}", ct);
        return RedirectToPage(new { done = $"Saved {user.UserName}." });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await store.ListUsersAsync(ct);
        Teams = await store.ListTeamsAsync(ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
