namespace Attune.Analysis.Conversations;

/// <summary>
/// One turn of a conversation: a party's uninterrupted utterance or chat message.
/// Times are seconds from the start of the interaction, when known.
/// </summary>
public sealed record Turn
{
    public required Party Party { get; init; }

    /// <summary>The text as spoken or typed (after redaction, once analysed).</summary>
    public required string Text { get; init; }

    /// <summary>Name or label of the speaker as it appeared in the source, if any.</summary>
    public string? Speaker { get; init; }

    public double? Start { get; init; }

    public double? End { get; init; }

    public IReadOnlyList<Word> Words { get; init; } = [];

    /// <summary>How the turn sounded, when the interaction has a recording.</summary>
    public TurnVoice? Voice { get; init; }
}
