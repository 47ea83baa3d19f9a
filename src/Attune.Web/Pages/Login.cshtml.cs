using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Attune.Web.Pages;

/// <summary>Local sign-in: the password checked with ASP.NET Core Identity's hasher; attempts rate-limited per address.</summary>
[AllowAnonymous]
[EnableRateLimiting(Policies.SignInLimit)]
public sealed class LoginModel(IAttuneStore store, IPasswordHasher<UserAccount> hasher, TimeProvider clock) : PageModel
{
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(UserName) ? null : await store.FindUserByNameAsync(UserName.Trim(), ct);
        var ok = user is { Disabled: false } && Password is not null
            && hasher.VerifyHashedPassword(user, user.PasswordHash, Password) != PasswordVerificationResult.Failed;
        if (!ok)
        {
            // One message for an unknown name and a wrong password: the page does not say which names exist.
            Error = "That user name and password do not match an account.";
            await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = "anonymous", Action = "signin.failed", Detail = UserName ?? "" }, ct);
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AttuneClaims.For(user!, CookieAuthenticationDefaults.AuthenticationScheme));
        await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = user!.Id, Action = "signin" }, ct);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
