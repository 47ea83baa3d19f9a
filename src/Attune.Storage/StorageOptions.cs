namespace Attune.Storage;

/// <summary>
/// Configuration section "Storage" (ASP.NET conventions: appsettings, environment variables such as
/// <c>Storage__Provider</c>, command line). The connection string is <c>ConnectionStrings:Attune</c>
/// (<c>ConnectionStrings__Attune</c>).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>sqlite (default: a file) or postgres.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Folder for recordings (WAV files of interactions with audio); default "data/blobs" beside the database.</summary>
    public string? BlobPath { get; set; }
}
