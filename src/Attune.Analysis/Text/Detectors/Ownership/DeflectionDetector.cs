using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>
/// <c>ownership.deflection</c> (−): the advisor pushes the problem away — "that's not my
/// department", "you'll have to call…", "there's nothing I can do", "it's company policy" —
/// WITHOUT offering an alternative in the same or the next advisor turn. An alternative is a
/// phrase such as "what I can do is…", "but I can…", "I can transfer you", "let me give you
/// their number", "I'd suggest…", "instead", or any firm <c>ownership.commitment</c> in that turn
/// (so <see cref="CommitmentDetector"/> must run before this detector).
/// <para>
/// Online behaviour, deterministic: a deflection with no alternative in its own turn waits.
/// When the next advisor turn arrives it is settled — dropped if that turn offers an alternative,
/// otherwise emitted then (on the earlier turn, with its evidence). Deflections still waiting when
/// the conversation ends are emitted by <see cref="OnEnd"/>. Customer turns in between do not
/// close the window.
/// </para>
/// Negated ("I'm not saying there's nothing I can do", "it's not company policy to…"), quoted
/// speech and a policy stated as a promise ("it's our policy to refund you in full") do not count.
/// One finding per sentence.
/// </summary>
public sealed class DeflectionDetector : Detector
{
    private readonly List<Pending> _pending = [];

    public DeflectionDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var text = turn.Tokens;
        var lexicon = DeflectionLexicon.Lexicon;
        var matches = lexicon.Matcher.Matches(text);
        var alternative = HasAlternative(context, turn, matches);

        // the window of earlier deflections closes with this advisor turn
        if (_pending.Count > 0)
        {
            if (!alternative)
            {
                foreach (var p in _pending)
                {
                    Emit(p, sink, settledAt: turn.Index);
                }
            }

            _pending.Clear();
        }

        if (alternative)
        {
            return;
        }

        var lastSentence = -1;
        foreach (var m in matches)
        {
            var sentence = text.Tokens[m.FirstToken].Sentence;
            var kind = lexicon.KindOf(m);
            if (sentence == lastSentence || kind == DeflectionKind.Alternative || Negation.IsNegated(text, m.FirstToken, window: 4))
            {
                continue;
            }

            if (!Accept(kind, text, m, out var end))
            {
                continue;
            }

            _pending.Add(new Pending(turn, m.FirstToken, end, kind));
            lastSentence = sentence;
        }
    }

    public override void OnEnd(ConversationContext context, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var p in _pending)
        {
            Emit(p, sink, settledAt: null);
        }

        _pending.Clear();
    }

    private static bool HasAlternative(ConversationContext context, AnalyzedTurn turn, List<PhraseMatch> matches)
    {
        var lexicon = DeflectionLexicon.Lexicon;
        foreach (var m in matches)
        {
            if (lexicon.KindOf(m) == DeflectionKind.Alternative && !Negation.IsNegated(turn.Tokens, m.FirstToken) && !InClosingQuestion(turn.Tokens, m.FirstToken))
            {
                return true;
            }
        }

        foreach (var f in context.FindingsFor(turn.Index, Signals.OwnershipCommitment))
        {
            if (f.Polarity == Polarity.Positive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Is there anything else I can help with?" closes the chat; its "I can help" offers nothing for the problem.</summary>
    private static bool InClosingQuestion(TokenizedText text, int index)
    {
        var sentence = text.Tokens[index].Sentence;
        if (!text.SentenceEndsWithQuestionMark(sentence))
        {
            return false;
        }

        var (first, end) = text.SentenceRange(sentence);
        for (var i = first; i < end; i++)
        {
            if (text.Tokens[i].Norm == "else")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Accept(DeflectionKind kind, TokenizedText text, PhraseMatch m, out int end)
    {
        end = m.EndToken;
        var tokens = text.Tokens;
        switch (kind)
        {
            case DeflectionKind.GoElsewhere:
            {
                var next = TokenWalk.NextNorm(text, m.EndToken - 1);
                if (DeflectionLexicon.SameCompany.Contains(next) || TokenWalk.InQuestion(text, m.FirstToken))
                {
                    return false; // "you'll need to call us back once the engineer has been"
                }

                end = TokenWalk.ExtendInClause(text, m.EndToken - 1, 5);
                return true;
            }

            case DeflectionKind.Policy:
            {
                var next = TokenWalk.NextWord(text, m.EndToken - 1);
                if (next >= 0 && tokens[next].Norm == "to" && DeflectionLexicon.PositivePolicy.Contains(TokenWalk.NextNorm(text, next)))
                {
                    return false; // "it's our policy to refund you in full"
                }

                return true;
            }

            case DeflectionKind.NothingICanDo:
                end = TokenWalk.ExtendInClause(text, m.EndToken - 1, 3);
                return true;

            default:
                return true;
        }
    }

    private static void Emit(Pending p, FindingSink sink, int? settledAt)
    {
        var tokens = p.Turn.Tokens.Tokens;
        var quote = p.Turn.Text[tokens[p.First].Start..tokens[p.End - 1].End];
        var window = settledAt is null ? "before the conversation ended" : "in this or the next reply";
        var (detail, suggestion, label) = p.Kind switch
        {
            DeflectionKind.NotMyDepartment => (
                $"Deflection: '{quote}' pushes the problem to someone else with no alternative offered {window}.",
                "Own the hand-over: \"Our billing team handles that — I'll transfer you and explain the problem so you don't have to repeat it.\"",
                "not_my_department"),
            DeflectionKind.GoElsewhere => (
                $"Deflection: '{quote}' sends the customer elsewhere with no alternative or help offered {window}.",
                "Offer to connect them or act for them: \"I'll put you through to them now\" or \"I'll contact them for you and call you back.\"",
                "go_elsewhere"),
            DeflectionKind.NothingICanDo => (
                $"Deflection: '{quote}' closes the door with no alternative offered {window}.",
                "Say what you can do: \"I can't change that myself, but what I can do is raise it with the billing team today.\"",
                "nothing_i_can_do"),
            _ => (
                $"Deflection: '{quote}' hides behind policy or the system with no alternative offered {window}.",
                "Give the reason and an option: \"We can't do that because…, but what I can do is…\"",
                "policy"),
        };
        sink.Add(p.Turn, p.First, p.End, Signals.OwnershipDeflection, Polarity.Negative, detail, label: label, suggestion: suggestion);
    }

    private sealed record Pending(AnalyzedTurn Turn, int First, int End, DeflectionKind Kind);
}
