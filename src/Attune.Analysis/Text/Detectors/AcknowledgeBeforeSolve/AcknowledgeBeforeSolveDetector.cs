using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Detectors.EmpathyOpportunity;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.AcknowledgeBeforeSolve;

/// <summary>
/// <c>acknowledge_before_solve</c> (technique 9, "don't fixate on the solution"): after a customer turn
/// that needs empathy (<see cref="EmpathyNeed"/>), does the advisor's reply open with an acknowledgement —
/// an emotional reaction or interpretation, sympathy, a sincere apology, or a statement of reassurance
/// (<c>reassurance.intent</c>) — before anything else? Label <c>acknowledged</c> (+) or <c>skipped</c> (−).
/// <para>
/// "Opens with" means the first sentence, skipping a leading sentence of one or two words ("Okay.",
/// "Right,") or a short greeting or thanks ("Hi Marcus, thanks for getting in touch.") that is not itself
/// an acknowledgement ("Oh no!" is). A question exploring feelings does not count here: it asks rather
/// than acknowledges. Only the first advisor reply after the emotional customer turn(s) is judged; a
/// backchannel turn ("Mm.") lets the customer go on and is not that reply, and a customer turn the bot
/// answered is not the advisor's to acknowledge.
/// </para>
/// </summary>
public sealed class AcknowledgeBeforeSolveDetector : Detector
{
    public const string Acknowledged = "acknowledged";
    public const string Skipped = "skipped";

    private EmpathyNeed? _awaiting;
    private int _cursor;

    public AcknowledgeBeforeSolveDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party == Party.Customer)
        {
            // a run of customer turns: the strongest need is what the reply answers
            if (EmpathyNeed.Assess(context, turn, _cursor) is { } need && (_awaiting is null || need.Strength >= _awaiting.Value.Strength))
            {
                _awaiting = need;
            }
        }
        else if (turn.Party == Party.Advisor && _awaiting is { } awaiting)
        {
            if (Judge(context, turn, awaiting, sink))
            {
                _awaiting = null;
            }
        }
        else if (turn.Party == Party.Bot)
        {
            _awaiting = null; // the bot replied to that turn; the advisor who takes over did not
        }

        _cursor = context.Findings.Count;
    }

    /// <summary>Judges the reply; false when this turn is not yet the reply (empty, or a backchannel letting the customer go on).</summary>
    private bool Judge(ConversationContext context, AnalyzedTurn turn, EmpathyNeed need, FindingSink sink)
    {
        var text = turn.Tokens;
        if (text.Tokens.Count == 0)
        {
            return false;
        }

        for (var s = 0; s < text.SentenceCount; s++)
        {
            var (start, end) = text.SentenceSpan(s);
            if (FirstAcknowledgement(context, turn.Index, start, end) is { } ack)
            {
                sink.AddSpan(turn, ack.SpanStart, ack.Length, Signals.AcknowledgeBeforeSolve, Polarity.Positive,
                    $"Acknowledged before solving: the reply to the customer's {need.Reason} opens with '{ack.Quote}'.",
                    label: Acknowledged, relatedTurn: need.Turn);
                return true;
            }

            if (s == 0 && context.Has(turn.Index, Signals.ListeningBackchannel))
            {
                return false; // "Mm." while the customer vents: the reply is still to come
            }

            if ((Words(text, s) > 2 && !IsPleasantry(text, s)) || s == text.SentenceCount - 1)
            {
                sink.AddSpan(turn, start, end - start, Signals.AcknowledgeBeforeSolve, Polarity.Negative,
                    $"Skipped acknowledgement: the reply to the customer's {need.Reason} opens with '{text.SentenceText(s)}' without acknowledging how they feel.",
                    label: Skipped, suggestion: $"Open with one line of acknowledgement, then the fix: \"{need.ExamplePhrase}\"",
                    relatedTurn: need.Turn);
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// A greeting or thanks standing as its own short sentence ("Hi Marcus, thanks for getting in touch.",
    /// "Thank you, David."): a courtesy before the reply, like "Okay.", not a move to the fix.
    /// </summary>
    private static bool IsPleasantry(TokenizedText text, int sentence)
    {
        if (text.SentenceEndsWithQuestionMark(sentence) || Words(text, sentence) > 8)
        {
            return false;
        }

        var (first, end) = text.SentenceRange(sentence);
        for (var i = first; i < end; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Word)
            {
                return text.Tokens[i].Norm is "hi" or "hello" or "hey" or "hiya" or "morning" or "afternoon" or "evening" or "thanks" or "thank" or "welcome"
                    || (text.Tokens[i].Norm == "good" && i + 1 < end && text.Tokens[i + 1].Norm is "morning" or "afternoon" or "evening");
            }
        }

        return false;
    }

    private Finding? FirstAcknowledgement(ConversationContext context, int turn, int start, int end)
    {
        var findings = context.Findings;
        for (var i = _cursor; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Turn == turn && f.SpanStart >= start && f.SpanStart < end
                && (EmpathyEvidence.Acknowledges(f) || f.Signal == Signals.ReassuranceIntent))
            {
                return f;
            }
        }

        return null;
    }

    private static int Words(TokenizedText text, int sentence)
    {
        var (first, end) = text.SentenceRange(sentence);
        var n = 0;
        for (var i = first; i < end; i++)
        {
            if (text.Tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }
}
