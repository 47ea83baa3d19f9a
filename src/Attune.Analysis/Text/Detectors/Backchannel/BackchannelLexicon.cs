using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Backchannel;

/// <summary>
/// Acknowledgement tokens and phrases. The inventory follows the SWBD-DAMSL backchannel classes
/// (Jurafsky, Shriberg &amp; Biasca 1997: b continuers, bk response acknowledgements, ba appreciations,
/// bh backchannels in question form) and Schegloff's continuers (1982). Items that mainly agree with
/// substance ("exactly", "absolutely", "that's true", "I agree", "I know") or answer ("no") are left
/// out on purpose: they take a position rather than hand the floor back.
/// </summary>
internal static class BackchannelLexicon
{
    private static readonly (string Phrase, BackchannelKind Kind)[] Items =
    [
        // continuers and response acknowledgements
        ("uh-huh", BackchannelKind.Continuer), ("uh huh", BackchannelKind.Continuer), ("mm-hmm", BackchannelKind.Continuer),
        ("mm-hm", BackchannelKind.Continuer), ("mhm", BackchannelKind.Continuer), ("mmhmm", BackchannelKind.Continuer),
        ("mm", BackchannelKind.Continuer), ("mmm", BackchannelKind.Continuer), ("hmm", BackchannelKind.Continuer),
        ("hm", BackchannelKind.Continuer), ("um-hum", BackchannelKind.Continuer), ("uh-hum", BackchannelKind.Continuer),
        ("huh", BackchannelKind.Continuer), ("huh-uh", BackchannelKind.Continuer), ("right", BackchannelKind.Continuer),
        ("okay", BackchannelKind.Continuer), ("ok", BackchannelKind.Continuer), ("okey-dokey", BackchannelKind.Continuer),
        ("oh", BackchannelKind.Continuer), ("ah", BackchannelKind.Continuer), ("aha", BackchannelKind.Continuer),
        ("ooh", BackchannelKind.Continuer), ("i see", BackchannelKind.Continuer), ("gotcha", BackchannelKind.Continuer),
        ("got it", BackchannelKind.Continuer), ("got you", BackchannelKind.Continuer), ("i gotcha", BackchannelKind.Continuer),
        ("understood", BackchannelKind.Continuer), ("noted", BackchannelKind.Continuer), ("go on", BackchannelKind.Continuer),
        ("all right", BackchannelKind.Continuer), ("alright", BackchannelKind.Continuer),

        // tokens that also agree or answer
        ("yeah", BackchannelKind.Agreement), ("yes", BackchannelKind.Agreement), ("yep", BackchannelKind.Agreement),
        ("yup", BackchannelKind.Agreement), ("yea", BackchannelKind.Agreement), ("sure", BackchannelKind.Agreement),
        ("for sure", BackchannelKind.Agreement), ("fair enough", BackchannelKind.Agreement),

        // appreciations and sympathetic receipts
        ("wow", BackchannelKind.Appreciation), ("gosh", BackchannelKind.Appreciation), ("boy", BackchannelKind.Appreciation),
        ("gee", BackchannelKind.Appreciation), ("jeez", BackchannelKind.Appreciation), ("golly", BackchannelKind.Appreciation),
        ("whew", BackchannelKind.Appreciation), ("uh-oh", BackchannelKind.Appreciation), ("uh oh", BackchannelKind.Appreciation),
        ("oh no", BackchannelKind.Appreciation), ("oh dear", BackchannelKind.Appreciation), ("oh my", BackchannelKind.Appreciation),
        ("my goodness", BackchannelKind.Appreciation), ("goodness", BackchannelKind.Appreciation), ("my gosh", BackchannelKind.Appreciation),
        ("oh man", BackchannelKind.Appreciation), ("oh boy", BackchannelKind.Appreciation), ("good grief", BackchannelKind.Appreciation),
        ("good", BackchannelKind.Appreciation), ("great", BackchannelKind.Appreciation), ("neat", BackchannelKind.Appreciation),
        ("nice", BackchannelKind.Appreciation), ("cool", BackchannelKind.Appreciation), ("interesting", BackchannelKind.Appreciation),
        ("wonderful", BackchannelKind.Appreciation), ("terrific", BackchannelKind.Appreciation), ("lovely", BackchannelKind.Appreciation),
        ("brilliant", BackchannelKind.Appreciation), ("excellent", BackchannelKind.Appreciation), ("perfect", BackchannelKind.Appreciation),
        ("that's (great|good|interesting|nice|neat|funny|wonderful|terrible|awful|cool|amazing|fantastic|excellent|wild|incredible|scary|sad|crazy|horrible|tough|hard|lovely|brilliant|fun|exciting|rough|frustrating|annoying|strange|weird|odd|something)", BackchannelKind.Appreciation),
        ("that is (great|good|interesting|nice|wonderful|terrible|awful|amazing|fantastic|excellent|frustrating|annoying|hard|tough|sad)", BackchannelKind.Appreciation),
        ("(that|it) sounds (great|good|interesting|nice|wonderful|terrible|awful|amazing|fantastic|frustrating|annoying|hard|tough|rough|fun|lovely)", BackchannelKind.Appreciation),
        ("sounds (great|good|interesting|nice|wonderful|terrible|awful|amazing|fantastic|frustrating|annoying|hard|tough|rough|fun|lovely)", BackchannelKind.Appreciation),
        ("how (interesting|nice|lovely|awful|terrible|funny|wonderful|great|neat|sad|frustrating|annoying)", BackchannelKind.Appreciation),
        ("that's (really|so|very|pretty|too) (great|good|interesting|nice|neat|funny|wonderful|terrible|awful|cool|amazing|fantastic|hard|tough|sad|scary|frustrating|annoying|bad)", BackchannelKind.Appreciation),
        ("that sounds (really|so|very|pretty) (great|good|interesting|nice|wonderful|terrible|awful|amazing|fantastic|hard|tough|frustrating|annoying)", BackchannelKind.Appreciation),
        ("that's too bad", BackchannelKind.Appreciation), ("that's a shame", BackchannelKind.Appreciation), ("that's a pity", BackchannelKind.Appreciation),
        ("isn't that (something|nice|great|interesting|funny|amazing|wonderful|neat)", BackchannelKind.Appreciation),
        ("i understand", BackchannelKind.Appreciation), ("i hear you", BackchannelKind.Appreciation),
        ("(that|it) makes sense", BackchannelKind.Appreciation), ("makes sense", BackchannelKind.Appreciation),
        ("i bet", BackchannelKind.Appreciation), ("i'll bet", BackchannelKind.Appreciation), ("you bet", BackchannelKind.Appreciation),
        ("there you go", BackchannelKind.Appreciation), ("good for you", BackchannelKind.Appreciation),
        ("how about that", BackchannelKind.Appreciation), ("no kidding", BackchannelKind.Appreciation),
        ("you're kidding", BackchannelKind.Appreciation), ("you're joking", BackchannelKind.Appreciation),
        ("no way", BackchannelKind.Appreciation), ("oh well", BackchannelKind.Appreciation),

        // backchannels in question form
        ("really", BackchannelKind.Echo), ("is that right", BackchannelKind.Echo), ("is that so", BackchannelKind.Echo),
        ("is that true", BackchannelKind.Echo), ("is it", BackchannelKind.Echo), ("was it", BackchannelKind.Echo),
        ("you think so", BackchannelKind.Echo), ("think so", BackchannelKind.Echo),
    ];

