namespace Attune.Analysis.Text.Detectors.Questions;

/// <summary>
/// Closed word classes the question grammar uses. English question syntax is carried by a small
/// closed class of words (wh-words, auxiliaries, subject pronouns), so these lists are complete
/// rather than learned (Quirk et al., A Comprehensive Grammar of the English Language, 1985, §11.3-11.23).
/// </summary>
internal static class QuestionLexicon
{
    public static readonly HashSet<string> Wh = new(StringComparer.Ordinal)
    {
        "what", "where", "when", "why", "how", "who", "whom", "whose", "which",
        "what's", "where's", "when's", "why's", "how's", "who's", "what're", "where're", "who're", "how're",
        "what'd", "how'd", "why'd", "where'd", "who'd", "what'll", "who'll", "how'll", "where'll", "whatcha",
    };

    /// <summary>Wh-words that open a direct question anywhere in a sentence when followed by an inverted auxiliary ("I need to know, how do you feel…").</summary>
    public static readonly HashSet<string> WhCore = new(StringComparer.Ordinal) { "what", "how", "why", "where", "when" };

    /// <summary>
    /// The core wh-words fused with their auxiliary ("what's", "how'd"): the inversion is inside the word, so
    /// after a comma such a word opens a direct question ("So, Liz, what's something you'd like to change?").
    /// </summary>
    public static readonly HashSet<string> WhCoreFused = new(StringComparer.Ordinal)
    {
        "what's", "how's", "where's", "when's", "why's", "what're", "how're", "where're", "what'd", "how'd", "why'd", "where'd",
    };

