using Attune.Storage;

namespace Attune.Web.Review;

/// <summary>User id → display name, to show who overrode, disputed or calibrated.</summary>
public static class UserNames
{
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(IAttuneStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var users = await store.ListUsersAsync(ct).ConfigureAwait(false);
        return users.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName : u.DisplayName, StringComparer.Ordinal);
    }

    public static string Of(this IReadOnlyDictionary<string, string> names, string? id) =>
        id is null ? "" : names.TryGetValue(id, out var n) ? n : id;
}
