namespace Attune.Web.Security;

/// <summary>Authorization policy names (registered in <see cref="SecurityExtensions"/>).</summary>
public static class Policies
{
    /// <summary>Admins only: settings, users, teams, API keys.</summary>
    public const string Admin = "admin";

    /// <summary>QA analysts and admins: overrides, dispute resolution, calibration, exemplar curation.</summary>
    public const string Analyst = "analyst";

    /// <summary>Team leaders, QA analysts and admins: coaching notes, team views.</summary>
    public const string Coach = "coach";

    /// <summary>Posting interactions: admins and QA analysts (people or API keys).</summary>
    public const string Ingest = "ingest";

    /// <summary>The sign-in rate limit (per client address).</summary>
    public const string SignInLimit = "signin";
}