    public static readonly HashSet<string> Aux = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "will", "would", "should", "shall", "may",
        "might", "must", "have", "has", "had", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
        "can't", "couldn't", "won't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "mustn't",
        "dont", "doesnt", "didnt", "isnt", "arent", "cant", "wont", "wouldnt", "havent", "r",
    };

    /// <summary>Subjects that can follow a fronted auxiliary inside a sentence: personal pronouns only (safe against "…, have my daughter").</summary>
    public static readonly HashSet<string> PersonalSubject = new(StringComparer.Ordinal)
    {
        "you", "i", "we", "they", "he", "she", "it", "there", "y'all", "ya", "u",
    };

    /// <summary>Subjects that can follow a sentence-initial auxiliary: pronouns, demonstratives, determiners of a noun phrase.</summary>
    public static readonly HashSet<string> Subject = new(StringComparer.Ordinal)
    {
        "you", "i", "we", "they", "he", "she", "it", "there", "y'all", "ya", "u", "that", "this", "these", "those",
        "anyone", "anybody", "anything", "everyone", "everybody", "everything", "someone", "somebody", "something",
        "one", "the", "a", "an", "your", "my", "his", "her", "their", "our", "any", "some", "all", "every", "people",
        "most", "many", "much", "yours", "nobody", "nothing", "none", "each", "both", "either", "neither",
    };

    /// <summary>Pronouns: a wh-word followed by one of these before any auxiliary opens a subordinate clause ("what I mean is…"), not a question.</summary>
    public static readonly HashSet<string> Pronoun = new(StringComparer.Ordinal)
    {
        "i", "you", "he", "she", "we", "they", "it", "me", "him", "us", "them", "ours", "mine", "yours", "theirs", "hers",
        "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "i've", "you've", "we've", "they've", "i'd", "you'd",
        "we'd", "they'd", "he'd", "she'd", "i'll", "you'll", "we'll", "they'll", "he'll", "she'll", "it'll",
    };

    /// <summary>Verbs that introduce reported speech: after "she said, …" a question is quoted, not asked.</summary>
    public static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "asked", "asks", "goes", "thought", "think", "like", "told", "tells",
        "wondered", "wonder", "yelled", "shouted", "replied", "answered", "saying", "asking", "thinking",
    };

    /// <summary>Forms of "be" (and "go") before the quotative "like": "she was like, …", "I'm like, …".</summary>
    public static readonly HashSet<string> QuotativeBe = new(StringComparer.Ordinal)
    {
        "was", "is", "were", "am", "are", "be", "being", "been", "i'm", "he's", "she's", "it's", "you're", "we're",
        "they're", "that's", "goes", "went", "going",
    };

    /// <summary>Discourse material skipped before a clause's head ("well, uh, so what do you…").</summary>
    public static readonly HashSet<string> Lead = new(StringComparer.Ordinal)
    {
        "uh", "um", "er", "erm", "ah", "well", "so", "oh", "and", "but", "now", "okay", "then", "yeah", "yes", "right",
        "alright", "anyway", "also", "plus", "hey", "huh", "actually", "just", "see", "no", "like", "listen", "look",
        "sorry", "because", "cause", "'cause", "hmm", "mm", "mhm", "hm", "uh-huh", "mm-hmm", "um-hum", "hi", "hello",
        "great", "good", "sure", "fine", "perfect", "first", "again", "basically", "wow", "cool", "please", "even",
    };

    /// <summary>Verbs of a polite request for an account: "could you tell/describe/explain…" asks for a free answer.</summary>
    public static readonly HashSet<string> RequestVerb = new(StringComparer.Ordinal)
    {
        "tell", "describe", "explain", "walk", "talk", "say", "share", "fill", "elaborate", "expand",
    };

    /// <summary>Gerunds after "would you mind…" that ask for an account ("would you mind telling me…", "filling me in").</summary>
    public static readonly HashSet<string> RequestGerund = new(StringComparer.Ordinal)
    {
        "telling", "describing", "explaining", "walking", "talking", "sharing", "filling", "saying", "elaborating", "expanding",
    };

    /// <summary>Heads of an imperative prompt for an account ("tell me about…", "describe…").</summary>
    public static readonly HashSet<string> PromptVerb = new(StringComparer.Ordinal)
    {
        "tell", "describe", "explain", "walk", "talk", "elaborate", "expand", "remind", "say",
    };

    /// <summary>Quantity words after "how": the answer is one number ("how many", "how long").</summary>
    public static readonly HashSet<string> Quantity = new(StringComparer.Ordinal)
    {
        "many", "much", "long", "often", "old", "far", "soon", "deep", "frequently", "tall", "big",
    };

    /// <summary>
    /// Verbs and predicate nouns that make "how much" a degree adverb rather than a quantity: "how much does it
    /// bother you?", "how much do you think this is an issue?" ask for a judgement in the customer's own words,
    /// "how much do you drink?" for a number (Quirk et al. 1985, §7.56 on "much" as an intensifier).
    /// </summary>
    public static readonly HashSet<string> Degree = new(StringComparer.Ordinal)
    {
        "want", "wants", "wanna", "like", "likes", "care", "cares", "enjoy", "enjoys", "worry", "worries", "bother", "bothers",
        "matter", "matters", "affect", "affects", "affected", "help", "helps", "helped", "hurt", "hurts", "concern", "concerns",
        "mean", "means", "value", "trust", "miss", "love", "hate", "rob", "robs", "impact", "impacts", "influence", "interfere",
        "interferes", "believe", "agree", "issue", "problem", "priority", "difference", "struggle", "stress", "stresses",
    };

    /// <summary>Nouns after "what" whose answer is one datum ("what time", "what number").</summary>
    public static readonly HashSet<string> FactNoun = new(StringComparer.Ordinal)
    {
        "time", "day", "date", "year", "age", "number", "size", "colour", "color",
    };

    /// <summary>Identity and account data: "what's your postcode?" asks for a single fact.</summary>
    public static readonly HashSet<string> Datum = new(StringComparer.Ordinal)
    {
        "name", "surname", "postcode", "zip", "address", "email", "e-mail", "number", "account", "reference", "date",
        "phone", "order", "policy", "card", "booking", "customer", "member", "mobile", "birthday", "dob", "username",
        "password", "pin", "serial", "id", "sort", "invoice", "ticket",
    };

    /// <summary>Mental-content nouns: "do you have any ideas about…?" asks for the customer's own view, an open invitation.</summary>
    public static readonly HashSet<string> ThoughtNoun = new(StringComparer.Ordinal)
    {
        "thoughts", "ideas", "idea", "sense", "feelings", "concerns", "worries", "plans", "plan", "suggestions", "views",
    };

    /// <summary>Self-addressed word searches ("it's on, uh, what is it, Channel 4"): not put to the listener.</summary>
    public static readonly string[][] WordSearch =
    [
        ["what", "is", "it"], ["what's", "it"], ["what", "do", "you", "call"], ["what", "do", "they", "call"],
        ["what's", "the", "word"], ["what's", "his", "name"], ["what's", "her", "name"], ["what's", "that", "called"],
        ["how", "do", "you", "say"], ["what", "am", "i"], ["what", "else"], ["what", "was", "it"], ["what's", "the", "name"],
    ];

    /// <summary>Formulaic rhetorical questions: they do not ask for an answer ("who knows?", "what can you do?").</summary>
    public static readonly string[][] Rhetorical =
    [
        ["who", "knows"], ["who", "cares"], ["what", "can", "you", "do"], ["what", "can", "i", "say"], ["guess", "what"],
        ["you", "know", "what"], ["what", "else", "is", "new"], ["what", "do", "you", "know"], ["go", "figure"],
        ["who", "would", "have", "thought"], ["who'd", "have", "thought"], ["what's", "the", "point"], ["why", "bother"],
        ["you", "know"], ["know", "what", "i", "mean"], ["you", "know", "what", "i", "mean"], ["you", "know", "what", "i'm", "saying"],
        ["how", "dare", "you"], ["what", "a", "shame"], ["what", "a", "pity"],
    ];

    /// <summary>Confirmation particles that make a tag question when asked after a statement ("…, right?", "… Yeah?").</summary>
    public static readonly HashSet<string> TagParticle = new(StringComparer.Ordinal)
    {
        "yeah", "yes", "right", "okay", "correct", "no", "true", "huh", "eh", "yep", "alright",
    };

    /// <summary>Repair requests ("what?", "pardon?"): the advisor did not hear; not a question about the issue.</summary>
    public static readonly HashSet<string> Repair = new(StringComparer.Ordinal)
    {
        "what", "huh", "pardon", "sorry", "eh", "hm", "hmm", "excuse",
    };

    /// <summary>Normalises a token for the grammar: stutters ("wh-what", "how-how", "I-I") → the completed word; "ok" → "okay".</summary>
    public static string Word(string norm)
    {
        if (norm == "ok")
        {
            return "okay";
        }

        var dash = norm.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < norm.Length - 1)
        {
            var first = norm[..dash];
            var lastDash = norm.LastIndexOf('-');
            var last = norm[(lastDash + 1)..];
            if (last.Length > 0 && last.StartsWith(first, StringComparison.Ordinal))
            {
                return last;
            }

            // a restarted question word: "what's-how have you been…" → "how"
            if (Wh.Contains(first) && Wh.Contains(last))
            {
                return last;
            }
        }

        return norm;
    }
}
