using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Minimising;

/// <summary>
/// Phrases that shrink the customer's difficulty (PRODUCT.md technique 3: "obviously", "all you
/// have to do is", "it's easy"), each with the kind that decides its context rule. Built once.
/// </summary>
internal static class MinimisingLexicon
{
    /// <summary>The lexicon: one trie for every phrase, with the kind of each.</summary>
    public static readonly KindedLexicon<MinimisingKind> Lexicon = new(
    [
        ("just", MinimisingKind.Just),
        ("simply", MinimisingKind.Just),
        ("merely", MinimisingKind.Just),

        ("obviously", MinimisingKind.Obvious),
        ("clearly", MinimisingKind.Obvious),
        ("(it's|its|that's|thats|it is|that is) (obvious|self-explanatory)", MinimisingKind.ItsObvious),
        ("(it|that) (should|ought to|must) be (obvious|self-explanatory)", MinimisingKind.ItsObvious),

        ("all (you|ya|that you) (have|need|got) to do", MinimisingKind.AllYouHaveToDo),
        ("all (you've|you'll|you'd) (got|need|have) to do", MinimisingKind.AllYouHaveToDo),
        ("all you (gotta|do|need) is", MinimisingKind.AllYouHaveToDo),
        ("all you gotta do", MinimisingKind.AllYouHaveToDo),

        ("(it's|its|that's|thats|it is|that is|this is) (really|very|quite|dead|super|so|pretty|fairly|relatively|actually|) (easy|simple|straightforward)", MinimisingKind.Easy),
        ("(it's|its|that's|thats|it is|that is|this is) (a|an) (really|very|quite|dead|super|) (easy|simple|quick|straightforward) (fix|thing|job|process|step|change|task|one|procedure)", MinimisingKind.Easy),
        ("(it's|its|that's|thats|it is|that is) as (easy|simple) as", MinimisingKind.Easy),
        ("easy peasy", MinimisingKind.Easy),
        ("(there's|theres|there is) nothing to it", MinimisingKind.Easy),
        ("(it's|its|that's|thats|it is|that is) a piece of cake", MinimisingKind.Easy),

        ("(it's|its|that's|thats|it is|that is|it isn't|that isn't) not (that|very|really|) (hard|difficult|complicated|tricky)", MinimisingKind.NotHard),
        ("(it|that) (isn't|is not) (that|very|really|) (hard|difficult|complicated|tricky)", MinimisingKind.NotHard),
        ("(it's|its|that's|thats|it is|that is) not rocket science", MinimisingKind.NotHard),
        ("(it|that) (isn't|is not) rocket science", MinimisingKind.NotHard),

        ("(it's|its|that's|thats|it is|that is) no big deal", MinimisingKind.Dismissive),
        ("(it's|its|that's|thats|it is|that is) not (a|that) big (deal|issue|problem)", MinimisingKind.Dismissive),
        ("(it|that) (isn't|is not) (a|that) big (deal|issue|problem)", MinimisingKind.Dismissive),
        ("not the end of the world", MinimisingKind.Dismissive),
        ("(it's|its|that's|thats|it is|that is|it isn't|that isn't) not that bad", MinimisingKind.Dismissive),
        ("(it|that) (isn't|is not) that bad", MinimisingKind.Dismissive),
        ("(it's|its|that's|thats|it is|that is) nothing to (worry|fret|stress|panic) about", MinimisingKind.Dismissive),
        ("(it's|its|that's|thats|it is|that is) (just|simply) (how|the way) (it|things|that|this|they|we|our|the|minimum|contracts|terms|billing|policy|fees|charges|payments)", MinimisingKind.ThatsHowItIs),

        ("as i (already|previously) (explained|said|mentioned|stated|advised|told)", MinimisingKind.AlreadyExplained),
        ("as (i've|i have|i) already (explained|said|mentioned|stated|advised|told)", MinimisingKind.AlreadyExplained),
        ("as i told you", MinimisingKind.AlreadyExplained),
        ("as i (said|explained|mentioned) (before|earlier|already|previously)", MinimisingKind.AlreadyExplained),
        ("like (i|i've) (already|) (said|told|explained|mentioned)", MinimisingKind.AlreadyExplained),
        ("(i've|i have|i) already (explained|told you|said)", MinimisingKind.AlreadyExplained),
        ("(i've|i have) (explained|said) (this|that|it) (already|before|twice)", MinimisingKind.AlreadyExplained),
        ("(i've|i have) told you (already|before|twice)", MinimisingKind.AlreadyExplained),
        ("as previously (stated|mentioned|explained|advised)", MinimisingKind.AlreadyExplained),
        ("how many times (do|have|must|will) i", MinimisingKind.AlreadyExplained),
        ("for the (second|third|fourth|last|hundredth) time", MinimisingKind.AlreadyExplained),
        ("(i'll|i will) (say|explain) (it|this|that) (again|one more time)", MinimisingKind.AlreadyExplained),

        ("(it's|its|it is|that's|thats|that is|it was|that was|it'll|it will) only", MinimisingKind.Only),
        ("(it'll|it will|it's|it) only (be|take|takes|cost|costs)", MinimisingKind.Only),
        ("(it's|its|that's|thats|it is|that is) just (a|an) (small|little|minor|tiny|few|couple|bit|quick)", MinimisingKind.Only),
    ]);

