using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Analysis.Text.Detectors.EmptyEmpathy;

/// <summary>
/// <c>empathy.empty</c>: an advisor turn that acknowledges the customer (an emotional reaction or
/// interpretation, sympathy, or a sincere apology: <see cref="EmpathyEvidence.Acknowledges"/>) with no
/// ownership or next step in the same or the next advisor turn. Ownership is an
/// <c>ownership.commitment</c> finding; a next step is defined in <see cref="NextStepLexicon"/>.
/// <para>
/// Settled when the next advisor turn arrives; an acknowledgement in the last advisor turn is not judged.
/// </para>
/// </summary>
public sealed class EmptyEmpathyDetector : Detector
{
    private readonly HashSet<int> _starts = [];
    private Pending? _pending;
    private int _cursor;

    public EmptyEmpathyDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party == Party.Advisor)
        {
            Finding? first = null;
            var count = 0;
            _starts.Clear();
            var owned = false;
            var findings = context.Findings;
            for (var i = _cursor; i < findings.Count; i++)
            {
                var f = findings[i];
                if (f.Turn != turn.Index)
                {
                    continue;
                }

                if (f.Signal == Signals.OwnershipCommitment)
                {
                    owned = true;
                }
                else if (EmpathyEvidence.Acknowledges(f))
                {
                    // one phrase may be both apology.sympathy and an empathy statement: count it once
                    if (_starts.Add(f.SpanStart))
                    {
                        count++;
                    }

                    if (first is null || f.SpanStart < first.SpanStart)
                    {
                        first = f;
                    }
                }
            }

            // the next-step scan is only needed when there is an acknowledgement to settle
            var step = owned || ((first is not null || _pending is not null) && NextStepLexicon.Find(turn.Tokens) is not null);
            if (_pending is { } p && !step)
            {
                AddEmpty(p, sink, turn.Index);
            }

            _pending = first is not null && !step ? new Pending(turn, first, count) : null;
        }

        _cursor = context.Findings.Count;
    }

    /// <summary>
    /// An acknowledgement in the last advisor turn is not judged: there is no next turn to hold the next
    /// step, and a last reply is most often a closing ("you must be relieved it's sorted", "take care").
    /// </summary>
    public override void OnEnd(ConversationContext context, FindingSink sink) => _pending = null;

    private static void AddEmpty(Pending p, FindingSink sink, int nextAdvisorTurn)
    {
        var more = p.Count > 1 ? $" (and {p.Count - 1} more acknowledgement{(p.Count > 2 ? "s" : "")} in the turn)" : "";
        sink.AddSpan(p.Turn, p.Statement.SpanStart, p.Statement.Length, Signals.EmpathyEmpty, Polarity.Negative,
            $"Empty empathy: '{p.Statement.Quote}'{more} is not followed by ownership or a next step in this or the next reply.",
            suggestion: "Follow the acknowledgement with what you will do: \"…and I'll [refund the charge today] so it doesn't happen again.\"",
            relatedTurn: nextAdvisorTurn);
    }

    private readonly record struct Pending(AnalyzedTurn Turn, Finding Statement, int Count);
}
