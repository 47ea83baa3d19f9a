using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Reassurance;

/// <summary>Statements of intent, reassurance openers and problem cues, in one trie. Built once.</summary>
internal static class ReassuranceLexicon
{
    private const string Subject = "(i'll|i will|i'm going to|i am going to|let me|we'll|we will|we're going to|we can|i can|let's|let us)";
    private const string Adverb = "(definitely|certainly|absolutely|personally|happily|now|quickly|soon|right|)";
    private const string Object = "(this|that|it|things|everything|you|the problem|the issue|your problem|your issue|this issue|this problem|that issue)";

    public static readonly KindedLexicon<ReassuranceKind> Lexicon = new(
    [
        ($"{Subject} {Adverb} (get|sort|fix|resolve|figure|work) {Object}", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} help", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} take care of {Object}", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} look into {Object}", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} (take|have) a look", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} make sure (this|that|it|we|you|everything|your)", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} find out (what|why|how|what's|where)", ReassuranceKind.Intent),
        // guiding a confused customer: "Don't worry, I'll go through it with you slowly"
        ($"{Subject} {Adverb} (go|walk you|talk you|take you) through (it|this|that|everything|all of it|all of this)", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} get to the bottom of", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} put (this|that|it|things) right", ReassuranceKind.Intent),
        ($"{Subject} {Adverb} get you (sorted|back|reconnected|up|going|online)", ReassuranceKind.Intent),
        ("(let's|let us) see what (i|we) can do", ReassuranceKind.Intent),
        ("(let's|let us) (figure|work) (this|it|that) out", ReassuranceKind.Intent),
        ("(let's|let us) figure out", ReassuranceKind.Intent),
        ("(let's|let us) find out (what|why|how|what's|where)", ReassuranceKind.Intent),
        ("leave (it|this|that) with me", ReassuranceKind.Intent),
        ("(i'm|i am) on it", ReassuranceKind.Intent),
        ("(i've|i have) got (this|you)", ReassuranceKind.Intent),
        ("consider it done", ReassuranceKind.Intent),
        ("(i'm|i am|we're|we are) here to help", ReassuranceKind.Intent),
        ("(i'd|i would|i'll|i'm|i am|we'd|we'll) be (happy|glad|delighted|more than happy) to help", ReassuranceKind.Intent),
        ("(happy|glad) to help", ReassuranceKind.Intent),
        ("(i'd|we'd|i would|we would) love to help", ReassuranceKind.Intent),
        ("you're in (safe|good) hands", ReassuranceKind.Intent),

        ("(don't|do not|dont) (worry|panic)", ReassuranceKind.Opener),
        ("(no|not to) worries", ReassuranceKind.Opener),
        ("not to worry", ReassuranceKind.Opener),
        ("rest assured", ReassuranceKind.Opener),

        ("(not|isn't|isnt|doesn't|doesnt|won't|wont|can't|cant|cannot|didn't|didnt|hasn't|hasnt|haven't|havent|wasn't|wasnt) (working|work|arrived|arrive|received|receive|connect|connecting|load|loading|turn|start|open|come|came|get|got|let|charge|show|showing|delivered|sent|paid|refunded|fixed|sorted|resolved|right|happy|correct|responding)", ReassuranceKind.Problem),
        ("(stopped|keeps|kept) (working|dropping|disconnecting|crashing|freezing|cutting|failing|happening|charging|going)", ReassuranceKind.Problem),
        ("(charged|billed) (twice|double|again|too much|wrong)", ReassuranceKind.Problem),
        ("(double|over) (charged|billed)", ReassuranceKind.Problem),
        ("(no|lost) (internet|signal|service|connection|power|dial tone|broadband|wifi|wi-fi|heating|hot water|access)", ReassuranceKind.Problem),
        ("(broken|broke|faulty|fault|problem|problems|issue|issues|error|wrong|missing|lost|late|delayed|outage|overcharged|complaint|complain|disconnected|stolen|fraud|scam|mistake|incorrect|damaged|leak|leaking|blocked|declined|rejected|hacked|locked|cancelled|canceled|stuck|down|refund|struggling|frustrated|annoyed|angry|upset|worried|disappointed|unacceptable|ridiculous|useless|terrible|awful)", ReassuranceKind.Problem),
        ("fed up", ReassuranceKind.Problem),
        ("(passed away|died|bereavement)", ReassuranceKind.Problem),
        ("can't afford", ReassuranceKind.Problem),
        ("(help|help me)", ReassuranceKind.Problem),
    ]);

    /// <summary>Words of a filler or acknowledgement sentence that may come before the opening statement ("Okay.", "Oh no, I'm sorry.").</summary>
    public static readonly HashSet<string> Preamble = new(StringComparer.Ordinal)
    {
        "ok", "okay", "right", "alright", "all", "sure", "oh", "no", "dear", "i", "see", "thanks", "thank", "you", "mm",
        "hmm", "um", "uh", "yes", "yeah", "yep", "of", "course", "absolutely", "certainly", "great", "hi", "hello",
        "hiya", "morning", "afternoon", "evening", "good", "well", "so", "ah", "gosh", "goodness", "got", "it",
        "i'm", "im", "so", "sorry", "to", "hear", "that", "really", "very", "understand", "for", "explaining",
        "letting", "me", "know", "telling", "apologise", "apologize", "that's", "frustrating", "annoying", "worrying",
        "awful", "terrible", "not", "good", "what", "a", "pain", "is", "appreciate", "completely", "totally",
        "can", "imagine", "how", "must", "be", "the", "this", "about", "nightmare", "patience", "waiting", "your",
        "mrs", "mr", "ms", "miss", "dr",
    };

    /// <summary>Hedges that make a statement of intent unsure ("hopefully I can help").</summary>
    public static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "hopefully", "maybe", "perhaps", "might", "try", "possibly", "if",
    };
}
