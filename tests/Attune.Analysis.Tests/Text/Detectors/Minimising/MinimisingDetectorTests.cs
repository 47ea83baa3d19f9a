using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Minimising;

namespace Attune.Analysis.Tests.Text.Detectors.Minimising;

public class MinimisingDetectorTests
{
    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.LanguageMinimising, o => new MinimisingDetector(o), lines);

    [Theory]
    [InlineData("Just restart it.", "Just restart it")]
    [InlineData("Ok so just turn the router off and on again.", "just turn the router off and on again")]
    [InlineData("You just need to restart it.", "You just need to restart it")]
    [InlineData("If you just click the link it will work.", "you just click the link it will work")]
    [InlineData("You can simply log in to the app.", "You can simply log in to the app")]
    [InlineData("Simply pop it in the post.", "Simply pop it in the post")]
    [InlineData("Obviously you need to turn it on first.", "Obviously you need to turn it on first")]
    [InlineData("Obviously, the router has to be plugged in.", "Obviously, the router has to be plugged in")]
    [InlineData("Clearly you haven't read the email.", "Clearly you haven't read the email")]
    [InlineData("All you have to do is fill in the form.", "All you have to do is fill in the form")]
    [InlineData("So all you need to do is log in.", "all you need to do is log in")]
    [InlineData("It's really easy.", "It's really easy")]
    [InlineData("It's a simple fix.", "It's a simple fix")]
    [InlineData("Honestly it's not hard.", "it's not hard")]
    [InlineData("It isn't rocket science.", "It isn't rocket science")]
    [InlineData("It's no big deal.", "It's no big deal")]
    [InlineData("It's not the end of the world.", "not the end of the world")]
    [InlineData("As I already explained, the charge is correct.", "As I already explained")]
    [InlineData("Like I said, the engineer is booked.", "Like I said")]
    [InlineData("I've already told you, we can't refund it.", "I've already told you")]
    [InlineData("It's only £5.", "It's only £5")]
    [InlineData("It's only a few days late.", "It's only a few days late")]
    [InlineData("It only takes a minute.", "It only takes a minute")]
    [InlineData("It's just a small charge.", "It's just a small charge")]
    [InlineData("It's obvious from the bill.", "It's obvious")]
    public void OnTurn_MinimisingAimedAtCustomer_Flags(string advisor, string quote) =>
        Assert.Equal(quote, TurnScript.Quotes(Run(advisor)));

    [Theory]
    [InlineData("I just checked your account.")]
    [InlineData("Just a moment please.")]
    [InlineData("Just one second while I look.")]
    [InlineData("Just to confirm, is that the right address?")]
    [InlineData("Just so you know, the engineer will call first.")]
    [InlineData("Just bear with me.")]
    [InlineData("I'm just going to put you on hold.")]
    [InlineData("Let me just check that for you.")]
    [InlineData("We've just sent you an email.")]
    [InlineData("You've just been charged twice, I can see that.")]
    [InlineData("You just told me the postcode, thank you.")]
    [InlineData("Could you just confirm your postcode?")]
    [InlineData("It just stopped working on its own, it's a known fault.")]
    [InlineData("That's just the way the billing cycle works.")]
    [InlineData("You don't just restart it, there's a reset button.")]
    [InlineData("It's not just you, there's an outage.")]
    [InlineData("To put it simply, the payment bounced.")]
    [InlineData("Obviously I want to get this sorted for you.")]
    [InlineData("Obviously we'll refund the charge.")]
    [InlineData("You're clearly upset and I understand why.")]
    [InlineData("Clearly that's not good enough.")]
    [InlineData("Obviously that shouldn't have happened.")]
    [InlineData("Could you speak a bit more clearly?")]
    [InlineData("The price is clearly labelled on the website.")]
    [InlineData("The router clearly needs replacing.")]
    [InlineData("I know it's not easy.")]
    [InlineData("It's not easy dealing with all this.")]
    [InlineData("It's easy to miss that letter.")]
    [InlineData("It's really simple, I'll do it for you now.")]
    [InlineData("I'm not saying it's easy.")]
    [InlineData("As I said, the engineer comes on Tuesday.")]
    [InlineData("As I mentioned, the refund takes three days.")]
    [InlineData("It's only available online.")]
    [InlineData("It's only for new customers.")]
    [InlineData("That's only fair.")]
    [InlineData("You said \"just restart it\" was what they told you.")]
    [InlineData("They said 'it's easy' on the leaflet.")]
    public void OnTurn_NotMinimising_NoFinding(string advisor) =>
        Assert.Empty(Run(advisor));

    [Fact]
    public void OnTurn_CustomerTurn_Ignored() =>
        Assert.Empty(Run("C: Just restart it? I did that already, obviously."));

    [Fact]
    public void OnTurn_TwoInOneSentence_OneFinding() =>
        Assert.Single(Run("Obviously all you have to do is just restart it."));

    [Theory]
    [InlineData("Totally get it. It's easy to move your broadband to the new address though, all you have to do is give me the postcode.", "It's easy | all you have to do is give me the postcode")]
    [InlineData("Yes, just pop it in the prepaid bag we'll post to you, it's really simple.", "just pop it in the prepaid bag we'll post | it's really simple")]
    public void OnTurn_TwoKindsInOneSentence_BothFound(string advisor, string quotes) =>
        Assert.Equal(quotes, TurnScript.Quotes(Run(advisor)));

    private static List<Finding> RunAfter(string customer, string advisor) =>
        TurnScript.Run(Signals.LanguageMinimising, o => [MarkerDetector.Furious(), new MinimisingDetector(o)], null, null, "C: " + customer, "A: " + advisor);

    [Theory]
    [InlineData("I'm furious, nobody told me about the charge.", "I understand. It's simply how minimum terms work.", "It's simply how minimum terms work")]
    [InlineData("I'm furious about this.", "That's just the way it is, I'm afraid.", "That's just the way it is")]
    [InlineData("Why was I charged on the third?", "That's just the way the billing cycle works.", "")] // explains to a customer who asked
    public void OnTurn_ThatsHowItIs_OnlyToAnUnhappyCustomer(string customer, string advisor, string quote) =>
        Assert.Equal(quote, TurnScript.Quotes(RunAfter(customer, advisor)));

    [Fact]
    public void OnTurn_Just_SuggestsThePhraseWithoutTheMinimiser()
    {
        var f = Assert.Single(Run("Just restart it."));
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.Equal("just", f.Label);
        Assert.Contains("\"Restart it", f.Suggestion, StringComparison.Ordinal);
        Assert.Contains("trivial", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_Span_PointsAtTheEvidence()
    {
        var f = Assert.Single(Run("Thanks for waiting. You just need to restart it."));
        Assert.Equal("Thanks for waiting. ".Length, f.SpanStart);
        Assert.Equal("You just need to restart it".Length, f.Length);
    }
}
