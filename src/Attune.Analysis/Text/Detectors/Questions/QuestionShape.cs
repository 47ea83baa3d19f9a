namespace Attune.Analysis.Text.Detectors.Questions;

/// <summary>
/// A sentence read as a question: open or closed, why, and the token range [FirstToken, EndToken)
/// from the question's head (the wh-word, the fronted auxiliary, the frame) to the end of the sentence.
/// </summary>
public readonly record struct QuestionShape(bool IsOpen, QuestionReason Reason, int FirstToken, int EndToken, string Head)
{
    public string Label => IsOpen ? "open" : "closed";
}
