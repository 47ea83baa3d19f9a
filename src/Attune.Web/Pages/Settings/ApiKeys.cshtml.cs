using System.Security.Cryptography;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>
/// API keys (admins): create one (its secret is shown once, on the response to the creating request, and only its
/// SHA-256 is stored, <see cref="ApiKeyHandler.Hash"/>), revoke one (it stops working at once).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ApiKeysModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    /// <summary>The secret of the key just created: shown once, never stored.</summary>
    public string? NewSecret { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await store.ListApiKeysAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? name, Role role, CancellationToken ct)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            Error = "A key needs a name (up to 100 characters) saying what uses it.";
            Keys = await store.ListApiKeysAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // 32 random bytes: 256 bits, base64url so it fits a header unchanged.
        var secret = "atk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKeyRecord
        {
            Id = "k-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Name = name,
            SecretHash = ApiKeyHandler.Hash(secret),
            Role = role,
            CreatedBy = User.Id(),
            CreatedAt = clock.GetUtcNow(),
        };
        await store.SaveApiKeyAsync(key, ct);
        await store.RecordAsync(User, clock, "apikey.create", $"created API key '{key.Id}' ({key.Name}) with role {key.Role}", ct);
        NewSecret = secret;
        Keys = await store.ListApiKeysAsync(ct);
        // The secret is in this response only: keep it out of caches.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken ct)
    {
        var key = (await store.ListApiKeysAsync(ct)).FirstOrDefault(k => k.Id == id);
        if (key is null)
        {
            return NotFound();
        }

        if (!key.Revoked)
        {
            key.Revoked = true;
            await store.SaveApiKeyAsync(key, ct);
            await store.RecordAsync(User, clock, "apikey.revoke", $"revoked API key '{key.Id}' ({key.Name})", ct);
        }

        return RedirectToPage();
    }
}
