using Attune.Analysis.Conversations;

namespace Attune.Web.Live;

/// <summary>Who handled a live interaction (all optional).</summary>
public sealed record LiveMetadata(string? AdvisorId, string? AdvisorName, string? Team, string? CustomerId, string? CustomerName = null, string? Queue = null)
{
    internal ConversationMetadata ToConversationMetadata(string id, DateTimeOffset startedAt) => new()
    {
        InteractionId = id,
        AdvisorId = AdvisorId,
        AdvisorName = AdvisorName,
        Team = Team,
        CustomerId = CustomerId,
        CustomerName = CustomerName,
        Queue = Queue,
        StartedAt = startedAt,
    };
}
