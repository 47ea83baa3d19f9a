namespace Attune.Analysis.Text.Detectors.Questions;

/// <summary>
/// A sentence read as a question: open or closed, why, and the token range [FirstToken, EndToken)
/// from the question's head (the wh-word, the fronted auxiliary, the frame) to the end of the sentence.
/// <see cref="WhForm"/> is true when the syntax is a wh-question, whatever it asks for: "how many times…?"
/// is closed (a single fact) but a wh-question by form, which is how Switchboard tags it.
/// </summary>
public readonly record struct QuestionShape(bool IsOpen, QuestionReason Reason, int FirstToken, int EndToken, string Head, bool WhForm = false)
{
    public string Label => IsOpen ? "open" : "closed";
}
