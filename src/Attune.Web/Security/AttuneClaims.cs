using System.Security.Claims;
using Attune.Storage.Model;

namespace Attune.Web.Security;

/// <summary>The claims a signed-in user or an API key carries, and what they may see.</summary>
public static class AttuneClaims
{
    public const string Team = "attune:team";
    public const string Advisor = "attune:advisor";

    /// <summary>"user" for people, "apikey" for API keys.</summary>
    public const string Kind = "attune:kind";

    public static ClaimsPrincipal For(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(Kind, "user"),
        };
        if (user.TeamId is not null)
        {
            claims.Add(new Claim(Team, user.TeamId));
        }

        if (user.AdvisorId is not null)
        {
            claims.Add(new Claim(Advisor, user.AdvisorId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static ClaimsPrincipal For(ApiKeyRecord key, string scheme)
    {
        ArgumentNullException.ThrowIfNull(key);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, "apikey:" + key.Id),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role.ToString()),
            new(Kind, "apikey"),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string Id(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
    }

    public static Role? Role(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
    }

    /// <summary>
    /// Which interactions the caller may see: advisors only those carrying their advisor id, team leaders their team's,
    /// QA analysts and admins all. Anyone else (no role, an advisor account without an advisor id) sees nothing.
    /// </summary>
    public static InteractionScope Scope(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role() switch
        {
            Attune.Storage.Model.Role.Admin or Attune.Storage.Model.Role.QaAnalyst => InteractionScope.All,
            Attune.Storage.Model.Role.TeamLeader when user.FindFirstValue(Team) is { } team => new InteractionScope(TeamId: team),
            Attune.Storage.Model.Role.Advisor when user.FindFirstValue(Advisor) is { } advisor => new InteractionScope(AdvisorId: advisor),
            _ => InteractionScope.Nothing,
        };
    }
}
