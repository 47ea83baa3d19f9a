namespace Attune.Storage.Model;

/// <summary>The set of interactions an aggregate covers: the caller's scope, optional advisor/team, a time range.</summary>
public sealed record StatsQuery
{
    public InteractionScope Scope { get; init; } = InteractionScope.All;

    public string? AdvisorId { get; init; }

    public string? TeamId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}
