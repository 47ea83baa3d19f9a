namespace Attune.Storage.Model;

/// <summary>A local account. <see cref="PasswordHash"/> is ASP.NET Core Identity's PBKDF2 format, never a password.</summary>
public sealed class UserAccount
{
    public string Id { get; set; } = "";

    /// <summary>Sign-in name, unique, compared case-insensitively (stored lower-case).</summary>
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public Role Role { get; set; }

    /// <summary>The team the person belongs to (advisors, team leaders); null for QA and admins.</summary>
    public string? TeamId { get; set; }

    /// <summary>For advisors: the advisor id their interactions carry (transcripts' advisor id).</summary>
    public string? AdvisorId { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
