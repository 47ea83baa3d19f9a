using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.AcknowledgeBeforeSolve;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Analysis.Tests.Text.Detectors.AcknowledgeBeforeSolve;

public class AcknowledgeBeforeSolveDetectorTests
{
    private static Detector[] Detectors()
    {
        var o = AnalysisOptions.Default;
        // "Right, let's get this sorted" stands in for the reassurance detector
        return
        [
            MarkerDetector.Angry(), new MarkerDetector(Party.Advisor, "let's get this sorted", Signals.ReassuranceIntent),
            new ApologyDetector(o), new EmpathyDetector(o), new AcknowledgeBeforeSolveDetector(o),
        ];
    }

    private static List<Finding> Judged(params string[] lines) => TurnScript.Run(Detectors(), lines).Of(Signals.AcknowledgeBeforeSolve);

    [Theory]
    [InlineData("That sounds really frustrating. Let me check the account.")]
    [InlineData("Okay. I'm so sorry to hear that. Let me check.")] // a short opener is skipped over
    [InlineData("Oh no! I'll look at it now.")]
    [InlineData("I'm so sorry we charged you twice, I'll refund it.")]
    [InlineData("Let's get this sorted for you. Can I take your name?")] // reassurance
    public void OnTurn_OpensWithAcknowledgement_Acknowledged(string reply)
    {
        var f = Assert.Single(Judged("C: I'm angry, you charged me twice.", "A: " + reply));
        Assert.Equal(AcknowledgeBeforeSolveDetector.Acknowledged, f.Label);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal(0, f.RelatedTurn);
    }

    [Theory]
    [InlineData("Can I take your account number? I'm sorry to hear that.")]
    [InlineData("The refund takes five days. That sounds frustrating though.")]
    [InlineData("What happened?")] // asking is not acknowledging
    [InlineData("Sorry for the wait, let me check.")] // a courtesy is not an acknowledgement
    [InlineData("Ok.")]
    public void OnTurn_FixFirst_Skipped(string reply)
    {
        var f = Assert.Single(Judged("C: I'm angry, you charged me twice.", "A: " + reply));
        Assert.Equal(AcknowledgeBeforeSolveDetector.Skipped, f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.NotNull(f.Suggestion);
    }

    [Fact]
    public void OnTurn_SkippedEvidence_IsTheOpeningSentence()
    {
        var f = Assert.Single(Judged("C: I'm angry.", "A: Okay. Can I take your account number? Sorry about that."));
        Assert.Equal("Can I take your account number?", f.Quote);
    }

    [Fact]
    public void OnTurn_CalmCustomer_NotJudged() =>
        Assert.Empty(Judged("C: Can I change my address?", "A: Can I take your account number?"));

    [Fact]
    public void OnTurn_OnlyFirstReplyJudged() =>
        Assert.Single(Judged("C: I'm angry.", "A: Can I take your name?", "C: Jo.", "A: That sounds really frustrating."));
}
