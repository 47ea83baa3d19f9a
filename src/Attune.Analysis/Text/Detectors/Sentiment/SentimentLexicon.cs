using System.Globalization;
using System.Reflection;

namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>
/// Everything the VADER rules need to know about a word, in one dictionary so that each word
/// of a text costs one lookup (with a span key: no string is allocated on the hot path):
/// its lexicon valence, its booster/dampener weight, whether it negates, its role in the
/// structural rules ("but", "least", "kind of", "no", …) and an id for multi-word phrases.
/// <para>
/// Sources: the VADER lexicon (Hutto &amp; Gilbert 2014; MIT, embedded as
/// <c>vader_lexicon.tsv</c>), the rule word lists below (written for this project from the
/// paper's description of degree modifiers and negation), and the contact-centre phrase list
/// <c>sentiment_phrases.lex.txt</c> (our deviation, documented there).
/// </para>
/// </summary>
internal static class SentimentLexicon
{
    /// <summary>Empirically derived intensity change of a degree modifier (paper, Table 3: mean 0.293).</summary>
    public const float BoosterIncrement = 0.293f;

    /// <summary>Added to a sentiment word written in ALL CAPS inside mixed-case text (paper: 0.733).</summary>
    public const float CapsIncrement = 0.733f;

    /// <summary>Negation flips and dampens a valence: multiply by -0.74 (paper, Table 3).</summary>
    public const float NegationScalar = -0.74f;

    /// <summary>Degree adverbs that intensify the next sentiment word ("very good", "extremely rude").</summary>
    private static readonly string[] Intensifiers =
    [
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing", "enormously",
        "entirely", "especially", "exceptionally", "extremely", "fabulously", "flipping", "freaking", "fricking", "frigging",
        "friggin", "fully", "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely", "majorly", "more",
        "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "totally",
        "tremendously", "uber", "unbelievably", "unusually", "utterly", "very", "insanely", "soo", "sooo", "soooo", "realy",
        "rlly",
    ];

    /// <summary>Degree adverbs that soften the next sentiment word ("slightly annoyed", "kinda good").</summary>
    private static readonly string[] Dampeners =
    [
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginally", "occasionally",
        "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "sort-of", "fairly", "mildly", "bit",
    ];

    /// <summary>
    /// Words that negate what follows within three words. "no" is not here: as in VADER it has
    /// its own rule (a determiner before a sentiment word, "no problem", is not itself negative).
    /// Deviation: the answer particles "nope", "nah", "uh-uh" are not negators here: they answer
    /// what came before and do not scope over the next words ("Nope :-)", "nope, still clueless").
    /// Deviation: "nobody" negates like "nothing" ("nobody seems to care"; no tweet of the VADER
    /// set changed).
    /// </summary>
    private static readonly string[] Negators =
    [
        "not", "never", "none", "nor", "nothing", "nobody", "nowhere", "neither", "without", "cannot", "rarely", "seldom",
        "despite", "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent",
        "isnt", "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
    ];

    private static readonly (string Word, WordRole Role)[] Roles =
    [
        ("but", WordRole.But), ("kind", WordRole.Kind), ("sort", WordRole.Kind), ("of", WordRole.Of), ("least", WordRole.Least),
        ("at", WordRole.At), ("very", WordRole.Very), ("never", WordRole.Never), ("so", WordRole.SoThis), ("this", WordRole.SoThis),
        ("without", WordRole.Without), ("doubt", WordRole.Doubt), ("no", WordRole.No), ("or", WordRole.OrNor), ("nor", WordRole.OrNor),
    ];

    /// <summary>
    /// Multi-word expressions whose meaning is not the sum of their words. The first group is
    /// the handful of idioms the VADER paper's engine recognises; the multi-word entries of the
    /// lexicon itself ("fed up", "can't stand") are added when it is read. The valence is put
    /// on the last word of the phrase and the other words of the phrase count as neutral.
    /// </summary>
    private static readonly (string Phrase, float Valence)[] Idioms =
    [
        ("the shit", 3f), ("the bomb", 3f), ("bad ass", 1.5f), ("badass", 1.5f), ("bus stop", 0f), ("yeah right", -2f),
        ("kiss of death", -1.5f), ("to die for", 3f), ("beating heart", 3.1f), ("broken heart", -2.9f),
    ];

    // Declared after the word lists: static initialisers run in textual order.
    private static readonly Dictionary<string, LexiconEntry> Entries = Build(out PhraseTable);

    public static readonly Dictionary<long, float> PhraseTable;

    public static readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Count => Entries.Count;

    public static bool TryGet(ReadOnlySpan<char> lower, out LexiconEntry entry) => Lookup.TryGetValue(lower, out entry);

