namespace Attune.Storage.Model;

/// <summary>Filters, search and paging of the interactions list; every filter is optional and they combine with AND.</summary>
public sealed record InteractionQuery
{
    public InteractionScope Scope { get; init; } = InteractionScope.All;

    public string? AdvisorId { get; init; }

    public string? TeamId { get; init; }

    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTimeOffset? To { get; init; }

    public string? Channel { get; init; }

    public double? MinScore { get; init; }

    public double? MaxScore { get; init; }

    /// <summary>Exact journey, e.g. "angry→calm".</summary>
    public string? Journey { get; init; }

    /// <summary>Only interactions with at least one finding of this signal id.</summary>
    public string? Signal { get; init; }

    /// <summary>Full-text search over the (redacted) transcript: all words must occur.</summary>
    public string? Text { get; init; }

    public bool? Distressed { get; init; }

    /// <summary>Only incomplete (true) or complete (false) interactions.</summary>
    public bool? Incomplete { get; init; }

    /// <summary>"newest" (default), "oldest", "score", "-score".</summary>
    public string Sort { get; init; } = "newest";

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 25;
}
