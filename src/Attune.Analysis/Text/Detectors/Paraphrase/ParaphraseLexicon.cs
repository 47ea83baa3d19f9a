using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Paraphrase;

/// <summary>Function words, reformulation markers and feeling words for the paraphrase detector.</summary>
internal static class ParaphraseLexicon
{
    /// <summary>
    /// Words that carry no content of the customer's issue: English function words (the usual
    /// stopword classes: pronouns, determiners, auxiliaries, prepositions, conjunctions), speech
    /// fillers, and light verbs and adverbs so common in talk that sharing them shows nothing.
    /// </summary>
    public static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "because", "as", "of", "at", "by", "for", "with", "about",
        "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down",
        "in", "out", "on", "off", "over", "under", "again", "further", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only",
        "own", "same", "than", "too", "very", "can", "will", "just", "should", "now", "i", "me", "my", "myself", "we",
        "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she",
        "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
        "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have",
        "has", "had", "having", "do", "does", "did", "doing", "would", "could", "might", "must", "shall", "may", "i'm",
        "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd", "you'd",
        "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't", "aren't",
        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't", "shan't",
        "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's", "that's", "who's", "what's", "here's", "there's",
        "when's", "where's", "why's", "how's", "also", "yet", "still", "even", "ever", "never", "always", "maybe",
        "uh", "um", "er", "erm", "ah", "oh", "uh-huh", "mm-hmm", "hmm", "yeah", "yes", "yep", "okay", "ok", "well",
        "like", "really", "actually", "basically", "kind", "sort", "lot", "lots", "thing", "things", "stuff", "something",
        "anything", "everything", "nothing", "someone", "anyone", "everyone", "one", "get", "got", "getting", "gets",
        "go", "going", "goes", "went", "gone", "know", "knew", "known", "think", "thought", "mean", "means", "say", "said",
        "says", "saying", "tell", "told", "make", "made", "want", "wanted", "need", "needs", "let", "see", "seem", "seems",
        "sound", "sounds", "right", "sure", "guess", "pretty", "quite", "much", "many", "way", "time", "good", "bad",
        "little", "bit", "gonna", "wanna", "gotta", "cause", "'cause", "come", "came", "take", "took", "put", "use",
        "used", "try", "tried", "look", "looking", "feel", "feeling", "felt", "hear", "heard", "understand", "understood",
        "since", "while", "though", "although", "whether", "until", "unless", "within", "without", "around", "back",
        "away", "another", "every", "either", "neither", "else", "enough", "per", "via", "thanks", "thank", "please",
        "sorry", "hello", "hi", "bye", "bye-bye", "goodbye", "good-bye", "nice", "talk", "talking", "mr", "mrs", "ms", "etc",
    };

    /// <summary>
    /// Reformulation markers that open a restatement of what the customer said (Heritage &amp; Watson 1979,
    /// "formulations"; the MI reflection openers of Miller &amp; Rollnick): "so you…", "it sounds like…",
    /// "what I'm hearing is…", "if I've understood…".
    /// </summary>
    public static readonly PhraseMatcher Markers = new(
    [
        "so you", "so your", "so you're", "so you've", "so you'd", "so you'll", "so it's", "so it was", "so that's",
        "so there's", "so the", "so basically", "so what you're saying", "what you're saying", "what you are saying",
        "what i'm hearing", "what i am hearing", "i'm hearing", "i hear that", "i hear you saying", "it sounds like",
        "sounds like", "it sounds as (if|though)", "sounds as (if|though)", "it seems (like|that)", "seems like",
        "it looks like you", "if i (understand|understood|follow)", "if i've (understood|got)", "if i have (understood|got)",
        "if i'm hearing", "in other words", "you mean", "you're saying", "you are saying", "you said", "you mentioned",
        "you're telling me", "you feel", "you're feeling", "you felt", "you've been feeling", "you seem", "you sound",
        "to sum up", "to summarise", "to summarize", "let me (see|check) (if|that) i", "let me make sure (if|that) i", "correct me if i'm wrong",
        "so for you", "for you it's", "you're worried", "you're frustrated", "you're concerned", "you were", "you've",
        "you're", "you have", "you had", "you didn't", "you don't", "you haven't", "you can't", "you couldn't",
        "you wanted", "you want", "you'd like", "you would like", "you need", "you got", "you're not",
    ]);

    /// <summary>Markers that announce a restatement by themselves ("in other words", "what I'm hearing is", "you feel…").</summary>
    public static readonly HashSet<string> ExplicitMarkers = new(StringComparer.Ordinal)
    {
        "so what you're saying", "what you're saying", "what you are saying", "what i'm hearing", "what i am hearing",
        "i'm hearing", "i hear that", "i hear you saying", "if i (understand|understood|follow)", "if i've (understood|got)",
        "if i have (understood|got)", "if i'm hearing", "in other words", "you mean", "you're saying", "you are saying",
        "you're telling me", "to sum up", "to summarise", "to summarize", "correct me if i'm wrong", "you feel",
        "you're feeling", "you felt", "you've been feeling", "you seem", "you sound", "you're worried", "you're frustrated",
        "you're concerned", "so for you", "for you it's",
    };

    /// <summary>Bare pronoun openers ("you're…", "you have…"): a restatement only with two or more of the customer's words.</summary>
    public static readonly HashSet<string> PronounMarkers = new(StringComparer.Ordinal)
    {
        "you were", "you've", "you're", "you have", "you had", "you didn't", "you don't", "you haven't", "you can't",
        "you couldn't", "you wanted", "you want", "you'd like", "you would like", "you need", "you got", "you're not",
    };

    /// <summary>Auxiliaries and wh-words that open a question asking the customer for something.</summary>
    public static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "can", "could", "would", "will", "is", "are", "was", "were", "have", "has", "had", "shall",
        "should", "may", "what", "what's", "when", "where", "which", "who", "whose", "why", "how",
    };

    /// <summary>Impression markers ("it sounds like…"): a restatement when what follows is about the customer ("…you…", "…your…").</summary>
    public static readonly HashSet<string> ImpressionMarkers = new(StringComparer.Ordinal)
    {
        "it sounds like", "sounds like", "it sounds as (if|though)", "sounds as (if|though)", "it seems (like|that)",
        "seems like", "it looks like you",
    };

    /// <summary>Feeling words: a restatement that names one reflects the customer's feeling, not only the facts.</summary>
    public static readonly HashSet<string> FeelingWords = new(StringComparer.Ordinal)
    {
        "feel", "feels", "feeling", "feelings", "felt", "frustrated", "frustrating", "frustration", "upset", "angry",
        "anger", "annoyed", "annoying", "irritated", "furious", "mad", "sad", "sadness", "unhappy", "depressed", "down",
        "lonely", "alone", "isolated", "hurt", "hurting", "worried", "worry", "worrying", "anxious", "anxiety", "nervous",
        "scared", "afraid", "fear", "frightened", "stressed", "stress", "stressful", "overwhelmed", "overwhelming",
        "exhausted", "tired", "drained", "confused", "confusing", "lost", "stuck", "helpless", "hopeless", "disappointed",
        "disappointing", "let", "embarrassed", "ashamed", "guilty", "relieved", "happy", "glad", "excited", "proud",
        "grateful", "hopeful", "concerned", "uneasy", "uncertain", "unsure", "insecure", "betrayed", "ignored",
        "unheard", "unappreciated", "used", "rejected", "heartbroken", "devastated", "grief", "grieving", "miserable",
        "tough", "hard", "difficult", "painful", "struggling", "struggle", "pressure", "burden",
    };
}
