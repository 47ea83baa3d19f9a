namespace Attune.Analysis.Conversations;

/// <summary>An interaction as a sequence of turns: the single model every importer produces.</summary>
public sealed record Conversation
{
    public required IReadOnlyList<Turn> Turns { get; init; }

    public Channel Channel { get; init; } = Channel.Chat;

    public ConversationMetadata Metadata { get; init; } = new();

    /// <summary>Where the conversation came from (file path or a label), for messages.</summary>
    public string? Source { get; init; }

    /// <summary>True when every turn carries a start time.</summary>
    public bool HasTimes => Turns.Count > 0 && Turns.All(t => t.Start is not null);
}
