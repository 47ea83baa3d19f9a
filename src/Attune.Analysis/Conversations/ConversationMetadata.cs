namespace Attune.Analysis.Conversations;

/// <summary>Who and what an interaction was about. Every field is optional.</summary>
public sealed record ConversationMetadata
{
    public string? InteractionId { get; init; }

    public string? AdvisorId { get; init; }

    public string? AdvisorName { get; init; }

    public string? CustomerId { get; init; }

    /// <summary>The customer's name when the source knows it; used by the personalisation detector.</summary>
    public string? CustomerName { get; init; }

    public string? Team { get; init; }

    public string? Queue { get; init; }

    public DateTimeOffset? StartedAt { get; init; }
}
