using Attune.Storage;
using Microsoft.Extensions.Options;

namespace Attune.Web.Data;

/// <summary>
/// Recordings of interactions with audio, as files under <see cref="StorageOptions.BlobPath"/> (default
/// "attune-data/blobs"): named by a random id, never by anything the client sent.
/// </summary>
public sealed class BlobStore
{
    private readonly string _root;

    public BlobStore(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _root = Path.GetFullPath(options.Value.BlobPath ?? "attune-data/blobs");
    }

    /// <summary>Copies <paramref name="content"/> to a new blob and returns its relative name.</summary>
    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(_root);
        var name = $"{Guid.NewGuid():N}{extension}";
        var path = Path.Combine(_root, name);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, ct).ConfigureAwait(false);
        return name;
    }

    /// <summary>
    /// A new blob to write as data arrives (a live call's recording): the open file (readable by others while it is
    /// written) and its relative name in <paramref name="name"/>.
    /// </summary>
    public FileStream Create(string extension, out string name)
    {
        Directory.CreateDirectory(_root);
        name = $"{Guid.NewGuid():N}{extension}";
        return new FileStream(Path.Combine(_root, name), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 16384, useAsync: false);
    }

    /// <summary>The full path of a stored blob, or null when the name is not one of ours.</summary>
    public string? PathOf(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(_root, name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Removes a blob (an upload that turned out unreadable).</summary>
    public void Delete(string name)
    {
        if (PathOf(name) is { } path)
        {
            File.Delete(path);
        }
    }
}
