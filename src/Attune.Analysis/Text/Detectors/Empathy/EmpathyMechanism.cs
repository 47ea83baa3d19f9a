namespace Attune.Analysis.Text.Detectors.Empathy;

/// <summary>
/// The label of an <c>empathy.statement</c> finding: which of the three empathy mechanisms of
/// EPITOME (Sharma et al., EMNLP 2020) the statement uses.
/// </summary>
public static class EmpathyMechanism
{
    /// <summary>Expressing warmth, compassion or concern ("I'm so sorry you're going through this", "that's awful").</summary>
    public const string EmotionalReaction = "emotional_reaction";

    /// <summary>Communicating an understanding of the customer's feelings or experience ("that sounds really frustrating", "I'd feel the same").</summary>
    public const string Interpretation = "interpretation";

    /// <summary>
    /// Both an emotional reaction and an interpretation in one statement ("I know how you feel", "I hear you",
    /// "I understand this is a frustrating experience"). EPITOME's mechanisms are not exclusive and its raters
    /// mark such phrases for both; one finding with this label keeps one phrase from counting twice while
    /// still saying it does both.
    /// </summary>
    public const string Resonance = "resonance";

    /// <summary>True when a finding with <paramref name="label"/> shows <paramref name="mechanism"/> (a resonance shows a reaction and an interpretation).</summary>
    public static bool Shows(string? label, string mechanism) =>
        label == mechanism || (label == Resonance && mechanism is EmotionalReaction or Interpretation);

    /// <summary>Asking about the customer's feelings or experience ("how are you feeling about it?", "what happened then?").</summary>
    public const string Exploration = "exploration";
}
