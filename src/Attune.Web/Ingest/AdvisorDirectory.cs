using Attune.Storage;
using Attune.Storage.Model;

namespace Attune.Web.Ingest;

/// <summary>
/// Who an advisor id belongs to: the team and display name of the user account linked to it (Settings → Users). An
/// interaction that arrives with only the advisor's id (a Twilio stream's <c>advisorId</c>, a transcript without a
/// team) is filed under that advisor's team, so their team leader sees it. Read from the store at most every
/// <see cref="MaxAge"/>; ids no account claims stay as they came.
/// </summary>
public sealed class AdvisorDirectory(IAttuneStore store, TimeProvider clock)
{
    /// <summary>How long the accounts are kept before they are read again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset Read, Dictionary<string, UserAccount> ByAdvisor)? _current;

    /// <summary>The account linked to <paramref name="advisorId"/>, if any (disabled accounts included: their past work still belongs to their team).</summary>
    public async Task<UserAccount?> FindAsync(string? advisorId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(advisorId))
        {
            return null;
        }

        var byAdvisor = await AccountsAsync(ct).ConfigureAwait(false);
        return byAdvisor.TryGetValue(advisorId.Trim(), out var account) ? account : null;
    }

    /// <summary>Forgets what was read (after a user changes).</summary>
    public void Invalidate() => _current = null;

    private async Task<Dictionary<string, UserAccount>> AccountsAsync(CancellationToken ct)
    {
        if (_current is { } current && clock.GetUtcNow() - current.Read < MaxAge)
        {
            return current.ByAdvisor;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_current is { } fresh && clock.GetUtcNow() - fresh.Read < MaxAge)
            {
                return fresh.ByAdvisor;
            }

            var byAdvisor = new Dictionary<string, UserAccount>(StringComparer.Ordinal);
            foreach (var user in await store.ListUsersAsync(ct).ConfigureAwait(false))
            {
                if (!string.IsNullOrWhiteSpace(user.AdvisorId))
                {
                    byAdvisor.TryAdd(user.AdvisorId, user);
                }
            }

            _current = (clock.GetUtcNow(), byAdvisor);
            return byAdvisor;
        }
        finally
        {
            _gate.Release();
        }
    }
}
