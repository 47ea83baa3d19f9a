namespace Attune.Analysis.Text.Detectors.Questions;

/// <summary>Why a sentence was read as a question, and so whether it is open or closed.</summary>
public enum QuestionReason
{
    /// <summary>Open: a wh-question ("what happened?", "how do you feel about it?").</summary>
    WhQuestion,

    /// <summary>
    /// Closed: a wh-question whose answer is a number or a time ("how many…?", "how long…?", "what time…?"): a single
    /// fact (BEHAVIOURS.md), and the AnnoMI counsellors' annotators mostly mark them closed. Switchboard tags these qw
    /// (open) by form; <see cref="AnalysisOptions.WhQuestionsOpenByForm"/> counts them open.
    /// </summary>
    WhMeasure,

    /// <summary>Open: a wh-word left in place in a statement-shaped question ("you called them when?").</summary>
    WhInSitu,

    /// <summary>Open: a polite request for an account ("could you tell me what happened?", "can you walk me through it?").</summary>
    OpenRequest,

    /// <summary>Open: an imperative prompt ("tell me about…", "describe…", "walk me through…").</summary>
    Prompt,

    /// <summary>Open: an indirect wh-question ("I wonder what made you…", "I'd like to know how…").</summary>
    IndirectOpen,

    /// <summary>Open: a yes/no frame over an open set, the customer's own thoughts or anything else ("do you have any ideas about…?", "anything else?").</summary>
    Inventory,

    /// <summary>Closed: auxiliary before the subject ("do you…?", "can I…?", "is it…?").</summary>
    YesNo,

    /// <summary>Closed: a statement asked as a question ("so you've already restarted it?").</summary>
    Declarative,

    /// <summary>Closed: a tag question (", isn't it?", ", right?", ", huh?").</summary>
    Tag,

    /// <summary>Closed: an either/or alternative ("… or do you pay by card?").</summary>
    Alternative,

    /// <summary>Closed: an indirect yes/no question ("I wonder if…", "I don't know whether you…").</summary>
    IndirectClosed,

    /// <summary>Closed: a proposal put as a question, to accept or decline ("how about if I call you back tomorrow?").</summary>
    Proposal,

    /// <summary>Closed: a wh-question that asks for one fact (a number, a time, a name: "how many times?", "what's your postcode?").</summary>
    SingleFact,
}
