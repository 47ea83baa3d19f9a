using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;

namespace Attune.Cli.Tests.TestKit;

/// <summary>
/// Test-only detector: emits a finding wherever a listed phrase occurs in a turn of the given
/// party (case-insensitive substring), and a customer sentiment/emotion for customer turns from
/// a few cue words, so report and command tests have realistic findings without the real detectors.
/// </summary>
internal sealed class PhraseDetector : Detector
{
    public sealed record Rule(Party Party, string Phrase, string Signal, Polarity Polarity, string Detail, string? Label = null, string? Suggestion = null);

    public static readonly Rule[] Default =
    [
        new(Party.Advisor, "sorry for any inconvenience", Signals.ApologyNonApology, Polarity.Negative,
            "Non-apology: 'sorry for any inconvenience' apologises for an effect without owning a failure", Suggestion: "I'm sorry we charged you twice."),
        new(Party.Advisor, "I'm so sorry", Signals.ApologySincere, Polarity.Positive, "Sincere apology: owns and regrets the failure"),
        new(Party.Advisor, "that sounds really frustrating", Signals.EmpathyStatement, Polarity.Positive, "Empathy statement: acknowledges the customer's feeling"),
        new(Party.Advisor, "I'll make sure", Signals.OwnershipCommitment, Polarity.Positive, "Ownership: a first-person commitment to act"),
        new(Party.Advisor, "not my department", Signals.OwnershipDeflection, Polarity.Negative, "Deflection: hands the problem back", Suggestion: "Let me find the right team and stay with you."),
        new(Party.Advisor, "you need to", Signals.LanguageBlame, Polarity.Negative, "Blame: puts the burden on the customer", Suggestion: "Could we check … together?"),
        new(Party.Advisor, "pro-rata", Signals.LanguageJargon, Polarity.Negative, "Jargon: 'pro-rata' may not be known to the customer", Suggestion: "in proportion"),
        new(Party.Advisor, "I see", Signals.ListeningBackchannel, Polarity.Positive, "Backchannel: a verbal nod that keeps the customer talking"),
        new(Party.Advisor, "what happened", Signals.QuestionOpen, Polarity.Info, "Open question: invites a free answer"),
        new(Party.Advisor, "is that right", Signals.QuestionClosed, Polarity.Info, "Closed question: yes/no"),
        new(Party.Advisor, "let's get this sorted", Signals.ReassuranceIntent, Polarity.Positive, "Reassurance: statement of intent"),
    ];

    private static readonly string[] Negative = ["twice", "furious", "ridiculous", "nobody", "worried", "<script>"];
    private static readonly string[] Positive = ["thank", "great", "brilliant", "relieved"];

    private readonly Rule[] _rules;

    public PhraseDetector(Rule[]? rules = null)
    {
        _rules = rules ?? Default;
    }

    public static IReadOnlyList<Detector> Create(AnalysisOptions options) => [new PhraseDetector()];

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        var text = turn.Text;
        if (turn.Party == Party.Customer)
        {
            var negative = Negative.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            var positive = Positive.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            var value = negative ? -0.7 : positive ? 0.6 : 0.0;
            sink.AddTurn(turn, Signals.CustomerSentiment, Polarity.Info, $"Customer sentiment {value:+0.00;-0.00;0.00}", label: value < 0 ? "negative" : value > 0 ? "positive" : "neutral", value: value);
            sink.AddTurn(turn, Signals.CustomerEmotion, Polarity.Info, "Customer emotion", label: negative ? "frustration" : positive ? "relief" : "neutral", value: negative ? 0.8 : positive ? 0.6 : 0.2);
            if (negative)
            {
                _pending.Add(turn.Index);
            }
        }

        foreach (var r in _rules)
        {
            if (r.Party != turn.Party)
            {
                continue;
            }

            var at = text.IndexOf(r.Phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                sink.AddSpan(turn, at, r.Phrase.Length, r.Signal, r.Polarity, r.Detail, label: r.Label, suggestion: r.Suggestion);
            }
        }

        // a simple empathy opportunity: a negative customer turn answered with empathy in the next advisor turn
        if (turn.Party == Party.Advisor && _pending.Count > 0)
        {
            var given = context.Has(turn.Index, Signals.EmpathyStatement) || context.Has(turn.Index, Signals.ApologySincere);
            foreach (var customerTurn in _pending)
            {
                sink.AddTurn(turn, Signals.EmpathyOpportunity, given ? Polarity.Positive : Polarity.Negative,
                    given ? "Empathy given in the next reply" : "Empathy missed: the customer's frustration was not acknowledged",
                    label: given ? "given" : "missed", relatedTurn: customerTurn);
            }

            _pending.Clear();
        }
    }

    private readonly List<int> _pending = [];
}
