using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>Commitment phrases, action verbs and the words around them. Built once.</summary>
internal static class OwnershipLexicon
{
    public static readonly KindedLexicon<CommitmentKind> Commitments = new(
    [
        ("(i'll|i will|i shall|i'm going to|i am going to|i'm gonna|im going to|im gonna|let me|i promise to|i promise i'll|i'm now going to)", CommitmentKind.PersonalSubject),
        ("(we'll|we will|we shall|we're going to|we are going to|we're gonna)", CommitmentKind.TeamSubject),
        ("(i'm|i am|im|we're|we are) *", CommitmentKind.InProgress),
        ("leave (it|this|that) with me", CommitmentKind.Complete),
        ("consider it done", CommitmentKind.Complete),
        ("(i'm|i am) on it", CommitmentKind.Complete),
        ("(you have|you've got|i give you) my word", CommitmentKind.Complete),
        ("i'll take it from here", CommitmentKind.Complete),
        ("i will take it from here", CommitmentKind.Complete),
        ("(i'll|i will|let me|i'm going to) (try|attempt|endeavour|endeavor) (to|and|my)", CommitmentKind.Weak),
        ("(i'll|i will|let me|i'm going to) do (my|what i) (best|can)", CommitmentKind.Weak),
        ("(i'll|i will|let me|i'm going to|we'll) see (what|if) (i|we) can", CommitmentKind.Weak),
        ("hopefully (i|we) (can|will|'ll|could)", CommitmentKind.Weak),
        ("hopefully (i'll|we'll)", CommitmentKind.Weak),
    ]);

    /// <summary>Verbs that, after "I'll" / "let me", commit the advisor to act for the customer.</summary>
    public static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "sort", "fix", "resolve", "refund", "credit", "reimburse", "compensate", "waive", "cancel", "process",
        "arrange", "book", "schedule", "send", "post", "email", "text", "call", "ring", "phone", "contact", "chase",
        "escalate", "raise", "log", "report", "follow", "look", "investigate", "check", "find", "make", "ensure",
        "take", "handle", "deal", "organise", "organize", "order", "replace", "repair", "reset", "restore",
        "reconnect", "update", "change", "amend", "correct", "remove", "reverse", "apply", "add", "activate", "unlock",
        "reactivate", "upgrade", "fast-track", "expedite", "prioritise", "prioritize", "monitor", "keep", "get",
        "come", "stay", "own", "note", "put", "pass", "speak", "talk", "personally", "give", "issue", "refer",
        "request", "submit", "push", "action", "authorise", "authorize", "approve", "release", "transfer", "move",
        "set", "reschedule", "dispatch", "courier", "return", "write", "confirm", "do", "have", "be", "work",
        "liaise", "sit", "stop", "block", "freeze", "cover", "pay", "match", "honour", "honor", "extend", "open",
        "close", "clear", "adjust", "recalculate", "reissue", "resend", "re-send", "redo", "rebook", "text", "type", "enter", "retry", "re-try", "reprocess", "rerun",
    };

    /// <summary>
    /// Service actions that, in the first person singular present progressive ("I'm adding…", "I'm opening a
    /// case…"), are the advisor acting for the customer there and then, with or without "now". (A team
    /// progressive, "we're processing a high volume of calls", is not.)
    /// </summary>
    public static readonly HashSet<string> ServiceActions = new(StringComparer.Ordinal)
    {
        "adding", "opening", "raising", "logging", "booking", "arranging", "refunding", "crediting", "escalating",
        "cancelling", "canceling", "sending", "ordering", "issuing", "sorting", "fixing", "processing", "chasing",
        "reporting", "replacing", "waiving", "reversing", "resetting", "updating", "changing", "stopping", "blocking",
        "applying", "reconnecting", "restoring", "rebooking", "resending", "reissuing",
    };

    /// <summary>Verbs excluded even though they are actions: hand-overs and procedure, not ownership.</summary>
    public static readonly HashSet<string> HandoverVerbs = new(StringComparer.Ordinal)
    {
        "transfer",
    };

    /// <summary>Words that may sit between the subject and the verb ("I'll personally make sure…").</summary>
    public static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "just", "personally", "now", "definitely", "certainly", "absolutely", "also", "then", "immediately", "quickly",
        "right", "actually", "go", "ahead", "and", "happily", "gladly", "straight", "first", "myself", "gonna",
        "going", "to", "also", "still", "today", "urgently", "away",
    };

    /// <summary>After "your", objects that make "let me check your …" identity procedure rather than ownership.</summary>
    public static readonly HashSet<string> ProceduralObjects = new(StringComparer.Ordinal)
    {
        "details", "name", "address", "postcode", "date", "security", "identity", "password", "dob", "birth",
        "spelling", "email", "id", "surname", "passcode", "pin", "memorable", "full",
    };

    /// <summary>"I'll be …" counts when followed by one of these ("I'll be in touch", "I'll be sure to…").</summary>
    public static readonly HashSet<string> BeCommitments = new(StringComparer.Ordinal)
    {
        "in", "sure", "personally",
    };

    /// <summary>Hedges anywhere in the sentence that weaken a commitment.</summary>
    public static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "hopefully", "maybe", "perhaps", "possibly", "might", "try", "trying", "attempt", "hope",
    };

    /// <summary>Sentence-initial words that make it a question or offer ("Shall I…?", "Would you like me to…?").</summary>
    public static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "shall", "should", "would", "could", "can", "do", "does", "will", "is", "are", "what", "when", "how", "why",
        "did", "may",
    };
}
