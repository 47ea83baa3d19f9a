using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Personalisation;

/// <summary>
/// <c>personalisation</c> (+): the advisor treats the customer as an individual (PRODUCT.md
/// techniques 20 and 26). Three kinds, each reported once per conversation — once is the
/// evidence; repeating it adds nothing and would let a name-dropping script game the score:
/// <list type="bullet">
/// <item><c>name</c>: the advisor uses the customer's name once it is known — from
/// <see cref="ConversationMetadata.CustomerName"/>, or from the customer ("my name is Jo Bloggs",
/// "it's Mrs Patel", or a short reply to "can I take your name?"). First name, surname or title +
/// surname; written capitalised (any case in an all-lower-case transcript). A first name that is
/// also a word ("Will", "Bill") counts at a sentence start only as a vocative ("Bill, …"). The
/// advisor introducing themselves with the same name ("I'm Jo") does not count.</item>
/// <item><c>history</c>: refers to the customer's history or specifics ("I can see you called on
/// Monday", "your order from last week", "according to your notes").</item>
/// <item><c>tenure</c>: acknowledges how long they have been a customer ("a customer since 2015",
/// "you've been with us for ten years", "a loyal customer").</item>
/// </list>
/// Negated ("I can't see any previous calls" does not match) and quoted speech do not count.
/// </summary>
public sealed class PersonalisationDetector : Detector
{
    private readonly List<NamePart> _names = [];
    private bool _metadataRead;
    private bool _nameAsked;
    private bool _nameDone;
    private bool _historyDone;
    private bool _tenureDone;
    private int? _nameTurn;
    private int _customerTurns;

    public PersonalisationDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (!_metadataRead)
        {
            _metadataRead = true;
            if (!string.IsNullOrWhiteSpace(context.Metadata.CustomerName))
            {
                AddNames(Tokenizer.Tokenize(context.Metadata.CustomerName), 0, int.MaxValue, anyCase: true);
            }
        }

        if (_nameDone && _historyDone && _tenureDone)
        {
            return;
        }

        if (turn.Party == Party.Customer)
        {
            if (!_nameDone)
            {
                LearnName(turn);
            }

            _nameAsked = false;
            _customerTurns++;
            return;
        }

        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var text = turn.Tokens;
        var lexicon = PersonalisationLexicon.Lexicon;
        foreach (var m in lexicon.Matcher.Matches(text))
        {
            var kind = lexicon.KindOf(m);
            if (kind == PersonalisationKind.NameAsk)
            {
                _nameAsked = true;
                continue;
            }

            var history = kind is PersonalisationKind.History or PersonalisationKind.HistoryWithTime;
            if (history && AsksAboutIt(text, m.FirstToken))
            {
                continue; // "When was the last time you called?" asks; it does not show the customer is known
            }

            var tenure = kind is PersonalisationKind.Tenure or PersonalisationKind.TenureWithTime;
            if ((!history && !tenure) || (history && _historyDone) || (tenure && _tenureDone) || Negation.IsNegated(text, m.FirstToken))
            {
                continue;
            }

            var end = m.EndToken;
            if (kind is PersonalisationKind.HistoryWithTime or PersonalisationKind.TenureWithTime)
            {
                var wildcard = kind == PersonalisationKind.TenureWithTime && text.Tokens[m.FirstToken].Kind == TokenKind.Number ? m.FirstToken : m.EndToken - 1;
                var t = text.Tokens[wildcard];
                if (t.Kind != TokenKind.Number && !PersonalisationLexicon.TimeWords.Contains(t.Norm))
                {
                    continue;
                }
            }

            end = TokenWalk.ExtendInClause(text, end - 1, 4);
            var quote = text.Text[text.Tokens[m.FirstToken].Start..text.Tokens[end - 1].End];
            if (history)
            {
                _historyDone = true;
                sink.Add(turn, m.FirstToken, end, Signals.Personalisation, Polarity.Positive,
                    $"Personalisation: '{quote}' refers to the customer's own history, so they feel known rather than processed.", label: "history");
            }
            else
            {
                _tenureDone = true;
                sink.Add(turn, m.FirstToken, end, Signals.Personalisation, Polarity.Positive,
                    $"Personalisation: '{quote}' acknowledges how long the customer has been with the company.", label: "tenure");
            }
        }

