namespace Attune.Storage.Model;

/// <summary>
/// Which interactions a caller may see, applied inside every query (never after): an advisor only their own advisor id,
/// a team leader only their team, QA analysts and admins everything (<see cref="All"/>).
/// </summary>
public sealed record InteractionScope(string? AdvisorId = null, string? TeamId = null)
{
    public static InteractionScope All { get; } = new();

    /// <summary>A scope that can see nothing (an advisor account with no advisor id).</summary>
    public static InteractionScope Nothing { get; } = new("\u0000none", null);

    /// <summary>
    /// Whether an interaction of <paramref name="advisorId"/> in <paramref name="teamId"/> is inside this scope: the same
    /// rule the store applies in SQL, for a caller that already holds the row (no second query).
    /// </summary>
    public bool Allows(string? advisorId, string? teamId) =>
        (AdvisorId is null || string.Equals(AdvisorId, advisorId, StringComparison.Ordinal))
        && (TeamId is null || string.Equals(TeamId, teamId, StringComparison.Ordinal));
}
