using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Questions;

/// <summary>
/// <c>question.open</c> / <c>question.closed</c>: one finding per question sentence of an advisor
/// turn, read by <see cref="QuestionForm"/>. The detector counts closed questions in a row across
/// the conversation (an open question resets the run) and puts the run length in
/// <see cref="Finding.Value"/>, so a nudge can say "three closed questions in a row".
/// Sentences that a backchannel finding already covers ("oh, really?", "is that right?" said
/// while the customer talks) are not questions: they do not ask for an answer. A lone "Yeah?" or
/// "Okay?" after the advisor's own statement in the same turn is a tag question (closed).
/// With <see cref="AnalysisOptions.WhQuestionsOpenByForm"/> every wh-question counts open, also those
/// asking for a single fact ("how many times…?").
/// </summary>
public sealed class QuestionDetector : Detector
{
    /// <summary>A run of this many closed questions earns a suggestion to open up.</summary>
    public const int ClosedRunNudge = 3;

    private readonly bool _whOpenByForm;
    private int _closedRun;

    public QuestionDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _whOpenByForm = options.WhQuestionsOpenByForm;
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var tokens = turn.Tokens;
        var afterStatement = false;
        for (var s = 0; s < tokens.SentenceCount; s++)
        {
            var found = QuestionForm.Analyze(tokens, s);
            if (found is null && afterStatement)
            {
                found = QuestionForm.DetachedTag(tokens, s);
            }

            afterStatement = found is null && !tokens.SentenceEndsWithQuestionMark(s) && WordsIn(tokens, s) >= 3;
            if (found is not { } q || CoveredByBackchannel(context, turn, q))
            {
                continue;
            }

            var byForm = !q.IsOpen && _whOpenByForm && q.WhForm;
            var open = q.IsOpen || byForm;
            _closedRun = open ? 0 : _closedRun + 1;
            var detail = byForm ? $"Open question by form: '{q.Head}…' is a wh-question, though it asks for a single fact."
                : Explain(q) + (open ? "" : RunText());
            string? suggestion = null;
            if (!open && _closedRun >= ClosedRunNudge)
            {
                suggestion = "Several closed questions in a row: try an open one that lets the customer explain, e.g. \"What happened when you tried that?\"";
            }

            sink.Add(turn, q.FirstToken, q.EndToken, open ? Signals.QuestionOpen : Signals.QuestionClosed, Polarity.Info,
                detail, label: open ? "open" : "closed", value: open ? 0 : _closedRun, suggestion: suggestion);
        }
    }

    private static int WordsIn(TokenizedText tokens, int sentence)
    {
        var (first, end) = tokens.SentenceRange(sentence);
        var n = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens.Tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    private string RunText() => _closedRun switch
    {
        1 => "",
        _ => $" ({Ordinal(_closedRun)} closed question in a row)",
    };

    private static string Ordinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => $"{n}th",
    };

    private static string Explain(QuestionShape q) => q.Reason switch
    {
        QuestionReason.WhQuestion => $"Open question: '{q.Head}…' is a wh-question that invites the customer to answer in their own words.",
        QuestionReason.WhMeasure => $"Closed question: '{q.Head}…' asks for a single number or time.",
        QuestionReason.WhInSitu => $"Open question: the question word '{q.Head}' asks the customer to fill in an answer.",
        QuestionReason.OpenRequest => $"Open question: '{q.Head}…' asks the customer to tell it in their own words.",
        QuestionReason.Prompt => $"Open question: the prompt '{q.Head}…' invites a free account.",
        QuestionReason.IndirectOpen => $"Open question: the indirect question '{q.Head}…' invites a free answer.",
        QuestionReason.Inventory => $"Open question: '{q.Head}…' asks for the customer's own thoughts.",
        QuestionReason.YesNo => $"Closed question: '{q.Head}…' puts the verb first and can be answered yes or no.",
        QuestionReason.Declarative => "Closed question: a statement asked for confirmation (yes or no).",
        QuestionReason.Tag => $"Closed question: the tag '{q.Head}' asks the customer to confirm.",
        QuestionReason.Alternative => "Closed question: offers a choice between alternatives ('… or …?').",
        QuestionReason.IndirectClosed => $"Closed question: the indirect question '{q.Head}…' asks whether (yes or no).",
        QuestionReason.Proposal => $"Closed question: '{q.Head}…' proposes something the customer can accept or decline.",
        QuestionReason.SingleFact => $"Closed question: '{q.Head}…' asks for a single fact.",
        _ => "Question.",
    };

    private static bool CoveredByBackchannel(ConversationContext context, AnalyzedTurn turn, QuestionShape q)
    {
        var tokens = turn.Tokens.Tokens;
        var start = tokens[q.FirstToken].Start;
        foreach (var f in context.FindingsFor(turn.Index, Signals.ListeningBackchannel))
        {
            if (start >= f.SpanStart && start < f.SpanStart + f.Length)
            {
                return true;
            }
        }

        return false;
    }
}
