using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Paraphrase;

/// <summary>
/// <c>listening.paraphrase</c>: the advisor restates the customer's issue or feeling, reusing the
/// customer's own content words (compared by Porter stem, so "charged" matches "charges"). Three shapes:
/// <list type="bullet">
/// <item>a reformulation: a marker opening a sentence ("so you…", "you've…") with at least one of the customer's
///   content words; an explicit marker ("in other words", "what I'm hearing is", "you feel…") or an impression about
///   the customer ("it sounds like you…") counts by itself;</item>
/// <item>a repeat: a short turn (up to <see cref="MaxRepeatWords"/> words) made only of words of the customer's last turn ("Three weeks.");</item>
/// <item>a restatement: at least <see cref="MinSharedForRestatement"/> of the customer's content words, making up
///   at least half the advisor's content, said to the customer ("you", "your").</item>
/// </list>
/// The customer's words are those of the customer turns among the last few turns. Label "feeling"
/// when the restatement names a feeling ("you're worried that…"), else "content".
/// </summary>
public sealed class ParaphraseDetector : Detector
{
    public const int MaxRepeatWords = 5;
    public const int MinSharedForRestatement = 3;

    /// <summary>The customer turns among this many preceding turns supply the customer's words (a restatement often sums up more than the last turn).</summary>
    public const int TurnsConsidered = 8;

    /// <summary>
    /// The content words (stem, surface word) of each customer turn, by turn index, stemmed once when the
    /// turn arrives. Each advisor turn compares against up to four customer turns; stemming them again
    /// for every advisor turn was most of this detector's time (1.8 µs a sentence of 7.7 in all).
    /// </summary>
    private readonly List<(int Turn, ContentWord[] Words)> _customerContent = [];

    // Reused across turns (one detector serves one conversation on one thread): no per-turn allocation.
    private readonly CustomerWordList _customerWords = new();
    private readonly List<int> _shared = [];
    private readonly HashSet<string> _sharedStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contentStems = new(StringComparer.Ordinal);

    public ParaphraseDetector(AnalysisOptions options)
    {
        _ = options;
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        if (turn.Party == Party.Customer)
        {
            // turns older than TurnsConsidered are never looked at again
            var keep = 0;
            while (keep < _customerContent.Count && _customerContent[keep].Turn < turn.Index - TurnsConsidered)
            {
                keep++;
            }

            _customerContent.RemoveRange(0, keep);
            _customerContent.Add((turn.Index, ContentOf(turn)));
            return;
        }

        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var customerWords = CustomerWords(context, turn.Index, out var customerTurn);
        if (customerTurn < 0)
        {
            return;
        }

        var tokens = turn.Tokens;
        var list = tokens.Tokens;
        var shared = _shared;
        var sharedStems = _sharedStems;
        var contentStems = _contentStems;
        shared.Clear();
        sharedStems.Clear();
        contentStems.Clear();
        var words = 0;
        var secondPerson = false;
        for (var i = 0; i < list.Count; i++)
        {
            var t = list[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            words++;
            if (t.Quoted)
            {
                continue;
            }

            secondPerson |= t.Norm is "you" or "your" or "you're" or "you've" or "you'd" or "you'll" or "yours" or "yourself";
            if (!IsContent(t))
            {
                continue;
            }

            var stem = PorterStemmer.Stem(t.Norm);
            contentStems.Add(stem);
            if (customerWords.Contains(stem))
            {
                shared.Add(i);
                sharedStems.Add(stem);
            }
        }

        // a short repeat of the customer's own words, echoing their last turn
        if (words <= MaxRepeatWords && contentStems.Count > 0 && sharedStems.Count == contentStems.Count
            && AllIn(contentStems, Content(context.Turns[customerTurn])) && !context.Has(turn.Index, Signals.ListeningBackchannel))
        {
            Emit(sink, turn, 0, list.Count, "repeat", shared, customerWords, customerTurn,
                "Paraphrase: repeats the customer's own words back");
            return;
        }

        // a reformulation opened by a marker
        foreach (var m in ParaphraseLexicon.Markers.Matches(tokens))
        {
            if (!OpensSentence(tokens, m.FirstToken))
            {
                continue;
            }

            var phrase = ParaphraseLexicon.Markers.Phrases[m.PhraseId];
            var (_, sentenceEnd) = tokens.SentenceRange(list[m.FirstToken].Sentence);
            var inSentence = Count(shared, m.FirstToken, sentenceEnd);
            var explicitMarker = ParaphraseLexicon.ExplicitMarkers.Contains(phrase)
                || (ParaphraseLexicon.ImpressionMarkers.Contains(phrase) && AboutTheCustomer(list, m.EndToken, sentenceEnd));
            if (inSentence >= 1 || explicitMarker)
            {
                Emit(sink, turn, m.FirstToken, sentenceEnd, "reformulation", shared, customerWords, customerTurn,
                    $"Paraphrase: '{phrase}' restates what the customer said in the advisor's words");
                return;
            }
        }

        // a restatement without a marker
        if (secondPerson && sharedStems.Count >= MinSharedForRestatement && sharedStems.Count * 2 >= contentStems.Count)
        {
            Emit(sink, turn, 0, list.Count, "restatement", shared, customerWords, customerTurn,
                "Paraphrase: restates the customer's situation back to them");
        }
    }

    private static void Emit(FindingSink sink, AnalyzedTurn turn, int first, int end, string shape, List<int> shared,
        CustomerWordList customerWords, int customerTurn, string lead)
    {
        var tokens = turn.Tokens;
        var quoted = new List<string>();
        foreach (var i in shared)
        {
            if (i < first || i >= end)
            {
                continue;
            }

            var word = customerWords.WordOf(PorterStemmer.Stem(tokens.Tokens[i].Norm))!; // shared words are known to the customer
            if (!quoted.Contains(word))
            {
                quoted.Add(word);
            }
        }

        var feeling = NamesFeeling(tokens, first, end);
        var detail = quoted.Count > 0
            ? $"{lead}, reusing the customer's words {string.Join(", ", quoted.Select(q => $"'{q}'"))}."
            : $"{lead}.";
        if (feeling)
        {
            detail += " It names the customer's feeling.";
        }

        _ = shape;
        sink.Add(turn, first, end, Signals.ListeningParaphrase, Polarity.Positive, detail,
            label: feeling ? "feeling" : "content", value: quoted.Count, relatedTurn: customerTurn);
    }

    /// <summary>Stem → the customer's surface word, from the customer turns among the last <see cref="TurnsConsidered"/> turns.</summary>
    private CustomerWordList CustomerWords(ConversationContext context, int before, out int customerTurn)
    {
        var words = _customerWords;
        words.Clear();
        customerTurn = -1;
        for (var k = before - 1; k >= 0 && k >= before - TurnsConsidered; k--)
        {
            var t = context.Turns[k];
            if (t.Party != Party.Customer)
            {
                continue;
            }

            if (customerTurn < 0)
            {
                customerTurn = k;
            }

            words.Add(Content(t));
        }

        return words;
    }

    /// <summary>The content words of a customer turn, stemmed when it arrived (or now, for a turn this instance did not see).</summary>
    private ContentWord[] Content(AnalyzedTurn customer)
    {
        foreach (var (index, words) in _customerContent)
        {
            if (index == customer.Index)
            {
                return words;
            }
        }

        return ContentOf(customer);
    }

    private static ContentWord[] ContentOf(AnalyzedTurn turn)
    {
        var tokens = turn.Tokens.Tokens;
        var n = 0;
        foreach (var tok in tokens)
        {
            if (IsContent(tok))
            {
                n++;
            }
        }

        if (n == 0)
        {
            return [];
        }

        var words = new ContentWord[n];
        n = 0;
        foreach (var tok in tokens)
        {
            if (IsContent(tok))
            {
                words[n++] = new ContentWord(PorterStemmer.Stem(tok.Norm), tok.Norm);
            }
        }

        return words;
    }

    private static bool AllIn(HashSet<string> stems, ContentWord[] customer)
    {
        var found = 0;
        foreach (var stem in stems)
        {
            foreach (var w in customer)
            {
                if (w.Stem == stem)
                {
                    found++;
                    break;
                }
            }
        }

        return found == stems.Count;
    }

    private static bool IsContent(Token t) =>
        (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && t.Norm.Length >= 3)) && !ParaphraseLexicon.Stopwords.Contains(t.Norm);

