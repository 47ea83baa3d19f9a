using Attune.Analysis.Findings;
using Attune.Analysis.Tests.Text.Detectors.Backchannel;
using Attune.Analysis.Text.Detectors.Clarify;

namespace Attune.Analysis.Tests.Text.Detectors.Clarify;

public class ClarifyDetectorTests
{
    private static Finding? Clarify(string script) =>
        BackchannelDetectorTests.Analyze(script, new ClarifyDetector(AnalysisOptions.Default)).FirstOrDefault(f => f.Signal == Signals.ListeningClarify);

    [Theory]
    [InlineData("C: The payment went out twice.|A: Just to confirm, the payment went out twice on the 3rd?", "Just to confirm")]
    [InlineData("C: The payment went out twice.|A: So the bill shows two payments, is that right?", "is that right")]
    [InlineData("C: The payment went out twice.|A: Two payments. Have I got that right?", "Have I got that right")]
    [InlineData("C: It's the other account.|A: Did I understand correctly that it's the savings account?", "Did I understand correctly")]
    [InlineData("C: It's the other account.|A: Do you mean the savings account?", "Do you mean")]
    [InlineData("C: Thursday the second.|A: So just to make sure I've explained it properly: an engineer comes on Thursday. Does that all make sense?", "to make sure I've explained")]
    [InlineData("C: The payment went out twice.|A: Just to confirm, is the reference 58813402?", "Just to confirm")]
    public void OnTurn_UnderstandingCheck_IsClarify(string script, string start)
    {
        var f = Clarify(script);
        Assert.NotNull(f);
        Assert.True(f.Quote.StartsWith(start, StringComparison.Ordinal), f.Quote);
        Assert.Equal(Polarity.Positive, f.Polarity);
    }

    [Theory]
    // a bare "is that right?" right after the customer is a backchannel
    [InlineData("C: I've been with you twelve years.|A: Is that right?")]
    // quoted, or no customer to check with
    [InlineData("C: Hello.|A: The form says \"just to confirm your details\" at the top.")]
    [InlineData("A: Just to confirm, you're calling about the bill?")]
    // security and data questions ask for information, they check nothing the customer said
    [InlineData("C: For the third time, it's in my name.|A: Sorry, I'm just going through the checks. Can I confirm the account holder's name?")]
    [InlineData("C: The payment went out twice.|A: Just to check, what's your postcode?")]
    [InlineData("C: The payment went out twice.|A: Can I just confirm your date of birth?")]
    // not a check
    [InlineData("C: The payment went out twice.|A: I'll refund the second payment today.")]
    public void OnTurn_NoCheck_GivesNothing(string script) =>
        Assert.Null(Clarify(script));
}
