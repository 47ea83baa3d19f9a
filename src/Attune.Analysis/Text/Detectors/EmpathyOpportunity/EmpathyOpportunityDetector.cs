using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Analysis.Text.Detectors.EmpathyOpportunity;

/// <summary>
/// <c>empathy.opportunity</c>: for every customer turn that needs empathy (<see cref="EmpathyNeed"/>),
/// whether the advisor gave it — <c>given</c> in the next advisor turn, <c>late</c> within the next
/// three advisor turns, <c>missed</c> otherwise — and one <c>not_needed</c> finding for an interaction
/// where no customer turn needed empathy. Empathy here is an empathy statement of any mechanism,
/// a sincere apology for a failure, or sympathy (<see cref="EmpathyEvidence.AnswersOpportunity"/>).
/// <para>
/// Online: an opportunity is settled as soon as the advisor turn that decides it arrives; whatever
/// is still open when the interaction ends is missed. Several customer turns in a row are separate
/// opportunities, and one advisor acknowledgement answers all of them. An advisor turn that is only a
/// backchannel ("Mm-hmm.") lets the customer go on and does not count as one of the replies.
/// </para>
/// <para>
/// Evidence: given/late sit on the advisor's empathy (the quote is what they said); missed sits on
/// the advisor reply that should have acknowledged (the third advisor turn's is the last chance, but
/// the first reply is where it was needed), or on the customer turn when no reply came.
/// <c>RelatedTurn</c> is always the customer turn; <c>Value</c> is the strength of the need
/// (emotion intensity, or minus the sentiment).
/// </para>
/// </summary>
public sealed class EmpathyOpportunityDetector : Detector
{
    /// <summary>Advisor turns within which empathy still counts, late (BEHAVIOURS.md: "within the next three advisor turns").</summary>
    public const int LateWindow = 3;

    public const string Given = "given";
    public const string Late = "late";
    public const string Missed = "missed";
    public const string NotNeeded = "not_needed";

    private readonly List<Pending> _pending = [];
    private int _cursor;
    private bool _anyNeed;

    public EmpathyOpportunityDetector(AnalysisOptions options)
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
            if (EmpathyNeed.Assess(context, turn, _cursor) is { } need)
            {
                _anyNeed = true;
                _pending.Add(new Pending(need, turn));
            }
        }
        else if (turn.Party == Party.Advisor && _pending.Count > 0)
        {
            Settle(context, turn, sink);
        }

        _cursor = context.Findings.Count;
    }

    public override void OnEnd(ConversationContext context, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var p in _pending)
        {
            AddMissed(p, sink, "the interaction ended without an acknowledgement");
        }

        _pending.Clear();
        if (!_anyNeed && context.Turns.Count > 0)
        {
            var last = context.Turns[^1];
            sink.AddSpan(last, 0, 0, Signals.EmpathyOpportunity, Polarity.Info,
                "Empathy not needed: no customer turn showed a negative emotion or sentiment strong enough to call for it.",
                label: NotNeeded);
        }
    }

    private void Settle(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        Finding? empathy = null;
        var backchannel = false;
        var findings = context.Findings;
        for (var i = _cursor; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Turn != turn.Index)
            {
                continue;
            }

            // the evidence is the first acknowledgement in the turn, whichever detector found it
            if (EmpathyEvidence.AnswersOpportunity(f) && (empathy is null || f.SpanStart < empathy.SpanStart))
            {
                empathy = f;
            }

            backchannel |= f.Signal == Signals.ListeningBackchannel;
        }

        // "Mm." while the customer vents lets them finish: it is not the reply that should have acknowledged
        if (empathy is null && backchannel)
        {
            return;
        }

        for (var i = 0; i < _pending.Count; i++)
        {
            var p = _pending[i] with { AdvisorTurns = _pending[i].AdvisorTurns + 1, FirstReply = _pending[i].FirstReply ?? turn };
            _pending[i] = p;
            var customerQuote = Shorten(p.Customer.Text);
            if (empathy is not null)
            {
                var label = p.AdvisorTurns == 1 ? Given : Late;
                var when = p.AdvisorTurns == 1 ? "in the next reply" : $"{p.AdvisorTurns} advisor turns later";
                sink.AddSpan(turn, empathy.SpanStart, empathy.Length, Signals.EmpathyOpportunity, Polarity.Positive,
                    $"Empathy {label}: the customer's {p.Need.Reason} ('{customerQuote}') was acknowledged {when} with '{empathy.Quote}'.",
                    label: label, value: Math.Round(p.Need.Strength, 3), relatedTurn: p.Customer.Index);
                _pending.RemoveAt(i--);
            }
            else if (p.AdvisorTurns >= LateWindow)
            {
                AddMissed(p, sink, $"no acknowledgement in the next {LateWindow} advisor turns");
                _pending.RemoveAt(i--);
            }
        }
    }

    private static void AddMissed(Pending p, FindingSink sink, string why)
    {
        var at = p.FirstReply ?? p.Customer;
        var detail = $"Empathy missed: the customer's {p.Need.Reason} ('{Shorten(p.Customer.Text)}') got {why}.";
        sink.AddTurn(at, Signals.EmpathyOpportunity, Polarity.Negative, detail, label: Missed,
            value: Math.Round(p.Need.Strength, 3), suggestion: $"Acknowledge the feeling before moving on, e.g. \"{p.Need.ExamplePhrase}\"",
            relatedTurn: p.Customer.Index);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    private readonly record struct Pending(EmpathyNeed Need, AnalyzedTurn Customer, int AdvisorTurns = 0, AnalyzedTurn? FirstReply = null);
}
