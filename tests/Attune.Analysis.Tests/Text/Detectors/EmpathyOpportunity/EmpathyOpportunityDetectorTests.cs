using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Detectors.Backchannel;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Detectors.EmpathyOpportunity;

namespace Attune.Analysis.Tests.Text.Detectors.EmpathyOpportunity;

public class EmpathyOpportunityDetectorTests
{
    // upstream customer state comes from test markers: "angry" → frustration 0.8, "furious" → sentiment -0.7
    private static Detector[] Detectors(AnalysisOptions? options = null)
    {
        var o = options ?? AnalysisOptions.Default;
        return [MarkerDetector.Angry(), MarkerDetector.Furious(), new BackchannelDetector(o), new ApologyDetector(o), new EmpathyDetector(o), new EmpathyOpportunityDetector(o)];
    }

    private static List<Finding> Opportunities(params string[] lines) => TurnScript.Run(Detectors(), lines).Of(Signals.EmpathyOpportunity);

    [Fact]
    public void OnTurn_EmpathyInNextReply_Given()
    {
        var f = Assert.Single(Opportunities("C: I'm angry, you cut me off again.", "A: That sounds really frustrating. Let me check the line."));
        Assert.Equal(EmpathyOpportunityDetector.Given, f.Label);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal(0, f.RelatedTurn);
        Assert.Equal(1, f.Turn);
        Assert.Equal("That sounds really frustrating", f.Quote);
        Assert.Equal(0.8, f.Value);
    }

    [Fact]
    public void OnTurn_SeveralAcknowledgements_EvidenceIsTheFirst() =>
        Assert.Equal("I understand your frustration",
            Assert.Single(Opportunities("C: I'm angry, I already told you.", "A: I understand your frustration. Sorry, I'm just going through the checks.")).Quote);

    [Theory]
    [InlineData("A: Mm-hmm.", "given")] // a backchannel lets the customer go on: the next reply is still "the next reply"
    [InlineData("A: Can I take your account number?", "late")]
    public void OnTurn_BackchannelBeforeTheReply_NotCountedAsAReply(string between, string label)
    {
        var f = Assert.Single(Opportunities("C: I'm angry, nobody turned up.", between, "C: And nobody rang me.", "A: That sounds really frustrating."));
        Assert.Equal(label, f.Label);
    }

    [Fact]
    public void OnTurn_EmpathyInThirdReply_Late()
    {
        var f = Assert.Single(Opportunities(
            "C: I'm angry about this bill.",
            "A: Can I take your account number?",
            "C: It's 1234.",
            "A: Thanks, one moment.",
            "C: Ok.",
            "A: I'm so sorry to hear you've had such a stressful time with it."));
        Assert.Equal(EmpathyOpportunityDetector.Late, f.Label);
        Assert.Equal(5, f.Turn);
        Assert.Equal(0, f.RelatedTurn);
    }

    [Fact]
    public void OnTurn_NoEmpathyInThreeReplies_MissedOnFirstReply()
    {
        var f = Assert.Single(Opportunities(
            "C: I'm angry about this bill.",
            "A: Can I take your account number?",
            "C: 1234.",
            "A: Thanks.",
            "C: Ok.",
            "A: Right, the bill is correct.",
            "C: Fine.",
            "A: I'm so sorry to hear that."));
        Assert.Equal(EmpathyOpportunityDetector.Missed, f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.Equal(1, f.Turn);
        Assert.Equal(0, f.RelatedTurn);
        Assert.NotNull(f.Suggestion);
        Assert.Contains("frustrating", f.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_MissedOnSentimentOnly_SuggestsNamingTheFrustrationWithoutPromisingAResult()
    {
        var f = Assert.Single(Opportunities("C: I'm furious, is there really no way round the charge?", "A: Let me check.", "A: I can reduce it.", "A: Done."));
        Assert.Equal(EmpathyOpportunityDetector.Missed, f.Label);
        Assert.Equal(1, f.Turn);
        Assert.Contains("I can see why that's frustrating. Let me see what I can do.", f.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_SentimentBelowThreshold_IsAnOpportunity()
    {
        var f = Assert.Single(Opportunities("C: I'm furious.", "A: Can I take your name?"));
        Assert.Equal(EmpathyOpportunityDetector.Missed, f.Label);
        Assert.Contains("sentiment -0.70", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_ThresholdFromOptions_Respected()
    {
        var strict = new AnalysisOptions { EmpathyEmotionThreshold = 0.9, EmpathyOpportunityThreshold = -0.8 };
        var findings = TurnScript.Run(strict, Detectors(strict), "C: I'm angry and furious.", "A: Can I take your name?").Of(Signals.EmpathyOpportunity);
        Assert.Equal(EmpathyOpportunityDetector.NotNeeded, Assert.Single(findings).Label);
    }

    [Fact]
    public void OnEnd_NoEmotionalTurn_OneNotNeeded()
    {
        var f = Assert.Single(Opportunities("C: Can I change my address?", "A: Of course."));
        Assert.Equal(EmpathyOpportunityDetector.NotNeeded, f.Label);
        Assert.Equal(Polarity.Info, f.Polarity);
    }

    [Fact]
    public void OnEnd_OpenOpportunity_Missed()
    {
        var f = Assert.Single(Opportunities("C: Hello.", "A: Hi.", "C: I'm angry, nobody called me back."));
        Assert.Equal(EmpathyOpportunityDetector.Missed, f.Label);
        Assert.Equal(2, f.Turn); // no reply came: the evidence is the customer turn
    }

    [Fact]
    public void OnTurn_TwoEmotionalTurnsOneAcknowledgement_BothGiven()
    {
        var found = Opportunities("C: I'm angry.", "C: And furious, frankly.", "A: I completely understand why you're upset.");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal(EmpathyOpportunityDetector.Given, f.Label));
        Assert.Equal([0, 1], found.Select(f => f.RelatedTurn!.Value).Order());
    }

    [Theory]
    [InlineData("I'm so sorry we charged you twice.", EmpathyOpportunityDetector.Given)] // sincere apology counts
    [InlineData("Sorry to hear that.", EmpathyOpportunityDetector.Given)] // sympathy counts
    [InlineData("What happened?", EmpathyOpportunityDetector.Given)] // exploring their experience counts
    [InlineData("Sorry for the wait.", EmpathyOpportunityDetector.Missed)] // a courtesy does not
    [InlineData("Sorry for any inconvenience.", EmpathyOpportunityDetector.Missed)] // a non-apology does not
    [InlineData("I don't understand why you're upset.", EmpathyOpportunityDetector.Missed)]
    public void OnTurn_KindOfReply_DecidesOutcome(string reply, string expected)
    {
        var f = Assert.Single(Opportunities("C: I'm angry.", "A: " + reply));
        Assert.Equal(expected, f.Label);
    }

    [Fact]
    public void Session_Online_SettlesWhenTheDecidingTurnArrives()
    {
        var session = new AnalysisSession(null, Channel.Chat, null, null, Detectors());
        Assert.Empty(session.AddTurn(new Turn { Party = Party.Customer, Text = "I'm angry." }).Of(Signals.EmpathyOpportunity));
        var settled = session.AddTurn(new Turn { Party = Party.Advisor, Text = "That must be so frustrating." }).Of(Signals.EmpathyOpportunity);
        Assert.Equal(EmpathyOpportunityDetector.Given, Assert.Single(settled).Label);
        Assert.Single(session.Complete().Findings.Of(Signals.EmpathyOpportunity));
    }
}
