using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Analysis.Tests.Text.Detectors.Emotion;

public class EmotionDetectorTests
{
    private static IReadOnlyList<Finding> Run(params (Party Party, string Text)[] turns)
    {
        var conversation = new Conversation { Turns = [.. turns.Select(t => new Turn { Party = t.Party, Text = t.Text })] };
        return Analyzer.Analyze(conversation, AnalysisOptions.Default, [new EmotionDetector(AnalysisOptions.Default)]).Findings;
    }

    [Fact]
    public void OnTurn_CustomerTurn_LabelIntensityAndCueInDetail()
    {
        var f = Assert.Single(Run((Party.Customer, "You charged me twice, this is ridiculous")), x => x.Signal == Signals.CustomerEmotion);
        Assert.Equal("frustration", f.Label);
        Assert.InRange(f.Value!.Value, 0.3, 1);
        Assert.Contains("'charged me twice'", f.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Frustration (", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_NegatedCue_DetailSaysNegated()
    {
        var f = Assert.Single(Run((Party.Customer, "I'm not upset about it")), x => x.Signal == Signals.CustomerEmotion);
        Assert.NotEqual("distress", f.Label);
        Assert.Contains("'upset' is negated", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_AdvisorTurns_NeverAssessed() =>
        Assert.DoesNotContain(Run((Party.Advisor, "I'm so frustrated with this system"), (Party.Customer, "ok")),
            f => f.Party == Party.Advisor);

    [Fact]
    public void OnEnd_AngryThenThankful_AngryToPositive()
    {
        var findings = Run(
            (Party.Customer, "This is ridiculous, you charged me twice!"),
            (Party.Advisor, "I'm sorry, I'll refund it now."),
            (Party.Customer, "Can you confirm when?"),
            (Party.Advisor, "Today."),
            (Party.Customer, "Thank you so much, that's a relief."));
        var journey = Assert.Single(findings, f => f.Signal == Signals.CustomerEmotionJourney);
        Assert.Equal("angry→positive", journey.Label);
        Assert.Equal(Polarity.Positive, journey.Polarity);
        Assert.Equal(4, journey.Turn);
        Assert.Equal(0, journey.RelatedTurn);
        Assert.Equal(1, journey.Value);
    }

    [Fact]
    public void OnEnd_CalmThenConfused_Negative()
    {
        var findings = Run((Party.Customer, "Hi, I'd like to check my bill."), (Party.Customer, "Can you help?"),
            (Party.Customer, "I don't understand this charge at all, I'm confused."));
        var journey = Assert.Single(findings, f => f.Signal == Signals.CustomerEmotionJourney);
        Assert.Equal("calm→confused", journey.Label);
        Assert.Equal(Polarity.Negative, journey.Polarity);
    }

    [Fact]
    public void OnEnd_NoCustomerTurns_NoJourney() =>
        Assert.DoesNotContain(Run((Party.Advisor, "Hello?")), f => f.Signal == Signals.CustomerEmotionJourney);

    [Fact]
    public void StateOf_EveryEmotion_HasAState() =>
        Assert.Equal(EmotionLabels.States.Order(), EmotionLabels.All.Select(EmotionLabels.StateOf).Order());
}
