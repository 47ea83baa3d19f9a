using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Empathy;

/// <summary>
/// <c>empathy.statement</c>: advisor sentences that acknowledge the customer's feelings or
/// situation, labelled with the EPITOME mechanism they use (<see cref="EmpathyMechanism"/>).
/// <para>
/// Recognition is a phrase lexicon (acknowledgement frames crossed with feeling words, see
/// Empathy.lex.txt) plus one rule for explorations: a question about the customer (second person)
/// that is not a suggestion, an offer, a courtesy check, a rhetorical tag or a transaction
/// ("could you confirm your postcode?").
/// </para>
/// <para>Not empathy, by design:</para>
/// <list type="bullet">
/// <item>negated or hedged frames ("I don't understand why you're upset", "it's not that I don't understand");
/// negators written into a phrase ("you're not alone", "I can't imagine how hard that is") do not count;</item>
/// <item>quoted or reported words ("you said 'I understand' last time"): quoted tokens are skipped;</item>
/// <item>dismissals: a bare acknowledgement followed by "but/however" ("I understand, but…") or by a sentence
/// that refuses or lectures ("I understand. It's simply how minimum terms work."), and any
/// acknowledgement whose "but" clause refuses or lectures ("I understand your frustration, but that's policy",
/// "…but you need to calm down"). An acknowledgement whose "but" clause delivers a fact or a fix
/// ("I can imagine how worrying that is, but I'll have it fixed today") still counts;</item>
/// <item>formula apologies ("sorry for any inconvenience", "sorry you feel that way", "sorry if…"):
/// the apology detector reports those as non-apologies.</item>
/// </list>
/// Sympathy ("I'm so sorry to hear about your loss") is an emotional reaction here and also
/// <c>apology.sympathy</c> for the apology detector; the two views answer different questions.
/// </summary>
public sealed class EmpathyDetector : Detector
{
    private static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal)
    {
        "you", "your", "you're", "youre", "you've", "youve", "you'd", "youd", "you'll", "youll", "yourself",
        "yours", "u", "ur", "ya", "anyone", "anybody", "someone", "somebody", "anything",
    };

    private static readonly HashSet<string> Contrast = new(StringComparer.Ordinal) { "but", "however", "although", "though", "yet" };

    private readonly EmpathyLexicon _lexicon = EmpathyLexicon.Instance;
    private readonly List<Candidate> _candidates = [];
    private readonly List<(int First, int End)> _blocks = [];
    private readonly List<int> _refusals = [];
    private readonly List<int> _questionBlocks = [];

    public EmpathyDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Advisor || turn.Tokens.Tokens.Count == 0)
        {
            return;
        }

        var text = turn.Tokens;
        _candidates.Clear();
        _blocks.Clear();
        _refusals.Clear();
        _questionBlocks.Clear();
        foreach (var m in _lexicon.Matcher.Matches(text))
        {
            if (!Fits(text, m))
            {
                continue;
            }

            switch (_lexicon.Kinds[m.PhraseId])
            {
                case EmpathyLexicon.Kind.Block:
                    _blocks.Add((m.FirstToken, m.EndToken));
                    break;
                case EmpathyLexicon.Kind.Refusal:
                    _refusals.Add(m.FirstToken);
                    break;
                case EmpathyLexicon.Kind.QuestionBlock:
                    _questionBlocks.Add(text.Tokens[m.FirstToken].Sentence);
                    break;
                case EmpathyLexicon.Kind.Exploration:
                    // "what happened?" explores; "I know what happened" does not
                    var (sFirst, sEnd) = text.SentenceRange(text.Tokens[m.FirstToken].Sentence);
                    if (IsQuestion(text, sFirst, sEnd))
                    {
                        _candidates.Add(new Candidate(EmpathyLexicon.Kind.Exploration, m.FirstToken, m.EndToken, m.PhraseId));
                    }

                    break;
                case EmpathyLexicon.Kind.ExplorationPrompt:
                    _candidates.Add(new Candidate(EmpathyLexicon.Kind.Exploration, m.FirstToken, m.EndToken, m.PhraseId));
                    break;
                case EmpathyLexicon.Kind.ApologyAccepted:
                    if (CustomerApologised(context, turn))
                    {
                        _candidates.Add(new Candidate(EmpathyLexicon.Kind.Reaction, m.FirstToken, m.EndToken, m.PhraseId));
                    }

                    break;
                case EmpathyLexicon.Kind.ExplorationAsk:
                    var (aFirst, aEnd) = text.SentenceRange(text.Tokens[m.FirstToken].Sentence);
                    if (!IsTransactional(text, aFirst, aEnd))
                    {
                        _candidates.Add(new Candidate(EmpathyLexicon.Kind.Exploration, m.FirstToken, m.EndToken, m.PhraseId));
                    }

                    break;
                default:
                    _candidates.Add(new Candidate(_lexicon.Kinds[m.PhraseId], m.FirstToken, m.EndToken, m.PhraseId));
                    break;
            }
        }

        for (var i = _candidates.Count - 1; i >= 0; i--)
        {
            var c = _candidates[i];
            if (IsDismissed(text, c))
            {
                // a dismissed bare acknowledgement takes the other readings of its words with it
                // ("I hear you." is also "I hear you…" as an interpretation)
                _blocks.Add((c.First, c.End));
            }
        }

        for (var i = _candidates.Count - 1; i >= 0; i--)
        {
            var c = _candidates[i];
            if (OverlapsBlock(c) || IsNegated(text, c))
            {
                _candidates.RemoveAt(i);
            }
        }

        // sympathy ("I'm so sorry to hear that") is an emotional reaction; the apology classifier decides
        // which apologies are sympathy, so the two detectors never disagree about a "sorry"
        foreach (var a in ApologyClassifier.Find(text))
        {
            if (a.Signal == Signals.ApologySympathy)
            {
                _candidates.Add(new Candidate(EmpathyLexicon.Kind.Reaction, a.First, a.End, -1));
            }
        }

        AddQuestionExplorations(text);
        Emit(turn, sink);
    }

    /// <summary>True when the customer turn this advisor turn answers apologises ("Sorry, what day did you say?").</summary>
    private static bool CustomerApologised(ConversationContext context, AnalyzedTurn turn)
    {
        if (turn.Index == 0 || context.Turns[turn.Index - 1] is not { Party: Party.Customer } customer)
        {
            return false;
        }

        foreach (var t in customer.Tokens.Tokens)
        {
            if (t.Kind == TokenKind.Word && !t.Quoted && t.Norm is "sorry" or "apologise" or "apologize" or "apologies")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Positional constraints written into the phrase: must close its clause (<c>$</c>) or open its sentence (<c>^</c>).</summary>
    private bool Fits(TokenizedText text, PhraseMatch m)
    {
        var tokens = text.Tokens;
        if (_lexicon.ClauseEnd[m.PhraseId] && m.EndToken < tokens.Count && tokens[m.EndToken].Kind is TokenKind.Word or TokenKind.Number)
        {
            return false;
        }

        if (_lexicon.SentenceStart[m.PhraseId])
        {
            var sentence = tokens[m.FirstToken].Sentence;
            for (var i = m.FirstToken - 1; i >= 0 && tokens[i].Sentence == sentence; i--)
            {
                if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool OverlapsBlock(Candidate c)
    {
        foreach (var (first, end) in _blocks)
        {
            if (first < c.End && c.First < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negator inside the span that the phrase did not spell out, or one just before it ("I don't understand why you're upset").</summary>
    private bool IsNegated(TokenizedText text, Candidate c)
    {
        var tokens = text.Tokens;
        var literal = _lexicon.LiteralNegatorsOf[c.PhraseId];
        for (var i = c.First; i < c.End; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && Negation.IsNegator(t.Norm) && Array.IndexOf(literal, t.Norm) < 0)
            {
                return true;
            }
        }

        return Negation.IsNegated(text, c.First) || IsConditional(text, c.First);
    }

    /// <summary>A frame inside a condition is not said to the customer ("if you're doing a great job at work…").</summary>
    private static bool IsConditional(TokenizedText text, int first)
    {
        var tokens = text.Tokens;
        for (var i = first - 1; i >= 0 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return tokens[i].Norm is "if" or "whether" or "unless";
            }
        }

        return false;
    }

    /// <summary>
    /// "I understand, but…" with nothing understood is a dismissal; so is any acknowledgement whose
    /// "but" clause refuses or lectures (a refusal cue after the contrast word in the same sentence).
    /// </summary>
    private bool IsDismissed(TokenizedText text, Candidate c)
    {
        if (c.Kind == EmpathyLexicon.Kind.Exploration)
        {
            return false;
        }

        var tokens = text.Tokens;
        var bare = _lexicon.Bare[c.PhraseId];
        var sentence = tokens[c.First].Sentence;
        var next = c.End;
        while (next < tokens.Count && tokens[next].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            next++;
        }

        if (next >= tokens.Count)
        {
            return false;
        }

        // a bare acknowledgement is also undone by a "But…"/"However…" opening the next sentence
        if (tokens[next].Sentence != sentence && !(bare && tokens[next].Sentence == sentence + 1))
        {
            return false;
        }

        if (!Contrast.Contains(tokens[next].Norm))
        {
            // "I understand. It's simply how minimum terms work.": a bare acknowledgement whose next
            // sentence refuses or lectures is the same dismissal without the "but"
            return bare && tokens[next].Sentence == sentence + 1 && RefusalIn(tokens, sentence + 1);
        }

        if (bare)
        {
            return true;
        }

        foreach (var r in _refusals)
        {
            if (r > next && tokens[r].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    private bool RefusalIn(IReadOnlyList<Token> tokens, int sentence)
    {
        foreach (var r in _refusals)
        {
            if (tokens[r].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A question to the customer about themselves is an exploration unless it is a suggestion, offer, check or transaction.</summary>
    private void AddQuestionExplorations(TokenizedText text)
    {
        var tokens = text.Tokens;
        for (var s = 0; s < text.SentenceCount; s++)
        {
            var (first, end) = text.SentenceRange(s);
            if (!IsQuestion(text, first, end) || _questionBlocks.Contains(s) || CoveredByExploration(first, end))
            {
                continue;
            }

            var addressed = false;
            var spanFirst = -1;
            var spanEnd = first;
            for (var i = first; i < end; i++)
            {
                var t = tokens[i];
                if (t.Kind is not (TokenKind.Word or TokenKind.Number) || t.Quoted)
                {
                    continue;
                }

                if (spanFirst < 0)
                {
                    spanFirst = i;
                }

                spanEnd = i + 1;
                addressed |= SecondPerson.Contains(t.Norm);
            }

            if (addressed && spanFirst >= 0 && !IsTransactional(text, first, end))
            {
                // include the question mark in the evidence
                while (spanEnd < end && tokens[spanEnd].Kind == TokenKind.Punctuation)
                {
                    spanEnd++;
                }

                _candidates.Add(new Candidate(EmpathyLexicon.Kind.Exploration, spanFirst, spanEnd, -1));
            }
        }
    }

    /// <summary>
    /// A sentence about the account, the product, the bill or a sale ("have you paid the final bill?",
    /// "what you'd think of a better deal?"): fact-finding or selling, not exploring the customer's experience.
    /// </summary>
    private bool IsTransactional(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && !t.Quoted && _lexicon.Transactional.Contains(t.Norm)
                && !(t.Norm == "deal" && i + 1 < end && tokens[i + 1].Norm == "with"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuestion(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        for (var i = end - 1; i >= first; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && text.Text.AsSpan(t.Start, t.Length).Contains('?') && !t.Quoted)
            {
                return true;
            }
        }

        return false;
    }

    private bool CoveredByExploration(int first, int end)
    {
        foreach (var c in _candidates)
        {
            if (c.Kind == EmpathyLexicon.Kind.Exploration && c.First < end && first < c.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One finding per span, so one phrase never counts twice: overlapping matches merge into one finding.
    /// Its mechanism is <see cref="EmpathyMechanism.Resonance"/> when the span both reacts and interprets
    /// ("I know how you feel"; "I understand that's frustrating" = an understanding frame around the reaction
    /// "that's frustrating"), otherwise the mechanism of the longest match.
    /// </summary>
    private void Emit(AnalyzedTurn turn, FindingSink sink)
    {
        if (_candidates.Count == 0)
        {
            return;
        }

        _candidates.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        var i = 0;
        while (i < _candidates.Count)
        {
            var best = _candidates[i];
            var first = best.First;
            var end = best.End;
            var reacts = best.Kind is EmpathyLexicon.Kind.Reaction or EmpathyLexicon.Kind.Resonance;
            var interprets = best.Kind is EmpathyLexicon.Kind.Interpretation or EmpathyLexicon.Kind.Resonance;
            var j = i + 1;
            for (; j < _candidates.Count && _candidates[j].First < end; j++)
            {
                var c = _candidates[j];
                reacts |= c.Kind is EmpathyLexicon.Kind.Reaction or EmpathyLexicon.Kind.Resonance;
                interprets |= c.Kind is EmpathyLexicon.Kind.Interpretation or EmpathyLexicon.Kind.Resonance;
                if (c.End - c.First > best.End - best.First)
                {
                    best = c;
                }

                end = Math.Max(end, c.End);
            }

            var kind = best.Kind != EmpathyLexicon.Kind.Exploration && reacts && interprets ? EmpathyLexicon.Kind.Resonance : best.Kind;
            Add(turn, sink, kind, first, ExtendOpenFrame(turn.Tokens, end));
            i = j;
        }
    }

    private static void Add(AnalyzedTurn turn, FindingSink sink, EmpathyLexicon.Kind kind, int first, int end)
    {
        var tokens = turn.Tokens.Tokens;
        var quote = turn.Text[tokens[first].Start..tokens[end - 1].End];
        var (label, detail) = kind switch
        {
            EmpathyLexicon.Kind.Reaction => (EmpathyMechanism.EmotionalReaction,
                $"Empathy (emotional reaction): '{quote}' expresses warmth, concern or compassion for the customer."),
            EmpathyLexicon.Kind.Interpretation => (EmpathyMechanism.Interpretation,
                $"Empathy (interpretation): '{quote}' shows an understanding of what the customer feels or is going through."),
            EmpathyLexicon.Kind.Resonance => (EmpathyMechanism.Resonance,
                $"Empathy (reaction and interpretation): '{quote}' both shows warmth and shows the advisor understands what the customer feels."),
            _ => (EmpathyMechanism.Exploration,
                $"Empathy (exploration): '{quote}' invites the customer to say more about their experience or feelings."),
        };
        sink.Add(turn, first, end, Signals.EmpathyStatement, Polarity.Positive, detail, label: label);
    }

    /// <summary>
    /// A frame that ends in "how/why/what/that" ("I can imagine how") takes the rest of its clause
    /// as evidence ("I can imagine how worrying that is"), at most eight words.
    /// </summary>
    private static int ExtendOpenFrame(TokenizedText text, int end)
    {
        var tokens = text.Tokens;
        if (tokens[end - 1].Norm is not ("how" or "why" or "what" or "that" or "just"))
        {
            return end;
        }

        var sentence = tokens[end - 1].Sentence;
        for (var i = end; i < tokens.Count && i < end + 8; i++)
        {
            if (tokens[i].Sentence != sentence || tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }

            end = i + 1;
        }

        return end;
    }

    private readonly record struct Candidate(EmpathyLexicon.Kind Kind, int First, int End, int PhraseId);
}
