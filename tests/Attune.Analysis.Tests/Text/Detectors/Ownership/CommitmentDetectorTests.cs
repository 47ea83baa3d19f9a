using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Ownership;

namespace Attune.Analysis.Tests.Text.Detectors.Ownership;

public class CommitmentDetectorTests
{
    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.OwnershipCommitment, o => new CommitmentDetector(o), lines);

    [Theory]
    [InlineData("I'll make sure the refund goes through.", "I'll make sure the refund goes through", "untimed")]
    [InlineData("I'm going to fix this now.", "I'm going to fix this now", "timed")]
    [InlineData("Let me sort that for you.", "Let me sort that for you", "untimed")]
    [InlineData("I will call you back by Friday.", "I will call you back by Friday", "timed")]
    [InlineData("I'll personally chase the engineer today.", "I'll personally chase the engineer today", "timed")]
    [InlineData("I'll send you the confirmation within 24 hours.", "I'll send you the confirmation within 24 hours", "timed")]
    [InlineData("I'll ring you back in the next hour.", "I'll ring you back in the next hour", "timed")]
    [InlineData("I'll email you at 3pm with an update.", "I'll email you at 3pm with an update", "timed")]
    [InlineData("By Friday, I'll have it fixed.", "By Friday, I'll have it fixed", "timed")]
    [InlineData("We'll send an engineer out tomorrow.", "We'll send an engineer out tomorrow", "timed")]
    [InlineData("Leave it with me.", "Leave it with me", "untimed")]
    [InlineData("I'll take care of it.", "I'll take care of it", "untimed")]
    [InlineData("I'll have someone call you.", "I'll have someone call you", "untimed")]
    [InlineData("Let me have a look into that for you.", "Let me have a look into that for you", "untimed")]
    [InlineData("Let me check that for you.", "Let me check that for you", "untimed")]
    [InlineData("I'll get that sorted straight away.", "I'll get that sorted straight away", "timed")]
    [InlineData("I'll be in touch by the end of the day.", "I'll be in touch by the end of the day", "timed")]
    [InlineData("I'm processing the refund now.", "I'm processing the refund now", "timed")]
    [InlineData("I'll get back to you as soon as possible.", "I'll get back to you as soon as possible", "untimed")]
    [InlineData("I'll put a note on your account.", "I'll put a note on your account", "untimed")]
    [InlineData("I'll speak to my manager about the fee.", "I'll speak to my manager about the fee", "untimed")]
    [InlineData("I'll try to get it sorted.", "I'll try to get it sorted", "weak")]
    [InlineData("I'll do my best.", "I'll do my best", "weak")]
    [InlineData("I'll see what I can do.", "I'll see what I can do", "weak")]
    [InlineData("Hopefully I can get that refunded.", "Hopefully I can get that refunded", "weak")]
    [InlineData("If I can, I'll call you back tomorrow.", "I'll call you back tomorrow", "weak")]
    [InlineData("Let me check what I can do for you.", "Let me check what I can do for you", "weak")]
    [InlineData("I'm adding a hundred and twenty pounds credit to your account.", "I'm adding a hundred and twenty pounds credit to your account", "untimed")]
    [InlineData("I'm also opening a fraud case.", "I'm also opening a fraud case", "untimed")]
    [InlineData("Once you've added the card, I'll retry the failed payment.", "I'll retry the failed payment", "untimed")]
    [InlineData("Tell me a word you'll remember, and I'll type it in while you're on the line.", "I'll type it in while you're on the line", "timed")] // "while you're on the line" is now
    public void OnTurn_Commitment_Flags(string advisor, string quote, string label)
    {
        var f = Assert.Single(Run(advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(label, f.Label);
        Assert.Equal(label == "timed" ? 1.0 : 0.0, f.Value);
        Assert.Equal(label == "weak" ? Polarity.Info : Polarity.Positive, f.Polarity);
    }

    [Theory]
    [InlineData("Let me know if you need anything else.")]
    [InlineData("I'll need your postcode first.")]
    [InlineData("I'll have to transfer you.")]
    [InlineData("I'll be honest with you.")]
    [InlineData("Let me just confirm your details.")]
    [InlineData("Let me take your name please.")]
    [InlineData("Let me check your date of birth.")]
    [InlineData("I'll transfer you to the billing team.")]
    [InlineData("I'll put you through now.")]
    [InlineData("I'll just put you on hold.")]
    [InlineData("Let me make sure I've understood you correctly.")]
    [InlineData("I can't promise I'll call you back today.")]
    [InlineData("I don't think I'll be able to fix it.")]
    [InlineData("I'll not be able to refund that.")]
    [InlineData("Shall I call you back tomorrow?")]
    [InlineData("Would it help if I'll send it again?")]
    [InlineData("The last agent said \"I'll call you back\" and didn't.")]
    [InlineData("I've already sorted it for you.")]
    [InlineData("I'm calling about your order.")]
    [InlineData("Let me explain how the bill works.")]
    [InlineData("I'll speak to you later.")]
    [InlineData("I'll have the fish please.")]
    [InlineData("I'm going to take a holiday tomorrow.")]
    [InlineData("Good point, sorry, I'll put it simply.")]
    [InlineData("We're processing a high volume of calls.")]
    [InlineData("I'm having trouble loading your account.")]
    public void OnTurn_NotACommitment_NoFinding(string advisor) =>
        Assert.Empty(Run(advisor));

    [Fact]
    public void OnTurn_CustomerTurn_Ignored() =>
        Assert.Empty(Run("C: I'll call you back tomorrow."));

    [Fact]
    public void OnTurn_Timed_DetailNamesTheTime()
    {
        var f = Assert.Single(Run("I will call you back by Friday."));
        Assert.Contains("'by Friday'", f.Detail, StringComparison.Ordinal);
        Assert.Null(f.Suggestion);
    }

    [Fact]
    public void OnTurn_Untimed_SuggestsATime() =>
        Assert.Contains("5pm", Assert.Single(Run("I'll make sure it's refunded.")).Suggestion, StringComparison.Ordinal);

    [Fact]
    public void OnTurn_SinceMonday_IsNotATime() =>
        Assert.Equal("untimed", Assert.Single(Run("It's been down since Monday, I'll chase it for you.")).Label);

    [Fact]
    public void OnTurn_Team_SaysSo() =>
        Assert.Contains("team", Assert.Single(Run("We'll replace the router.")).Detail, StringComparison.Ordinal);
}