    /// <summary>True when only fillers or conjunctions precede the token in its sentence.</summary>
    private static bool OpensSentence(TokenizedText tokens, int index)
    {
        var list = tokens.Tokens;
        var (first, _) = tokens.SentenceRange(list[index].Sentence);
        for (var k = first; k < index; k++)
        {
            var t = list[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (t.Norm is not ("so" or "and" or "but" or "okay" or "ok" or "right" or "well" or "uh" or "um" or "oh" or "yeah" or "now" or "alright" or "then" or "mm-hmm" or "uh-huh" or "hmm"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesFeeling(TokenizedText tokens, int first, int end)
    {
        var list = tokens.Tokens;
        for (var k = first; k < end && k < list.Count; k++)
        {
            if (list[k].Kind == TokenKind.Word && !list[k].Quoted && ParaphraseLexicon.FeelingWords.Contains(list[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a second-person word follows within three words ("it sounds like you…", "sounds like your…").</summary>
    private static bool AboutTheCustomer(TokenList list, int from, int end)
    {
        var seen = 0;
        for (var k = from; k < end && seen < 3; k++)
        {
            if (list[k].Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            if (list[k].Norm is "you" or "your" or "you're" or "you've" or "you'd" or "you'll" or "yourself")
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(List<int> shared, int first, int end)
    {
        var n = 0;
        foreach (var i in shared)
        {
            if (i >= first && i < end)
            {
                n++;
            }
        }

        return n;
    }

    private readonly record struct ContentWord(string Stem, string Word);

    /// <summary>
    /// The customer's content words, most recent turn first: a stem's surface word is the first one found,
    /// as a dictionary filled most recent first would keep. A handful of turns of a few words each, so a
    /// scan (stems compare by reference first: they come from the stemmer's memo) beats hashing every word
    /// into a dictionary for every advisor turn.
    /// </summary>
    private sealed class CustomerWordList
    {
        private readonly List<ContentWord[]> _turns = [];

        public void Clear() => _turns.Clear();

        public void Add(ContentWord[] words) => _turns.Add(words);

        public bool Contains(string stem) => WordOf(stem) is not null;

        public string? WordOf(string stem)
        {
            foreach (var words in _turns)
            {
                foreach (var w in words)
                {
                    if (ReferenceEquals(w.Stem, stem) || w.Stem == stem)
                    {
                        return w.Word;
                    }
                }
            }

            return null;
        }
    }
}
