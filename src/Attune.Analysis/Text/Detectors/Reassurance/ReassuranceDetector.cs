using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Reassurance;

/// <summary>
/// <c>reassurance.intent</c> (+): a short statement of intent that OPENS the advisor's reply to a
/// customer's problem — "Right, let's get this sorted for you", "Don't worry, I'll get this
/// fixed", "I can definitely help with that" (PRODUCT.md technique 19).
/// <list type="bullet">
/// <item>The turn must follow a customer turn (bot and system turns between are ignored) that
/// describes a problem: a problem cue ("not working", "charged twice", "no internet", "broken",
/// "upset"…) or a negative <c>customer.sentiment</c> / <c>customer.emotion</c> finding on it.</item>
/// <item>"Opening" = the first sentence of the turn, after at most two preamble sentences made only
/// of fillers and acknowledgements ("Okay.", "Oh no, I'm so sorry to hear that.") or carrying an
/// empathy statement or apology ("That must be really annoying, especially with a new phone."),
/// and the intent must start within the first <see cref="MaxOpeningWords"/> words of that sentence.
/// An intent buried later in the reply is a commitment, not reassurance.</item>
/// <item>Negated ("I'm not sure I can help"), hedged ("hopefully I can sort it", "I'll try"),
/// questions ("How can I help?") and quoted speech do not count.</item>
/// </list>
/// At most one finding per advisor turn; <see cref="Finding.RelatedTurn"/> is the customer's turn.
/// </summary>
public sealed class ReassuranceDetector : Detector
{
    /// <summary>The intent must start within this many words of its sentence. Default 8.</summary>
    public const int MaxOpeningWords = 8;

    private const int MaxPreambleWords = 10;

    /// <summary>Index of the first finding that can belong to the current turn (findings before it are of earlier turns).</summary>
    private int _cursor;

    public ReassuranceDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        Judge(context, turn, sink);
        _cursor = context.Findings.Count;
    }

    private void Judge(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var customer = PrecedingCustomerTurn(context, turn.Index);
        if (customer is null || !DescribesProblem(context, customer))
        {
            return;
        }

        // the opening sentence: the first one after at most two preamble sentences ("Okay.", or one that
        // acknowledges the customer); a preamble sentence may itself hold the intent ("Don't worry, I'll…")
        var text = turn.Tokens;
        for (var s = 0; s < text.SentenceCount && s <= 2; s++)
        {
            if (!text.SentenceEndsWithQuestionMark(s) && TryIntent(turn, customer, s, sink))
            {
                return;
            }

            if (!(IsPreamble(text, s) || Acknowledges(context, turn, s)))
            {
                return;
            }
        }
    }

    /// <summary>Reports the statement of intent in sentence <paramref name="sentence"/>, if it has one near its start.</summary>
    private static bool TryIntent(AnalyzedTurn turn, AnalyzedTurn customer, int sentence, FindingSink sink)
    {
        var text = turn.Tokens;
        var (first, end) = text.SentenceRange(sentence);
        var lexicon = ReassuranceLexicon.Lexicon;
        var opener = -1;
        foreach (var m in lexicon.Matcher.Matches(text, false, first, end))
        {
            var kind = lexicon.KindOf(m);
            if (kind == ReassuranceKind.Opener && opener < 0 && !Negation.IsNegated(text, m.FirstToken))
            {
                opener = m.FirstToken;
                continue;
            }

            if (kind != ReassuranceKind.Intent || WordsBefore(text, first, m.FirstToken) >= MaxOpeningWords
                || Negation.IsNegated(text, m.FirstToken) || TokenWalk.SentenceHasAny(text, first, m.FirstToken, ReassuranceLexicon.Hedges))
            {
                continue;
            }

            var spanFirst = opener >= 0 ? opener : m.FirstToken;
            var spanEnd = TokenWalk.ExtendInClause(text, m.EndToken - 1, 4);
            var quote = text.Text[text.Tokens[spanFirst].Start..text.Tokens[spanEnd - 1].End];
            sink.Add(turn, spanFirst, spanEnd, Signals.ReassuranceIntent, Polarity.Positive,
                $"Statement of intent opening the reply to the customer's problem (turn {customer.Index + 1}): '{quote}' tells them it will be handled.",
                relatedTurn: customer.Index);
            return true;
        }

        return false;
    }

    private static AnalyzedTurn? PrecedingCustomerTurn(ConversationContext context, int index)
    {
        var turns = context.Turns;
        for (var i = Math.Min(index, turns.Count) - 1; i >= 0; i--)
        {
            var party = turns[i].Party;
            if (party == Party.Customer)
            {
                return turns[i];
            }

            if (party == Party.Advisor)
            {
                return null; // the advisor is continuing, not opening a reply
            }
        }

        return null;
    }

    private static bool DescribesProblem(ConversationContext context, AnalyzedTurn customer)
    {
        var lexicon = ReassuranceLexicon.Lexicon;
        foreach (var m in lexicon.Matcher.Matches(customer.Tokens))
        {
            if (lexicon.KindOf(m) == ReassuranceKind.Problem)
            {
                return true;
            }
        }

        // the customer-state detectors run first: a negative turn is a problem too
        foreach (var f in context.FindingsFor(customer.Index, Signals.CustomerSentiment))
        {
            if (f.Value is < -0.05)
            {
                return true;
            }
        }

        foreach (var f in context.FindingsFor(customer.Index, Signals.CustomerEmotion))
        {
            if (f.Label is not (null or "neutral" or "relief" or "gratitude" or "relief/gratitude"))
            {
                return true;
            }
        }

        return false;
    }

    private bool Acknowledges(ConversationContext context, AnalyzedTurn turn, int sentence)
    {
        var (start, end) = turn.Tokens.SentenceSpan(sentence);
        var findings = context.Findings;
        for (var i = _cursor; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Turn == turn.Index && f.SpanStart >= start && f.SpanStart < end && EmpathyEvidence.Acknowledges(f))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreamble(TokenizedText text, int sentence)
    {
        var (first, end) = text.SentenceRange(sentence);
        var words = 0;
        for (var i = first; i < end; i++)
        {
            var t = text.Tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            words++;
            if (words > MaxPreambleWords || !ReassuranceLexicon.Preamble.Contains(t.Norm))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordsBefore(TokenizedText text, int first, int index)
    {
        var n = 0;
        for (var i = first; i < index; i++)
        {
            if (text.Tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }
}
