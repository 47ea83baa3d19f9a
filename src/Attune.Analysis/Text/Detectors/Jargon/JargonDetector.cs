using System.Runtime.CompilerServices;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>
/// <c>language.jargon</c> (−): internal or technical terms a customer may not know, in advisor
/// turns, each with the plain alternative as <see cref="Finding.Suggestion"/> (PRODUCT.md technique 7).
/// Three sources, checked in this order so one word gives one finding:
/// <list type="number">
/// <item><c>glossary</c>: a term of the organisation glossary (<see cref="AnalysisOptions.Glossary"/>,
/// loaded with <see cref="Glossary.Load"/>), suggesting its alternative.</item>
/// <item><c>plain_language</c>: a complex word or phrase of the shipped plain-language lists
/// (plainlanguage.gov via retext-simplify, MIT; 18F, CC0), selected for speech: entries that are
/// everyday in customer service are left out (<c>PlainLanguageExclusions.lex.txt</c> lists them
/// with the reasons).</item>
/// <item><c>acronym</c>: an acronym or initialism (see <see cref="Acronyms"/>) not spelled out or
/// glossed earlier in the call or right where it is used, and not a common one customers know.</item>
/// </list>
/// A term the customer used first ("my ONT is flashing") is not jargon when the advisor echoes it.
/// Each term is reported once per conversation (its first unexplained use). Quoted speech is skipped.
/// </summary>
public sealed class JargonDetector : Detector
{
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, GlossaryIndex> GlossaryIndexes = new();

    private readonly GlossaryIndex? _glossary;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly HashSet<string> _customerWords = new(StringComparer.Ordinal);
    private readonly HashSet<int> _customerPlain = [];
    private readonly HashSet<int> _customerGlossary = [];
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);

    public JargonDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _glossary = options.Glossary.Count == 0 ? null : GlossaryIndexes.GetValue(options.Glossary, g => new GlossaryIndex(g));
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        var text = turn.Tokens;
        if (turn.Party == Party.Customer)
        {
            LearnFromCustomer(text);
            return;
        }

        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var covered = new bool[text.Tokens.Count];
        if (_glossary is not null)
        {
            foreach (var m in _glossary.Matcher.Matches(text))
            {
                if (Covered(covered, m.FirstToken, m.EndToken))
                {
                    continue;
                }

                Mark(covered, m.FirstToken, m.EndToken);
                var entry = _glossary.Entries[m.PhraseId];
                var key = "g:" + entry.Term.ToUpperInvariant();
                var single = m.EndToken - m.FirstToken == 1 ? Acronyms.Candidate(text, m.FirstToken) : null;
                if (_customerGlossary.Contains(m.PhraseId) || (single is not null && (_expanded.Contains(single) || Acronyms.IsExpandedNear(text, m.FirstToken, single))))
                {
                    continue;
                }

                if (!_reported.Add(key))
                {
                    continue;
                }

                var quote = Quote(text, m.FirstToken, m.EndToken);
                var note = entry.Note is null ? "" : $" Note: {entry.Note}";
                sink.Add(turn, m.FirstToken, m.EndToken, Signals.LanguageJargon, Polarity.Negative,
                    $"Internal term: '{quote}' is in the organisation glossary; a customer may not know it. Plain alternative: '{entry.Alternative}'.{note}",
                    label: "glossary", suggestion: entry.Alternative);
            }
        }

        foreach (var m in PlainLanguage.Matcher.Matches(text))
        {
            if (Covered(covered, m.FirstToken, m.EndToken))
            {
                continue;
            }

            var e = PlainLanguage.EntryOf(m.PhraseId);
            if (PlainLanguage.NotBefore(e, TokenWalk.NextNorm(text, m.EndToken - 1)))
            {
                continue; // "at this time of year" is not the officialese "at this time"
            }

            Mark(covered, m.FirstToken, m.EndToken);
            if (_customerPlain.Contains(e) || !_reported.Add("p:" + e))
            {
                continue;
            }

            var entry = PlainLanguage.Entries[e];
            var quote = Quote(text, m.FirstToken, m.EndToken);
            sink.Add(turn, m.FirstToken, m.EndToken, Signals.LanguageJargon, Polarity.Negative,
                $"Complex wording: '{quote}' has a plainer alternative ('{entry.Alternative}'); plain words are easier to follow, especially for a worried or upset customer ({entry.Source}).",
                label: "plain_language", suggestion: entry.Alternative);
        }

        if (Acronyms.IsShouting(text))
        {
            return;
        }

        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var acronym = Acronyms.Candidate(text, i);
            if (acronym is null || _expanded.Contains(acronym) || _customerWords.Contains(acronym.ToLowerInvariant()))
            {
                continue;
            }

            if (Acronyms.IsExpandedNear(text, i, acronym))
            {
                _expanded.Add(acronym);
                continue;
            }

            if (!_reported.Add("a:" + acronym))
            {
                continue;
            }

            var quote = Quote(text, i, i + 1);
            sink.Add(turn, i, i + 1, Signals.LanguageJargon, Polarity.Negative,
                $"Unexplained acronym: '{quote}' has not been spelled out earlier in the call; the customer may not know what it means.",
                label: "acronym", suggestion: $"Say what '{quote}' stands for, or describe it in plain words, the first time you use it.");
        }
    }

    private void LearnFromCustomer(TokenizedText text)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                _customerWords.Add(tokens[i].Norm);
                var acronym = Acronyms.Candidate(text, i);
                if (acronym is not null && Acronyms.IsExpandedNear(text, i, acronym))
                {
                    _expanded.Add(acronym);
                }
            }
        }

        foreach (var m in PlainLanguage.Matcher.Matches(text, includeQuoted: true))
        {
            _customerPlain.Add(PlainLanguage.EntryOf(m.PhraseId));
        }

        if (_glossary is not null)
        {
            foreach (var m in _glossary.Matcher.Matches(text, includeQuoted: true))
            {
                _customerGlossary.Add(m.PhraseId);
            }
        }
    }

    private static bool Covered(bool[] covered, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (covered[i])
            {
                return true;
            }
        }

        return false;
    }

    private static void Mark(bool[] covered, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            covered[i] = true;
        }
    }

    private static string Quote(TokenizedText text, int first, int end) =>
        text.Text[text.Tokens[first].Start..text.Tokens[end - 1].End];

    /// <summary>The glossary as a trie, built once per glossary instance and shared by every conversation that uses it.</summary>
    private sealed class GlossaryIndex
    {
        public GlossaryIndex(IReadOnlyDictionary<string, string> glossary)
        {
            Matcher = new PhraseMatcher([]);
            var notes = glossary as Glossary;
            foreach (var (term, alternative) in glossary)
            {
                var phrase = PlainLanguage.Normalise(term);
                if (phrase.Length == 0 || string.IsNullOrWhiteSpace(alternative))
                {
                    continue;
                }

                var id = Matcher.Add(phrase);
                while (Entries.Count <= id)
                {
                    Entries.Add(new GlossaryEntry(term, alternative.Trim(), notes?.NoteFor(term)));
                }
            }
        }

        public PhraseMatcher Matcher { get; }

        public List<GlossaryEntry> Entries { get; } = [];
    }
}
