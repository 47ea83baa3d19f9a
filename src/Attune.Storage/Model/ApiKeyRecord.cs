namespace Attune.Storage.Model;

/// <summary>An API key: only the SHA-256 of the secret is stored; the key acts with <see cref="Role"/>.</summary>
public sealed class ApiKeyRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public string SecretHash { get; set; } = "";

    public Role Role { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool Revoked { get; set; }
}
