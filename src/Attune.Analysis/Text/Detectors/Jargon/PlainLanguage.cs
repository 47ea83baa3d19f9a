using System.Text.Json;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>
/// The plain-language lexicon: the shipped lists (Resources/PlainLanguage: plainlanguage.gov via
/// retext-simplify, MIT; 18F Content Guide, CC0) less <c>PlainLanguageExclusions.lex.txt</c>, in one
/// trie. Single-word entries also match their regular inflections (utilise → utilises, utilised,
/// utilising; notify → notified) and British/American -ise/-ize, -isation/-ization and -our/-or
/// variants, so "utilising" is found as well as "utilize". Built once.
/// </summary>
internal static class PlainLanguage
{
    public const string RetextSource = "plainlanguage.gov (via retext-simplify)";
    public const string EighteenFSource = "18F Content Guide";

    private static readonly Lazy<(PhraseMatcher Matcher, List<int> EntryOf, List<PlainLanguageEntry> Entries)> Built = new(Build);

    public static PhraseMatcher Matcher => Built.Value.Matcher;

    /// <summary>The kept entries.</summary>
    public static IReadOnlyList<PlainLanguageEntry> Entries => Built.Value.Entries;

    /// <summary>Index into <see cref="Entries"/> of a phrase id of <see cref="Matcher"/>.</summary>
    public static int EntryOf(int phraseId) => Built.Value.EntryOf[phraseId];

    /// <summary>
    /// True when the word after a match shows another phrase: "at this time of year", "point in time of",
    /// "in the event of" is fine but "at the present time of day" is not the officialese.
    /// </summary>
    public static bool NotBefore(int entry, string nextWord) =>
        nextWord == "of" && Entries[entry].Term.EndsWith("time", StringComparison.Ordinal);

    /// <summary>Every term of the source lists, before exclusions (for tests and documentation).</summary>
    internal static IEnumerable<string> SourceTerms()
    {
        foreach (var (term, _) in ReadRetext())
        {
            yield return term;
        }

        foreach (var term in Read18FTerms())
        {
            yield return term;
        }
    }

    /// <summary>The exclusion list.</summary>
    internal static List<string> Exclusions() => JargonResources.ReadLines("PlainLanguageExclusions.lex.txt");

    /// <summary>The 18F entries kept, with Attune's alternative.</summary>
    internal static List<(string Term, string Alternative)> Kept18F()
    {
        var kept = new List<(string, string)>();
        foreach (var line in JargonResources.ReadLines("PlainLanguage18F.tsv"))
        {
            var cells = line.Split('\t');
            kept.Add((cells[0].Trim(), cells.Length > 1 ? cells[1].Trim() : ""));
        }

        return kept;
    }

    /// <summary>18F terms as the shipped file lists them (first column, header skipped).</summary>
    internal static List<string> Read18FTerms()
    {
        var terms = new List<string>();
        var lines = JargonResources.ReadText("18f_words_to_avoid.tsv").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var term = lines[i].Split('\t')[0].Trim();
            if (term.Length > 0)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>Word forms a single-word entry also matches.</summary>
    internal static IEnumerable<string> Forms(string term)
    {
        var spellings = new List<string> { term };
        if (term.Contains("iz", StringComparison.Ordinal))
        {
            spellings.Add(term.Replace("iz", "is", StringComparison.Ordinal));
        }
        else if (term.Contains("is", StringComparison.Ordinal) && (term.EndsWith("ise", StringComparison.Ordinal) || term.EndsWith("isation", StringComparison.Ordinal)))
        {
            spellings.Add(term.Replace("is", "iz", StringComparison.Ordinal));
        }

        if (term.EndsWith("avor", StringComparison.Ordinal))
        {
            spellings.Add(term[..^2] + "our"); // endeavor → endeavour
        }

        foreach (var s in spellings)
        {
            yield return s;
            if (s.Contains(' ', StringComparison.Ordinal) || s.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            var last = s[^1];
            var beforeLast = s.Length > 1 ? s[^2] : ' ';
            var consonantY = last == 'y' && !IsVowel(beforeLast);
            // plural / third person
            yield return consonantY ? s[..^1] + "ies" : s.EndsWith('s') || s.EndsWith('x') || s.EndsWith('z') || s.EndsWith("ch", StringComparison.Ordinal) || s.EndsWith("sh", StringComparison.Ordinal) ? s + "es" : s + "s";
            // past
            yield return last == 'e' ? s + "d" : consonantY ? s[..^1] + "ied" : s + "ed";
            // -ing
            yield return last == 'e' && beforeLast != 'e' ? s[..^1] + "ing" : s + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static List<(string Term, string Alternative)> ReadRetext()
    {
        using var doc = JsonDocument.Parse(JargonResources.ReadText("plainlanguage_simple_words.json"));
        var list = new List<(string, string)>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var alternatives = new List<string>();
            if (p.Value.TryGetProperty("replace", out var replace))
            {
                foreach (var r in replace.EnumerateArray())
                {
                    var s = r.GetString();
                    if (!string.IsNullOrWhiteSpace(s))
                    {
                        alternatives.Add(s.Replace('\u2019', '\''));
                    }
                }
            }

            var omit = p.Value.TryGetProperty("omit", out var o) && o.ValueKind == JsonValueKind.True;
            // the source's "aforementioned → remove" means: remove the word
            var alternative = alternatives.Count == 0 || (alternatives.Count == 1 && alternatives[0] == "remove")
                ? "leave it out"
                : string.Join(" / ", alternatives) + (omit ? " (or leave it out)" : "");
            list.Add((p.Name, alternative));
        }

        return list;
    }

    private static (PhraseMatcher, List<int>, List<PlainLanguageEntry>) Build()
    {
        var excluded = new HashSet<string>(Exclusions(), StringComparer.Ordinal);
        var entries = new List<PlainLanguageEntry>();
        foreach (var (term, alternative) in ReadRetext())
        {
            if (!excluded.Contains(term))
            {
                entries.Add(new PlainLanguageEntry(term, alternative, RetextSource));
            }
        }

        var known = new HashSet<string>(entries.Select(e => e.Term), StringComparer.Ordinal);
        foreach (var (term, alternative) in Kept18F())
        {
            if (!excluded.Contains(term) && known.Add(term))
            {
                entries.Add(new PlainLanguageEntry(term, alternative, EighteenFSource));
            }
        }

        var matcher = new PhraseMatcher([]);
        var entryOf = new List<int>();
        var added = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var form in Forms(entries[e].Term))
            {
                var phrase = Normalise(form);
                if (phrase.Length == 0 || excluded.Contains(form) || (form != entries[e].Term && known.Contains(form)) || !added.Add(phrase))
                {
                    continue;
                }

                var id = matcher.Add(phrase);
                while (entryOf.Count <= id)
                {
                    entryOf.Add(e);
                }
            }
        }

        return (matcher, entryOf, entries);
    }

    /// <summary>A term as the matcher sees it: its word and number tokens, lower-case, space-separated ("state-of-the-art" stays one word).</summary>
    internal static string Normalise(string term)
    {
        var tokens = Tokenizer.Tokenize(term).Tokens;
        var parts = new List<string>(tokens.Count);
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                parts.Add(t.Norm);
            }
        }

        return string.Join(' ', parts);
    }
}
