using System.Security.Claims;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace Attune.Web.Live;

/// <summary>Who may watch or mute a live session (the same rules for the hub and REST).</summary>
public static class LiveAccess
{
    /// <summary>The caller is the session's own advisor (their advisor id is the session's).</summary>
    public static bool IsOwnAdvisor(ClaimsPrincipal user, LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(session);
        return user.FindFirst(AttuneClaims.Advisor)?.Value is { Length: > 0 } advisor
            && (string.Equals(advisor, session.Metadata.AdvisorId, StringComparison.Ordinal) || string.Equals(advisor, session.ScopeAdvisorId, StringComparison.Ordinal));
    }

    /// <summary>
    /// Watch: the session's advisor, anyone whose scope allows the session's advisor and team (team leader of that team,
    /// QA, admin), or an Ingest key (QA/admin role: scope all).
    /// </summary>
    public static bool MayWatch(ClaimsPrincipal user, LiveSession session) =>
        IsOwnAdvisor(user, session) || user.Scope().Allows(session.ScopeAdvisorId, session.Metadata.Team);

    /// <summary>Mute/unmute: the session's advisor, or whoever passes the Ingest policy; null when allowed.</summary>
    public static async Task<LiveRequestError?> MayMuteAsync(ClaimsPrincipal user, LiveSession session, IAuthorizationService auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        if (IsOwnAdvisor(user, session) || (await auth.AuthorizeAsync(user, Policies.Ingest).ConfigureAwait(false)).Succeeded)
        {
            return null;
        }

        return LiveRequestError.NotAllowed("Only the session's advisor (or an ingest key) may mute its nudges.");
    }
}
