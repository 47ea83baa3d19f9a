using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Personalisation;

/// <summary>History, tenure and name phrases, and the word lists around names. Built once.</summary>
internal static class PersonalisationLexicon
{
    private const string See = "(i can|i could|i|we can|i've|i have) (see|seen|noticed)";
    private const string Seen = "(that|here that|here|on the system that|on the system|from the notes that|from your account that|)";
    private const string PastVerbs = "(called|rang|phoned|spoke|contacted|ordered|paid|had|raised|reported|emailed|were|moved|upgraded|switched|joined|bought|booked|cancelled|complained|visited|tried|been|already|renewed|changed|asked|received|chatted|wrote|logged|made|started|opened)";
    private const string Things = "(order|orders|bill|bills|payment|payments|call|calls|complaint|case|ticket|booking|appointment|visit|delivery|refund|contract|parcel|claim|upgrade|renewal|engineer|statement|invoice|conversation|chat|email|letter|repair|return)";

    public static readonly KindedLexicon<PersonalisationKind> Lexicon = new(
    [
        ($"{See} {Seen} (you|you've|you'd) {PastVerbs}", PersonalisationKind.History),
        ($"{See} {Seen} your (previous|last|earlier|recent|account history|history|notes) ", PersonalisationKind.History),
        ($"{See} {Seen} your {Things} (from|on|placed|dated|back in|of|in|last)", PersonalisationKind.History),
        ("(i|we) (can|) see (from|on|in) (your|the) (account|notes|history|records|system)", PersonalisationKind.History),
        // not "according to the system": that cites the system against the customer, it does not know them
        ("according to (your|the|our) (notes|account|records|history)", PersonalisationKind.History),
        ("(looking at|i've looked at|i've checked|i've gone through|going through|i've read) (your|the) (history|notes|records|previous|account history)", PersonalisationKind.History),
        ("(last time|the last time) you (called|rang|phoned|spoke|contacted|were|ordered|visited|chatted|got in touch|had)", PersonalisationKind.History),
        ("when you (called|rang|phoned|spoke to us|contacted us|chatted with us|were in touch) (last|on|yesterday|earlier|before|previously|back|in)", PersonalisationKind.History),
        ("you (called|rang|phoned|contacted us|spoke to us|spoke to|emailed us|wrote to us|chatted with us|were in touch) (on|last|yesterday|earlier|before|twice|a few|three|back|previously|this)", PersonalisationKind.History),
        ($"your (previous|last|earlier|recent|other) {Things}", PersonalisationKind.History),
        ($"your {Things} last (week|month|year|time|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", PersonalisationKind.History),
        ($"your {Things} (from|on|placed|dated|of) *", PersonalisationKind.HistoryWithTime),
        ("(i've|i have|we've|we have) got a note (that|here|saying|from|on)", PersonalisationKind.History),
        ("(there's|there is) a note (on your account|here|that|saying)", PersonalisationKind.History),

        ("(customer|member|with us) since *", PersonalisationKind.TenureWithTime),
        ("been with us (for|since) *", PersonalisationKind.TenureWithTime),
        ("been with us (that|so|this|such a) long", PersonalisationKind.Tenure),
        ("been a (customer|member) (for|since) *", PersonalisationKind.TenureWithTime),
        ("* years with us", PersonalisationKind.TenureWithTime),
        ("(loyal|long-standing|longstanding|long-term|longterm|longtime|long time) (customer|member)", PersonalisationKind.Tenure),

        ("(my name is|my name's|name's|the name is|call me|my full name is|my name is actually)", PersonalisationKind.NameIntro),
        ("(it's|its|this is|i'm|im|i am)", PersonalisationKind.NameIntroWeak),

        ("your (full|first|last|) name", PersonalisationKind.NameAsk),
        ("your surname", PersonalisationKind.NameAsk),
        ("who (am i|i'm|i am) speaking (to|with)", PersonalisationKind.NameAsk),
        ("(who's|who is) (calling|speaking)", PersonalisationKind.NameAsk),
        ("(take|have|get) a name", PersonalisationKind.NameAsk),
    ]);

    /// <summary>Titles that introduce a surname.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "lady", "lord", "rev", "reverend",
    };

    /// <summary>Words that are never taken for a name after "it's" / "I'm" / "my name is", even when capitalised.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "i", "a", "an", "the", "and", "or", "but", "so", "just", "really", "not", "very", "quite", "still", "here",
        "there", "sorry", "fine", "ok", "okay", "good", "well", "back", "afraid", "worried", "angry", "upset", "annoyed",
        "frustrated", "looking", "wondering", "with", "from", "on", "in", "at", "about", "your", "my", "calling",
        "ringing", "phoning", "hoping", "writing", "contacting", "trying", "having", "going", "getting", "sure", "yes",
        "no", "hi", "hello", "thanks", "thank", "customer", "account", "number", "please", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "today", "tomorrow", "yesterday", "me",
        "myself", "you", "it", "this", "that", "is", "was", "been", "being", "speaking", "here", "again", "also",
        "english", "british", "new", "old", "happy", "unhappy", "disappointed", "confused", "fed", "ridiculous",
        "unacceptable", "terrible", "awful", "great", "still", "now", "only", "actually", "literally", "honestly",
        "basically", "absolutely", "totally", "completely", "done", "finished", "off", "out", "up", "down", "over",
        "waiting", "paying", "struggling", "disabled", "elderly", "retired", "pregnant", "moving", "leaving",
        "cancelling", "complaining", "asking", "telling", "explaining", "what", "who", "why", "how", "when", "where",
        "which", "if", "because", "as", "of", "for", "to", "by", "it's", "i'm", "is", "are", "do", "did", "does",
        "have", "has", "had", "will", "would", "can", "could", "should", "must", "may", "might", "he", "she", "they",
        "we", "us", "our", "his", "her", "their", "them", "him", "home", "work", "abroad", "away", "sick", "ill",
        "busy", "late", "early", "right", "wrong", "correct", "true", "false", "free", "stuck", "lost", "sat", "stood",
        "one", "two", "three", "all", "any", "some", "no", "none",
    };

    /// <summary>First names that are also common words: at a sentence start they count only as a vocative ("Bill, …").</summary>
    public static readonly HashSet<string> WordNames = new(StringComparer.Ordinal)
    {
        "will", "bill", "mark", "may", "june", "april", "grace", "hope", "joy", "rose", "pat", "sue", "rich", "frank",
        "dawn", "faith", "sandy", "summer", "autumn", "ruby", "amber", "penny", "holly", "ivy", "daisy", "lily", "max",
        "art", "ray", "rob", "don", "guy", "carol", "chase", "drew", "gene", "pearl", "iris", "heather", "angel",
        "herb", "sunny", "crystal", "jack", "bob", "patience", "violet", "destiny", "neil", "jean", "sky", "rocky",
    };

    /// <summary>Words after the name-intro that show the speaker is the advisor introducing themselves.</summary>
    public static readonly HashSet<string> SelfIntro = new(StringComparer.Ordinal)
    {
        "i'm", "im", "name's", "is",
    };

    /// <summary>First words of a question about the customer's past ("When was the last time you…").</summary>
    public static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "when", "what", "how", "why", "where", "which", "who", "did", "have", "has", "was", "were", "is", "are", "do",
        "does", "had", "can", "could",
    };

    /// <summary>Words a "customer since *" tenure or "your order from *" history may continue with.</summary>
    public static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "last", "yesterday", "earlier", "this",
        "previous", "a", "over", "about", "nearly", "almost", "more", "many", "several", "years", "ages", "decades",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "long",
    };
}
