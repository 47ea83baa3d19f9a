using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Detectors.EmptyEmpathy;

namespace Attune.Analysis.Tests.Text.Detectors.EmptyEmpathy;

public class EmptyEmpathyDetectorTests
{
    private static Detector[] Detectors()
    {
        var o = AnalysisOptions.Default;
        // "I'll make sure" in an advisor turn stands in for the ownership detector
        return [MarkerDetector.Owns(), new ApologyDetector(o), new EmpathyDetector(o), new EmptyEmpathyDetector(o)];
    }

    private static List<Finding> Empty(params string[] lines) => TurnScript.Run(Detectors(), lines).Of(Signals.EmpathyEmpty);

    [Theory]
    [InlineData("That sounds really frustrating. I'll refund the charge today.")]
    [InlineData("I'm so sorry to hear that. Let me look into it.")]
    [InlineData("I'm sorry we charged you twice. I've sent the refund.")]
    [InlineData("That sounds awful. I'll make sure it's escalated.")] // ownership.commitment from upstream
    [InlineData("I understand how you feel. Would you like me to book an engineer?")]
    [InlineData("I can see why that's confusing. Click the link in the email and sign in.")] // instruction
    [InlineData("That must be worrying. The next step is a line test.")]
    public void OnTurn_EmpathyWithNextStepInSameTurn_NotEmpty(string reply) =>
        Assert.Empty(Empty("C: My internet keeps dropping.", "A: " + reply, "C: Ok.", "A: Anything else?"));

    [Fact]
    public void OnTurn_NextStepInNextAdvisorTurn_NotEmpty() =>
        Assert.Empty(Empty("C: My internet keeps dropping.", "A: That sounds really frustrating.", "C: It is.", "A: I'll book an engineer for tomorrow."));

    [Fact]
    public void OnTurn_NoNextStepInThisOrNextTurn_Empty()
    {
        var f = Assert.Single(Empty(
            "C: My internet keeps dropping.",
            "A: That sounds really frustrating.",
            "C: It is.",
            "A: These things happen, unfortunately."));
        Assert.Equal(1, f.Turn);
        Assert.Equal(3, f.RelatedTurn);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.Equal("That sounds really frustrating", f.Quote);
        Assert.NotNull(f.Suggestion);
    }

    [Fact]
    public void OnTurn_NegatedNextStep_DoesNotCount() =>
        Assert.Single(Empty("C: x", "A: I'm so sorry to hear that. I can't check that from here.", "C: Ok.", "A: Is there anything else?"));

    [Theory]
    [InlineData("A: You must be so relieved it's sorted.")]
    [InlineData("A: I'm so sorry to hear that.")]
    public void OnEnd_AcknowledgementInLastAdvisorTurn_NotJudged(string last) =>
        Assert.Empty(Empty("C: You lost my parcel.", "A: Let me look.", "C: Thanks.", last, "C: Bye."));

    [Fact]
    public void OnTurn_SympathyThatIsAlsoEmpathy_CountedOnce() =>
        Assert.Contains("(and 1 more acknowledgement in the turn)",
            Assert.Single(Empty("C: For the third time, it's in my name.", "A: Yes, sorry. I understand your frustration.", "C: Right.", "A: Have you paid the bill?")).Detail,
            StringComparison.Ordinal);
}
