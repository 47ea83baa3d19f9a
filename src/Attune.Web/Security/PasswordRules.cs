namespace Attune.Web.Security;

/// <summary>
/// The password rule for local accounts: length, the one rule that measurably helps (NIST SP 800-63B §5.1.1.2: at
/// least 8 characters, no composition rules); we ask for 10.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 10;

    public const int MaxLength = 256;

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? Check(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < MinLength ? $"The password needs at least {MinLength} characters."
        : password.Length > MaxLength ? $"The password may have at most {MaxLength} characters."
        : null;
}