        if (!_nameDone && _names.Count > 0)
        {
            FindNameUse(context, turn, sink);
        }
    }

    private static bool AsksAboutIt(TokenizedText text, int index)
    {
        var (first, end) = TokenWalk.SentenceOf(text, index);
        for (var i = first; i < end; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Word)
            {
                return PersonalisationLexicon.QuestionOpeners.Contains(text.Tokens[i].Norm);
            }
        }

        return false;
    }

    private void FindNameUse(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        var text = turn.Tokens;
        var tokens = text.Tokens;
        var lowerCaseTranscript = !HasUpperCase(turn.Text);
        var advisorName = context.Metadata.AdvisorName;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Quoted || (!lowerCaseTranscript && !TokenWalk.IsCapitalised(text, i)))
            {
                continue;
            }

            var part = Find(t.Norm);
            if (part is null || (advisorName is not null && advisorName.Contains(t.Norm, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var prev = TokenWalk.PreviousWord(text, i);
            var prevNorm = prev < 0 ? "" : tokens[prev].Norm;
            if (prevNorm is "i'm" or "im" or "is" or "name's" or "am")
            {
                continue; // "Hi, I'm Jo": the advisor's own name
            }

            if (prev < 0 && !part.Value.Surname && PersonalisationLexicon.WordNames.Contains(t.Norm) && !TokenWalk.PunctuationFollows(text, i, ','))
            {
                continue; // "Will you…" is not "Will, you…"
            }

            var first = prev >= 0 && PersonalisationLexicon.Titles.Contains(prevNorm) ? prev : i;
            var quote = turn.Text[tokens[first].Start..t.End];
            var source = _nameTurn is null ? "the contact record" : $"the customer's turn {_nameTurn + 1}";
            sink.Add(turn, first, i + 1, Signals.Personalisation, Polarity.Positive,
                $"Personalisation: uses the customer's name ('{quote}'), known from {source}.", label: "name", relatedTurn: _nameTurn);
            _nameDone = true;
            return;
        }
    }

    private NamePart? Find(string norm)
    {
        foreach (var n in _names)
        {
            if (n.Norm == norm)
            {
                return n;
            }
        }

        return null;
    }

    private void LearnName(AnalyzedTurn turn)
    {
        var text = turn.Tokens;
        var lexicon = PersonalisationLexicon.Lexicon;
        var anyCase = !HasUpperCase(turn.Text);
        foreach (var m in lexicon.Matcher.Matches(text))
        {
            var kind = lexicon.KindOf(m);
            if (kind == PersonalisationKind.NameIntro)
            {
                if (AddNames(text, m.EndToken, 3, anyCase: true, turn.Index))
                {
                    return;
                }
            }
            else if (kind == PersonalisationKind.NameIntroWeak)
            {
                // "it's Mrs Patel", "this is Jo Bloggs": only with a title, or when the advisor just asked, or opening the call
                var next = TokenWalk.NextWord(text, m.EndToken - 1);
                if (next < 0)
                {
                    continue;
                }

                var titled = PersonalisationLexicon.Titles.Contains(text.Tokens[next].Norm);
                var opening = _names.Count == 0 && text.Tokens[m.FirstToken].Sentence == 0 && _customerTurns == 0;
                if ((titled || _nameAsked || opening) && AddNames(text, m.EndToken, 3, titled || (_nameAsked && anyCase), turn.Index))
                {
                    return;
                }
            }
        }

        // a short reply to "can I take your name?": "Jo Bloggs", "sure, it's Jo"
        if (_nameAsked && text.WordCount <= 5)
        {
            var first = 0;
            while (first < text.Tokens.Count && (text.Tokens[first].Kind != TokenKind.Word || PersonalisationLexicon.NotNames.Contains(text.Tokens[first].Norm)))
            {
                first++;
            }

            AddNames(text, first, 3, anyCase, turn.Index);
        }
    }

    /// <summary>Takes up to <paramref name="max"/> name words from token <paramref name="from"/>; true when a name was found.</summary>
    private bool AddNames(TokenizedText text, int from, int max, bool anyCase, int? turn = null)
    {
        var tokens = text.Tokens;
        var words = new List<int>(3);
        var title = false;
        for (var i = from; i < tokens.Count && words.Count < max; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && text.Text[t.Start] == '.' && i > from && PersonalisationLexicon.Titles.Contains(tokens[i - 1].Norm))
            {
                continue; // "Mrs. Patel"
            }

            if (t.Kind != TokenKind.Word)
            {
                break;
            }

            if (PersonalisationLexicon.Titles.Contains(t.Norm) && words.Count == 0 && !title)
            {
                title = true;
                continue;
            }

            if (PersonalisationLexicon.NotNames.Contains(t.Norm) || t.Norm.Length < 2 || !IsNameShaped(t.Norm) || (!anyCase && !TokenWalk.IsCapitalised(text, i)))
            {
                break;
            }

            words.Add(i);
        }

        if (words.Count == 0)
        {
            return false;
        }

        if (_names.Count == 0)
        {
            _nameTurn = turn;
        }

        for (var k = 0; k < words.Count; k++)
        {
            var surname = title || (words.Count > 1 && k == words.Count - 1);
            _names.Add(new NamePart(tokens[words[k]].Norm, surname));
        }

        return true;
    }

    private static bool IsNameShaped(string norm)
    {
        foreach (var c in norm)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpperCase(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct NamePart(string Norm, bool Surname);
}
