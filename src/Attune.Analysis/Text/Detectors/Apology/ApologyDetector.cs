using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Text.Detectors.Apology;

/// <summary>
/// <c>apology.sincere</c>, <c>apology.non_apology</c> and <c>apology.sympathy</c> in advisor turns.
/// <para>Decisions (the phrases are in Apology.lex.txt, the rules in <see cref="ApologyClassifier"/>):</para>
/// <list type="bullet">
/// <item>sincere (+): the apology names and owns a failure — "I'm so sorry we charged you twice",
/// "I apologise for the mistake we made", "I'm sorry, that was our error", "sorry for not calling back".
/// Ownership wins over a formula in the same clause ("we apologise for the inconvenience our error caused").
/// "Sorry for the wait" / "sorry to keep you waiting" are sincere with the label <c>courtesy</c>: specific and
/// owned, but about the customer's time, not a service failure, so they do not answer an empathy opportunity;</item>
/// <item>non-apology (−): regrets an effect ("sorry for any inconvenience (caused)", "we apologise for the
/// inconvenience"), the customer's feelings ("sorry you feel that way", "sorry you're upset"), is conditional
/// ("sorry if…"), is taken back ("sorry, but…") or is a refusal ("sorry, that's policy", "sorry, I can't do that").
/// Each carries a suggested sincere phrasing;</item>
/// <item>sympathy (info): sorrow for what happened to the customer ("sorry to hear that", "sorry for your loss"),
/// regret for their situation without saying who failed ("sorry your parcel hasn't arrived", "sorry about that"),
/// and the bare "I'm sorry." (label <c>unspecified</c>, with a suggestion to say what for);</item>
/// <item>no finding: quoted or reported apologies, negated ones ("no need to apologise"), and "sorry" as a
/// repair ("sorry, could you repeat that?").</item>
/// </list>
/// </summary>
public sealed class ApologyDetector : Detector
{
    public ApologyDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var tokens = turn.Tokens.Tokens;
        foreach (var a in ApologyClassifier.Find(turn.Tokens))
        {
            var quote = turn.Text[tokens[a.First].Start..tokens[a.End - 1].End];
            var (polarity, detail, suggestion) = Describe(a, quote);
            sink.Add(turn, a.First, a.End, a.Signal, polarity, detail, label: a.Label, suggestion: suggestion);
        }
    }

    private static (Polarity, string, string?) Describe(ApologyClassifier.Instance a, string quote) => a.Label switch
    {
        ApologyLabels.Failure => (Polarity.Positive,
            $"Sincere apology: '{quote}' names and owns what went wrong.", null),
        ApologyLabels.Courtesy => (Polarity.Positive,
            $"Courtesy apology: '{quote}' apologises for the customer's time; polite, but it does not address a failure.", null),
        ApologyLabels.Inconvenience => (Polarity.Negative,
            $"Non-apology: '{quote}' apologises for an effect without owning a failure.",
            "Name what went wrong and own it: \"I'm sorry we [charged you twice]. I'll put it right now.\""),
        ApologyLabels.Feelings => (Polarity.Negative,
            $"Non-apology: '{quote}' apologises for the customer's feelings rather than for what happened.",
            "Apologise for what happened, not for how they feel: \"I'm sorry we let you down on this. Here's what I'll do.\""),
        ApologyLabels.Conditional => (Polarity.Negative,
            $"Non-apology: '{quote}' makes the failure hypothetical with \"if\".",
            "Drop the \"if\" and name what went wrong: \"I'm sorry we [missed your appointment].\""),
        ApologyLabels.But => (Polarity.Negative,
            $"Non-apology: '{quote}' takes the apology back with \"but\".",
            "Apologise fully, then explain in a new sentence: \"I'm sorry this happened. Here's what I can do…\""),
        ApologyLabels.Refusal => (Polarity.Negative,
            $"Non-apology: '{quote}' uses an apology to deliver a refusal.",
            "Own the limit and offer what you can do: \"I'm sorry I can't change that myself; what I can do is…\""),
        ApologyLabels.Sympathy => (Polarity.Info,
            $"Sympathy: '{quote}' expresses sorrow for what happened to the customer; it neither owns nor dilutes a failure.", null),
        ApologyLabels.Situation => (Polarity.Info,
            $"Sympathy: '{quote}' regrets the customer's situation without saying who was responsible.",
            "If the company was at fault, say so: \"I'm sorry we [didn't deliver your parcel on time].\""),
        _ => (Polarity.Info,
            $"Apology without an object: '{quote}' does not say what it is for.",
            "Say what you are sorry for: \"I'm sorry [we missed your delivery].\""),
    };
}
