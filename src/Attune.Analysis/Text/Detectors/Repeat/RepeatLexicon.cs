using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Repeat;

/// <summary>Repeat markers and the stop words left out of content-word overlap. Built once.</summary>
internal static class RepeatLexicon
{
    private const string Ordinal = "(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|umpteenth|nth|millionth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)";

    public static readonly KindedLexicon<RepeatKind> Lexicon = new(
    [
        ("as i (said|mentioned|explained|stated|say)", RepeatKind.Marker),
        ("as i told you", RepeatKind.Marker),
        ("as (i've|i have) (already|) (said|mentioned|explained|stated|told you)", RepeatKind.Marker),
        ("like i (said|say|mentioned|explained|told you)", RepeatKind.Marker),
        ("like i've (said|told you|explained)", RepeatKind.Marker),
        ("i (already|just) (told|told you|said|explained|mentioned|gave|gave you)", RepeatKind.Marker),
        ("(i've|i have) already (told|said|explained|mentioned|given|gave|provided|sent)", RepeatKind.Marker),
        ("(i've|i have) (told|explained|said) (you|this|that|it|everything|all this) (already|before|twice|three times|several times|many times|so many times|loads of times|a million times)", RepeatKind.Marker),
        ("(i've|i have) (told|explained) (you|this|that|it|everything|all this)", RepeatKind.Marker),
        ("i told you", RepeatKind.Marker),
        ("how many (more|) times (do|have|must|will|am|did|should|are) (i|you)", RepeatKind.Marker),
        ("(repeat|repeating) myself", RepeatKind.Marker),
        ("i keep (telling|saying|explaining|repeating|asking)", RepeatKind.Marker),
        ("(i'm|i am|i'll|i will|i have to|i've had to|i had to|i'm having to) (say|tell|telling|saying|explain|explaining|ask|asking|repeat|repeating) ~ again", RepeatKind.Marker),
        ("(i've|i have) said (this|it|that) (already|before|twice)", RepeatKind.Marker),
        ("already (said|explained|mentioned) (this|that|it)", RepeatKind.Marker),
        ("(i've|i have) been (through|over) (this|all this|it|that|all of this)", RepeatKind.Marker),
        ($"for the {Ordinal} time", RepeatKind.Marker),
        ("for the last time", RepeatKind.Marker),

        ($"this is the {Ordinal} time", RepeatKind.PreviousContact),
        ($"(it's|its|that's) the {Ordinal} time", RepeatKind.PreviousContact),
        ("(i've|i have|i) (already|) told (your|the|them|everyone|someone|him|her|three|two|all|every)", RepeatKind.PreviousContact),
        ("(i've|i have|i) (already|) (explained|said) (this|it|that|everything) to (your|the|them|someone|everyone|three|two|every)", RepeatKind.PreviousContact),
        ("(i've|i have) (called|rung|phoned|contacted|chased|emailed|messaged|been on the phone) (you|) ~ times", RepeatKind.PreviousContact),
        ("(i've|i have) (called|rung|phoned|contacted|chased|emailed|messaged) (you|) (twice|repeatedly)", RepeatKind.PreviousContact),
        ("every time i (call|ring|phone|contact|chat)", RepeatKind.PreviousContact),
        ("(last|the last) time i (called|rang|phoned|spoke|contacted|chatted)", RepeatKind.PreviousContact),

        ("again", RepeatKind.AgainOpening),
        ("once again", RepeatKind.AgainOpening),
    ]);

    /// <summary>
    /// Function words, fillers and politeness left out of the content-word overlap (a general
    /// English stop list in the style of the Snowball/NLTK one, plus conversational fillers).
    /// </summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't",
        "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "during", "each",
        "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
        "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "i",
        "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "let's", "me",
        "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
        "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she", "she'd",
        "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the", "their",
        "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're",
        "they've", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we",
        "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where", "where's",
        "which", "while", "who", "who's", "whom", "why", "why's", "with", "won't", "would", "wouldn't", "you",
        "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
        "yes", "yeah", "yep", "nope", "ok", "okay", "oh", "um", "uh", "er", "erm", "hmm", "hi", "hello", "thanks",
        "thank", "please", "sorry", "well", "just", "really", "still", "also", "even", "got", "get", "like", "know",
        "said", "say", "tell", "told", "want", "need", "think", "mean", "one", "now", "im", "dont", "cant", "ive",
        "going", "gonna", "wanna", "actually", "already", "lot", "thing", "things", "something", "anything",
        "everything", "nothing", "way", "guys", "will", "may", "might", "must", "shall", "done", "make", "made", "go",
        "went", "come", "came", "see", "look", "right", "sure", "fine", "good", "great", "mm", "ah", "yea", "u",
        "ur", "pls", "plz", "bit", "much", "many", "lots", "kind", "sort", "literally", "basically", "honestly",
        "seriously", "explained", "mentioned", "keep", "time", "times",
    };
}