    /// <summary>Key of a two- or three-word phrase from the ids of its words (ids are below 2^20).</summary>
    public static long PhraseKey(int a, int b, int c = -1) => ((long)(a + 1) << 42) | ((long)(b + 1) << 21) | (long)(c + 1);

    private static Dictionary<string, LexiconEntry> Build(out Dictionary<long, float> phrases)
    {
        var map = new Dictionary<string, LexiconEntry>(12000, StringComparer.Ordinal);
        var multi = new List<(string Phrase, float Valence)>();
        foreach (var (token, valence) in ReadTable("vader_lexicon.tsv"))
        {
            if (token.Contains(' ', StringComparison.Ordinal))
            {
                multi.Add((token.ToLowerInvariant(), valence));
                continue;
            }

            // Lower-case wins when a token exists in both cases ("lol" 2.9 / "LOL" 1.8), as the
            // engine looks words up lower-cased; the other case stays for emoticons like ":D".
            var lower = token.ToLowerInvariant();
            if (lower == token || !map.ContainsKey(lower))
            {
                Upsert(map, lower, e => e with { Valence = valence, HasValence = true });
            }

            if (lower != token)
            {
                Upsert(map, token, e => e with { Valence = valence, HasValence = true });
            }
        }

        // Emoji: the summed valence of the words of the description ("smiling face with smiling eyes"
        // → 2 × 2.0), within the lexicon's -4..+4.
        foreach (var (emoji, description) in ReadPairs("vader_emoji.tsv"))
        {
            float sum = 0;
            foreach (var word in description.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (map.TryGetValue(word.Trim('.', ',', ':', ';', '!', '?', '"', '(', ')').ToLowerInvariant(), out var e) && e.HasValence)
                {
                    sum += e.Valence;
                }
            }

            if (sum != 0 && !map.ContainsKey(emoji))
            {
                Upsert(map, emoji, e => e with { Valence = Math.Clamp(sum, -4f, 4f), HasValence = true });
            }
        }

        foreach (var w in Intensifiers)
        {
            Upsert(map, w, e => e with { Booster = BoosterIncrement });
        }

        foreach (var w in Dampeners)
        {
            Upsert(map, w, e => e with { Booster = -BoosterIncrement });
        }

        foreach (var w in Negators)
        {
            Upsert(map, w, e => e with { Negator = true });
        }

        foreach (var (w, role) in Roles)
        {
            Upsert(map, w, e => e with { Role = role });
        }

        phrases = [];
        foreach (var (phrase, valence) in Idioms.Concat(multi).Concat(ReadTable("sentiment_phrases.lex.txt")))
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                // A single word of the contact-centre list sets that word's valence (our deviation).
                Upsert(map, words[0], e => e with { Valence = valence, HasValence = valence != 0 });
                continue;
            }

            if (words.Length > 3)
            {
                continue;
            }

            var ids = new int[3] { -1, -1, -1 };
            for (var k = 0; k < words.Length; k++)
            {
                Upsert(map, words[k], e => e);
                ids[k] = map[words[k]].Id;
            }

            phrases[PhraseKey(ids[0], ids[1], ids[2])] = valence;
        }

        return map;
    }

    private static void Upsert(Dictionary<string, LexiconEntry> map, string key, Func<LexiconEntry, LexiconEntry> change)
    {
        var existing = map.TryGetValue(key, out var e) ? e : new LexiconEntry { Id = map.Count };
        map[key] = change(existing);
    }

    private static IEnumerable<(string Token, float Valence)> ReadTable(string resourceSuffix)
    {
        var list = new List<(string, float)>(8000);
        foreach (var (token, value) in ReadPairs(resourceSuffix))
        {
            var tab = value.IndexOf('\t', StringComparison.Ordinal);
            var number = tab < 0 ? value : value[..tab];
            list.Add((token, float.Parse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>Lines "key&lt;TAB&gt;value" of an embedded resource; "# " lines are comments.</summary>
    private static List<(string Key, string Value)> ReadPairs(string resourceSuffix)
    {
        var assembly = typeof(SentimentLexicon).Assembly;
        var name = FindResource(assembly, resourceSuffix);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var list = new List<(string, string)>(8000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line == "#")
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            list.Add((line[..tab].Trim(), line[(tab + 1)..]));
        }

        return list;
    }

    private static string FindResource(Assembly assembly, string suffix)
    {
        foreach (var n in assembly.GetManifestResourceNames())
        {
            if (n.EndsWith("Sentiment." + suffix, StringComparison.Ordinal))
            {
                return n;
            }
        }

        throw new InvalidOperationException($"Embedded resource '*Sentiment.{suffix}' is missing from the build.");
    }
}
