using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Detectors.Reassurance;

namespace Attune.Analysis.Tests.Text.Detectors.Reassurance;

public class ReassuranceDetectorTests
{
    private const string Problem = "C: My broadband has been down since Monday and I work from home.";

    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.ReassuranceIntent, o => new ReassuranceDetector(o), lines);

    [Theory]
    [InlineData("Right, let's get this sorted for you.", "let's get this sorted for you")]
    [InlineData("Don't worry, I'll get this fixed.", "Don't worry, I'll get this fixed")]
    [InlineData("I can definitely help with that.", "I can definitely help with that")]
    [InlineData("Okay. Let me take care of this for you.", "Let me take care of this for you")]
    [InlineData("Oh no, I'm so sorry to hear that. Let's get you back online.", "Let's get you back online")]
    [InlineData("Leave it with me.", "Leave it with me")]
    [InlineData("I'd be happy to help with that.", "I'd be happy to help with that")]
    [InlineData("We'll get to the bottom of this. Can I take your account number?", "We'll get to the bottom of this")]
    [InlineData("I'm going to sort this out for you today.", "I'm going to sort this out for you today")]
    [InlineData("Hello. Don't worry, I'll go through it with you slowly, and you can stop me any time.", "Don't worry, I'll go through it with you slowly")]
    public void OnTurn_IntentOpeningReplyToProblem_Flags(string advisor, string quote)
    {
        var f = Assert.Single(Run(Problem, advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal(0, f.RelatedTurn);
    }

    [Theory]
    [InlineData("How can I help?")]
    [InlineData("Can I take your account number? Then let's get this sorted.")]
    [InlineData("I've checked the line and there's a fault at the exchange, so I'll get that fixed.")]
    [InlineData("I'm not sure I can help with that.")]
    [InlineData("Hopefully I can sort it.")]
    [InlineData("I'll try to get this sorted.")]
    [InlineData("Let me get your details first.")]
    [InlineData("The last advisor said \"I'll get this fixed\" apparently.")]
    [InlineData("Don't worry about it.")]
    [InlineData("I'll go through the security questions first.")]
    public void OnTurn_NotAnOpeningIntent_NoFinding(string advisor) =>
        Assert.Empty(Run(Problem, advisor));

    /// <summary>With the empathy and apology detectors upstream, as in the catalogue.</summary>
    private static List<Finding> RunWithEmpathy(params string[] lines) =>
        TurnScript.Run(Signals.ReassuranceIntent, o => [new ApologyDetector(o), new EmpathyDetector(o), new ReassuranceDetector(o)], null, null, lines);

    [Theory]
    [InlineData("That must be really annoying, especially with a new phone you've been waiting for. Let's get this sorted.", "Let's get this sorted")]
    [InlineData("I'm really sorry, that's the last thing you need when money's tight. Let's get it sorted.", "Let's get it sorted")]
    [InlineData("Okay, I can hear how worrying this is, and you did the right thing ringing. Let's make sure your account is safe.", "Let's make sure your account is safe")]
    [InlineData("Right, that's a worry with a call coming up. Let's find out what's going on.", "Let's find out what's going on")]
    [InlineData("Hello. Don't worry, I'll go through it with you slowly. Could I take your name first?", "Don't worry, I'll go through it with you slowly")] // the acknowledging sentence holds the intent
    public void OnTurn_IntentAfterAcknowledgement_Flags(string advisor, string quote) =>
        Assert.Equal(quote, TurnScript.Quotes(RunWithEmpathy(Problem, "A: " + advisor)));

    [Theory]
    [InlineData("I've checked the account. Let's get this sorted.")] // a fact first: the intent does not open the reply
    [InlineData("That must be really annoying. I've checked the account and the line is fine. Let's get this sorted.")]
    public void OnTurn_IntentAfterSomethingElse_NoFinding(string advisor) =>
        Assert.Empty(RunWithEmpathy(Problem, "A: " + advisor));

    [Fact]
    public void OnTurn_CustomerTurnWithoutProblem_NoFinding() =>
        Assert.Empty(Run("C: Hi, I'd like to upgrade my package.", "Let's get this sorted for you."));

    [Fact]
    public void OnTurn_AdvisorContinuing_NoFinding() =>
        Assert.Empty(Run(Problem, "I'm sorry.", "Let's get this sorted for you."));

    [Fact]
    public void OnTurn_NoPrecedingTurn_NoFinding() =>
        Assert.Empty(Run("Let's get this sorted for you."));

    [Fact]
    public void OnTurn_OncePerTurn() =>
        Assert.Single(Run("C: I was charged twice!", "I can help with that, let's get it sorted."));
}