    /// <summary>Conjunctions and hesitations that may surround acknowledgements but are not one on their own ("and uh", "so").</summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "uh", "um", "er", "erm", "well", "so", "but", "and", "now", "then", "like",
    };

    /// <summary>Auxiliaries of an echo question ("do you?", "did they?", "you did?", "you have?").</summary>
    public static readonly HashSet<string> EchoAux = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "are", "is", "was", "were", "have", "has", "had", "can", "could", "will", "would",
        "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "weren't", "haven't", "hasn't", "can't", "won't", "wouldn't",
    };

    public static readonly HashSet<string> EchoSubject = new(StringComparer.Ordinal)
    {
        "you", "they", "he", "she", "it", "we", "that", "there",
    };

    /// <summary>Leave-taking in the customer's turn: an "okay" after it closes the call, it does not keep the customer talking.</summary>
    public static readonly PhraseMatcher Closings = new(
    [
        "bye", "goodbye", "good-bye", "bye-bye", "talk to you later", "nice talking to you", "nice to talk to you",
        "good talking to you", "take care", "have a (nice|good|great|lovely) (day|evening|weekend|one)", "thanks for calling",
        "see you", "cheerio",
    ]);

    public static PhraseMatcher Matcher { get; } = new(ItemsPhrases());

    public static BackchannelKind KindOf(int phraseId) => Items[phraseId].Kind;

    private static IEnumerable<string> ItemsPhrases()
    {
        foreach (var (phrase, _) in Items)
        {
            yield return phrase;
        }
    }
}
