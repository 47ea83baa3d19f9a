using System.Security.Claims;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;

namespace Attune.Web.Pages.Settings;

/// <summary>Every settings change is audited (issue 4: who changed what, when); one line per change.</summary>
internal static class SettingsAudit
{
    public static Task RecordAsync(this IAttuneStore store, ClaimsPrincipal user, TimeProvider clock, string action, string detail, CancellationToken ct) =>
        store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = user.Id(), Action = action, Detail = detail }, ct);
}
