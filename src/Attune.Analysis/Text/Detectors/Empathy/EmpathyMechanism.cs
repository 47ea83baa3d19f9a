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

    /// <summary>Asking about the customer's feelings or experience ("how are you feeling about it?", "what happened then?").</summary>
    public const string Exploration = "exploration";
}
