using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Blame;

/// <summary>Phrases that put fault on the customer or tell them how to feel, with the kind of each. Built once.</summary>
internal static class BlameLexicon
{
    private const string NeedTo = "(you|you'll|you really|you'll really|you just|you'll just) (need|have) to";
    private const string GotTo = "(you've|you|you've really) got to";
    private const string Must = "you (must|gotta|really must)";

    /// <summary>What follows "you need to" when it is about the customer's behaviour, feelings or understanding.</summary>
    private static readonly string[] BehaviourTails =
    [
        "calm down", "(listen|understand|relax|accept|respect|appreciate|realise|realize|learn)",
        "stop (shouting|swearing|interrupting|yelling|being|talking|raising|getting|arguing|complaining)",
        "be (patient|reasonable|realistic|polite|respectful|calm|quiet|careful|sensible)",
        "be more (patient|reasonable|realistic|polite|respectful|careful|sensible)",
        "read (the|your|our) (terms|small|contract|conditions|emails|email|letters|letter|policy|instructions|t's)",
        "pay (attention|more attention)", "take (responsibility|some responsibility)",
        "lower your voice", "watch your (language|tone)",
    ];

    public static readonly KindedLexicon<BlameKind> Lexicon = new(Entries());

    /// <summary>Past participles that make "you should have …" an expectation about the company, not blame.</summary>
    public static readonly HashSet<string> ExpectationParticiples = new(StringComparer.Ordinal)
    {
        "received", "got", "gotten", "had", "seen", "heard", "arrived", "been", "gone", "come", "recieved",
    };

    /// <summary>After "you must have", what makes it sympathy or an expectation rather than an accusation.</summary>
    public static readonly HashSet<string> MustHaveNotBlame = new(StringComparer.Ordinal)
    {
        "been", "had", "felt", "received", "got", "gotten", "thought", "wondered", "heard", "seen", "known", "wanted",
        "expected", "hoped", "worried", "needed", "found", "gone", "loved", "missed", "spent", "waited", "tried",
        "suffered", "struggled", "panicked", "assumed",
    };

    /// <summary>After "you should have been", words that make it blame ("…been more careful").</summary>
    public static readonly HashSet<string> BeenBlame = new(StringComparer.Ordinal)
    {
        "more", "careful", "aware", "paying", "watching", "reading", "checking", "clearer", "quicker", "patient",
    };

