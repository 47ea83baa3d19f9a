using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>The audit log (admins): the latest entries, or one interaction's.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(IAttuneStore store) : PageModel
{
    public const int Limit = 500;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public long? InteractionId { get; private set; }

    /// <summary>User id → user name, so the log reads as people, not ids.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(long? interaction, CancellationToken ct)
    {
        InteractionId = interaction;
        Entries = await store.GetAuditAsync(interaction, Limit, ct);
        Names = (await store.ListUsersAsync(ct)).ToDictionary(u => u.Id, u => u.UserName, StringComparer.Ordinal);
    }
}