    /// <summary>Subjects that make "just"/"obviously" about the advisor or the company, not the customer's step.</summary>
    public static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i've", "ive", "i'll", "i'd", "we", "we're", "we've", "we'll", "we'd", "me", "us", "my",
        "our", "let's", "lets", "let",
    };

    /// <summary>Subjects addressing the customer.</summary>
    public static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal)
    {
        "you", "you'll", "you'd", "you're", "ya", "u", "your",
    };

    /// <summary>Words that may stand between a subject and "just" without changing who acts ("you can just…").</summary>
    public static readonly HashSet<string> Transparent = new(StringComparer.Ordinal)
    {
        "can", "could", "will", "would", "should", "may", "might", "then", "now", "so", "and", "please", "ok", "okay",
        "right", "really", "also", "first", "next", "basically", "literally", "all", "need", "to", "oh", "well", "yeah",
        "yes", "alright", "great", "perfect", "honestly", "actually", "again", "if", "once", "when",
    };

    /// <summary>Words after "just" that mark the other senses: time ("just now"), restriction ("just the one"), politeness ("just a moment").</summary>
    public static readonly HashSet<string> NotAfterJust = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "one", "two", "to", "so", "in", "now", "for", "checking", "bear", "hold", "hang",
        "give", "let", "wanted", "want", "wondering", "bit", "about", "like", "because", "as", "then", "this", "that",
        "these", "those", "my", "me", "before", "after", "over", "under", "quickly", "once", "while", "yet", "enough",
        "right", "fine", "ok", "okay", "sorry", "thank", "thanks", "waiting", "wait", "leave", "been", "gone",
        "happened", "happen", "arrived", "recently", "said", "told", "got", "sent", "paid", "made", "did", "had",
        "gave", "came", "went", "took", "saw", "rang", "bought", "left", "spoke", "heard", "missed", "mentioned",
        "call", "see", "be", "being", "how", "what", "why", "when", "where", "who", "which", "because",
        "couldn't", "can't", "cannot", "won't", "don't", "didn't", "isn't", "not", "no", "nothing", "ask", "asking",
        "curious", "confirming", "making", "letting", "looking", "trying", "seeing", "going", "need",
    };

    /// <summary>Steps an advisor asks a customer to take; "just" before them in an imperative minimises the step.</summary>
    public static readonly HashSet<string> InstructionVerbs = new(StringComparer.Ordinal)
    {
        "restart", "reset", "reboot", "turn", "switch", "unplug", "plug", "log", "sign", "click", "tap", "press", "hit",
        "select", "choose", "pick", "enter", "type", "fill", "go", "head", "pop", "open", "close", "download", "install",
        "uninstall", "reinstall", "update", "upgrade", "delete", "remove", "clear", "refresh", "reload", "change", "pay",
        "transfer", "send", "email", "ring", "phone", "text", "reply", "follow", "scan", "upload", "print", "read",
        "look", "use", "take", "bring", "drop", "post", "return", "visit", "register", "login", "logout", "top", "add",
        "cancel", "accept", "agree", "copy", "paste", "save", "connect", "disconnect", "pair", "charge", "swipe", "scroll",
        "search", "find", "complete", "submit", "move", "drag", "set", "power", "keep", "do", "try", "tell", "say",
        "write", "attach", "tick", "untick", "hover", "sit", "walk", "pull", "push", "hold", "plugging", "unplugging",
        "wipe", "run", "check", "double-click", "right-click", "activate", "enable", "disable", "verify", "confirm",
        "swap", "put", "get", "grab", "make",
    };

    /// <summary>After "obviously/clearly", words that show the advisor validating the customer, not minimising them.</summary>
    public static readonly HashSet<string> Validating = new(StringComparer.Ordinal)
    {
        "acceptable", "unacceptable", "good", "fair", "unfair", "frustrating", "annoying", "disappointing", "upsetting",
        "stressful", "worrying", "wrong", "happened", "shouldn't", "mistake", "error", "fault", "sorry", "apologise",
        "apologize", "upset", "frustrated", "annoyed", "worried", "angry", "disappointed", "concerned", "stressed",
        "distressed", "important", "serious", "urgent", "inconvenient", "difficult", "hard", "want", "wanted", "deserve",
        "expect", "expected", "right", "ok", "okay", "awful", "terrible", "horrible", "devastating", "emotional",
        "painful", "sad", "shocked", "scary", "scared", "confusing", "confused", "failed", "let", "problem", "issue",
    };

    /// <summary>Words before "clearly" that make it a manner adverb ("speak clearly", "it's clearly labelled").</summary>
    public static readonly HashSet<string> MannerBefore = new(StringComparer.Ordinal)
    {
        "speak", "speaking", "spoke", "explain", "explained", "explaining", "hear", "heard", "see", "seen", "read",
        "write", "written", "wrote", "state", "stated", "shown", "show", "showing", "marked", "labelled", "labeled",
        "displayed", "printed", "visible", "more", "very", "so", "quite", "talk", "talking", "think", "thinking",
        "understand", "understood", "set", "laid", "worded", "communicate", "communicated", "say", "said", "spell",
        "spelled", "spelt", "less", "most", "as", "how",
    };

    /// <summary>Words after "clearly" that make it a manner adverb ("clearly labelled").</summary>
    public static readonly HashSet<string> MannerAfter = new(StringComparer.Ordinal)
    {
        "labelled", "labeled", "marked", "shown", "displayed", "visible", "printed", "written", "explained", "defined",
        "audible", "legible", "readable",
    };

    /// <summary>Words in the clause that mark a requirement put on the customer ("obviously the router needs to be on").</summary>
    public static readonly HashSet<string> Requirement = new(StringComparer.Ordinal)
    {
        "need", "needs", "has", "have", "must", "should", "got",
    };

    /// <summary>After "easy to", verbs that make it a validating remark ("it's easy to miss").</summary>
    public static readonly HashSet<string> EasyMistakeVerbs = new(StringComparer.Ordinal)
    {
        "miss", "overlook", "forget", "confuse", "mix", "misread", "mistake", "lose", "get", "misunderstand", "see",
        "understand", "happen", "do", "make", "slip", "skip", "fall", "feel", "assume", "think", "believe",
    };

    /// <summary>Words after "only" that make it shrink an amount or a delay ("it's only £5", "it's only a few days").</summary>
    public static readonly HashSet<string> OnlyAmount = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "few",
        "couple", "small", "little", "minor", "tiny", "bit", "slight", "temporary", "pennies", "pence", "cents",
        "pounds", "dollars", "euros", "quid", "minute", "minutes", "second", "seconds", "moment", "half", "take",
        "takes", "cost", "costs",
    };

    /// <summary>Sentence words showing the advisor will do it themselves ("it's easy, I'll do it now").</summary>
    public static readonly HashSet<string> AdvisorWillAct = new(StringComparer.Ordinal)
    {
        "i'll", "we'll", "i'm", "we're", "let", "let's",
    };
}