    /// <summary>Irregular past participles of actions a customer could be blamed for.</summary>
    public static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "done", "told", "read", "paid", "sent", "known", "made", "kept", "put", "set", "taken", "given", "written",
        "spoken", "rung", "left", "brought", "bought", "thought", "forgotten", "chosen", "let", "cut", "shut", "hit",
        "understood", "stuck", "swiped", "run", "meant", "said", "gone",
    };

    /// <summary>Words before "calm down" that keep it addressed to the customer ("please calm down", "will you calm down").</summary>
    public static readonly HashSet<string> BeforeImperative = new(StringComparer.Ordinal)
    {
        "please", "just", "now", "ok", "okay", "you", "so", "sir", "madam", "right", "well", "oh", "look", "listen",
        "mate", "will", "would", "can", "could", "and", "then", "first", "really", "all",
    };

    /// <summary>Adverbs that may stand between "should have" and its participle.</summary>
    public static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "really", "just", "actually", "probably", "maybe", "definitely", "already", "first", "also", "simply",
        "even", "at", "least", "obviously", "clearly", "honestly",
    };

    /// <summary>Customer actions a "you didn't…" statement blames them for not doing.</summary>
    public static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "tell", "inform", "notify", "pay", "read", "follow", "check", "call", "ring", "phone", "contact", "send",
        "return", "update", "cancel", "set", "fill", "complete", "listen", "click", "press", "sign", "register",
        "enter", "reply", "respond", "submit", "provide", "give", "let", "turn", "switch", "plug", "restart", "reset",
        "keep", "save", "activate", "confirm", "renew", "top", "back", "log", "report", "attach", "include",
        "mention", "specify", "select", "choose", "bother", "book", "arrange", "post", "follow", "install", "charge",
        "look", "open", "answer", "collect", "opt", "tick", "write", "email", "text", "accept", "agree", "show",
    };

    /// <summary>Words earlier in the sentence that make "you didn't…" good news rather than an accusation ("don't worry, you didn't…"; "it's okay" is checked in the detector).</summary>
    public static readonly HashSet<string> Reassuring = new(StringComparer.Ordinal)
    {
        "worry", "worries", "luckily", "fortunately", "thankfully", "phew", "relax",
    };

    /// <summary>Words earlier in the clause that make "you didn't…" a hypothesis rather than an accusation.</summary>
    public static readonly HashSet<string> Conditional = new(StringComparer.Ordinal)
    {
        "if", "whether", "unless", "case", "maybe", "perhaps", "possibly", "suppose", "assuming", "even",
    };

    private static IEnumerable<(string, BlameKind)> Entries()
    {
        foreach (var p in new[] { "you (should|shoulda|could|ought to|really should|should really) have", "you (should've|could've|shouldve|couldve)", "you (shouldn't|should not|shouldnt) have" })
        {
            yield return (p, BlameKind.ShouldHave);
        }

        foreach (var prefix in new[] { NeedTo, GotTo, Must })
        {
            foreach (var tail in BehaviourTails)
            {
                yield return ($"{prefix} {tail}", BlameKind.NeedToBehave);
            }
        }

        string[] calm =
        [
            "calm down", "chill out", "settle down",
            "(there's|there is|theres|) no need to (shout|swear|yell|get angry|get upset|be rude|raise your voice|get aggressive|get worked up|be like that|take that tone|get shirty|be abusive|get nasty)",
            "(don't|do not|dont) (shout|swear|yell|raise your voice|take that tone|get aggressive|get angry|get shirty|be rude|get smart)",
            "stop (shouting|swearing|yelling|interrupting|raising your voice)",
            "(lower|watch|mind) your (voice|tone|language)",
            "(you're|you are) (shouting|swearing|yelling)",
        ];
        foreach (var p in calm)
        {
            yield return (p, BlameKind.CalmDown);
        }

        string[] notMine =
        [
            "not my (problem|issue|concern|fault)",
            "not our (problem|issue|concern)",
            "(that's|thats|that is|it's|its|it is) your (problem|responsibility|issue|lookout)",
            "(that's|thats|that is) on you",
            "(i'm|i am|im) not responsible",
        ];
        foreach (var p in notMine)
        {
            yield return (p, BlameKind.NotMyProblem);
        }

        foreach (var p in new[] { "you (didn't|did not|didnt|never|failed to|forgot to|neglected to)", "you (didn't|did not|never) even" })
        {
            yield return (p, BlameKind.YouDidnt);
        }

        string[] fault =
        [
            "your (own|) (fault|mistake|error)",
            "(you're|you are|youre) to blame",
            "you (caused|broke) (this|it|that|the)",
            "you (messed|screwed|mucked) (it|this|that) up",
            "you (messed|screwed|mucked) up",
            "you (did|done|have done|did do) (it|this|that) wrong",
            "(you|you've) got (it|this|that) wrong",
            "(you're|you are|youre) (wrong|mistaken|confused|overreacting|over-reacting|ridiculous|unreasonable|impossible)",
            "(you're|you are|youre) being (unreasonable|difficult|rude|silly|ridiculous|awkward|dramatic|childish|aggressive)",
            "(you've|you have|you) (misunderstood|misread|misheard|misunderstand)",
            "(you're|you are|youre) not listening",
            "you (aren't|arent) listening",
        ];
        foreach (var p in fault)
        {
            yield return (p, BlameKind.YourFault);
        }

        yield return ("you (must|must've|mustve) (have|)", BlameKind.MustHave);
    }
}
