using Attune.Analysis.Conversations;

namespace Attune.Analysis.Findings;

/// <summary>
/// One recognised signal with its evidence: the turn, the character span in that turn's
/// (redacted) text, the quote, and the time in the recording when known.
/// Signal ids are those of BEHAVIOURS.md (see <see cref="Signals"/>).
/// </summary>
public sealed record Finding
{
    public required string Signal { get; init; }

    public required Party Party { get; init; }

    /// <summary>Zero-based index of the turn the evidence is in.</summary>
    public required int Turn { get; init; }

    /// <summary>Character offset of the evidence in the turn text; 0 with <see cref="Length"/> = text length for whole-turn findings.</summary>
    public int SpanStart { get; init; }

    public int Length { get; init; }

    public required string Quote { get; init; }

    /// <summary>Seconds from the start of the recording, when the turn has times.</summary>
    public double? Start { get; init; }

    public double? End { get; init; }

    public Polarity Polarity { get; init; } = Polarity.Info;

    /// <summary>A sentence a person can read: what was recognised and why it counts.</summary>
    public required string Detail { get; init; }

    /// <summary>A class label where the signal has one (e.g. "negative", "frustration", "missed").</summary>
    public string? Label { get; init; }

    /// <summary>A numeric value where the signal has one (sentiment -1..1, intensity 0..1).</summary>
    public double? Value { get; init; }

    /// <summary>A better phrasing or a plain-language alternative, where one applies.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Index of another turn this finding refers to (the customer turn an opportunity came from, the earlier turn a repeat restates).</summary>
    public int? RelatedTurn { get; init; }
}
