using Attune.Storage;
using Attune.Storage.Model;

namespace Attune.Web.Pages;

/// <summary>The teams a filter offers: the configured teams plus any team id the interactions carry (transcripts name
/// their team before an admin has created it), for callers who see every team; nobody else gets a team filter.</summary>
public static class TeamChoices
{
    public static async Task<IReadOnlyList<Team>> ForAsync(IAttuneStore store, InteractionScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (scope != InteractionScope.All)
        {
            return [];
        }

        var teams = (await store.ListTeamsAsync(ct).ConfigureAwait(false)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var id in await store.GetTeamIdsAsync(ct).ConfigureAwait(false))
        {
            if (id.Length > 0 && !teams.ContainsKey(id))
            {
                teams[id] = new Team { Id = id, Name = id };
            }
        }

        return teams.Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
