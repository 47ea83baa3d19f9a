using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Blame;

namespace Attune.Analysis.Tests.Text.Detectors.Blame;

public class BlameDetectorTests
{
    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.LanguageBlame, o => new BlameDetector(o), lines);

    [Theory]
    [InlineData("You should have called us first.", "You should have called us first", "should_have")]
    [InlineData("Well, you should've read the terms.", "you should've read the terms", "should_have")]
    [InlineData("You really should have checked before paying.", "You really should have checked before paying", "should_have")]
    [InlineData("You shouldn't have cancelled the direct debit.", "You shouldn't have cancelled the direct debit", "should_have")]
    [InlineData("You should have been more careful.", "You should have been more careful", "should_have")]
    [InlineData("You need to calm down.", "You need to calm down", "need_to")]
    [InlineData("You need to understand that this is the process.", "You need to understand that this is", "need_to")]
    [InlineData("You have to be patient.", "You have to be patient", "need_to")]
    [InlineData("You've got to stop shouting at me.", "You've got to stop shouting at me", "need_to")]
    [InlineData("You need to read the terms and conditions.", "You need to read the terms and conditions", "need_to")]
    [InlineData("Calm down please.", "Calm down", "calm_down")]
    [InlineData("Will you please calm down.", "calm down", "calm_down")]
    [InlineData("Sir, calm down.", "calm down", "calm_down")]
    [InlineData("There's no need to shout.", "There's no need to shout", "calm_down")]
    [InlineData("Please watch your language.", "watch your language", "calm_down")]
    [InlineData("Don't raise your voice at me.", "Don't raise your voice", "calm_down")]
    [InlineData("That's not my problem.", "not my problem", "not_my_problem")]
    [InlineData("Sorry, that's your responsibility.", "that's your responsibility", "not_my_problem")]
    [InlineData("You didn't tell us you'd moved.", "You didn't tell us you'd moved", "you_didnt")]
    [InlineData("Okay, you didn't tell us you'd moved.", "you didn't tell us you'd moved", "you_didnt")]
    [InlineData("You never paid the last bill.", "You never paid the last bill", "you_didnt")]
    [InlineData("You forgot to send the form.", "You forgot to send the form", "you_didnt")]
    [InlineData("It's your fault the payment bounced.", "your fault", "your_fault")]
    [InlineData("Honestly, you're overreacting.", "you're overreacting", "your_fault")]
    [InlineData("You're wrong about that.", "You're wrong", "your_fault")]
    [InlineData("You've misunderstood the offer.", "You've misunderstood", "your_fault")]
    [InlineData("You must have pressed the wrong button.", "You must have pressed the wrong button", "must_have")]
    [InlineData("You must've deleted the email.", "You must've deleted the email", "must_have")]
    public void OnTurn_Blame_Flags(string advisor, string quote, string label)
    {
        var f = Assert.Single(Run(advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(label, f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.False(string.IsNullOrEmpty(f.Suggestion));
    }

    [Theory]
    [InlineData("You should have received an email from us.")]
    [InlineData("You should have got a text this morning.")]
    [InlineData("You should have had a letter last week.")]
    [InlineData("You should have it by Friday.")]
    [InlineData("If you should have any questions, just call.")]
    [InlineData("You shouldn't have had to wait this long.")]
    [InlineData("You shouldn't have to deal with this.")]
    [InlineData("You should have been told about the fee.")]
    [InlineData("I'm not saying you should have called.")]
    [InlineData("You need to click Save at the bottom.")]
    [InlineData("You need to restart the router.")]
    [InlineData("You'll need to stop the payment at your bank.")]
    [InlineData("You need to read out the code on the screen.")]
    [InlineData("You must pay by Friday to avoid the fee.")]
    [InlineData("It's not your fault at all.")]
    [InlineData("None of this is your fault.")]
    [InlineData("This is in no way your fault.")]
    [InlineData("You're not wrong, that charge shouldn't be there.")]
    [InlineData("You didn't get the email?")]
    [InlineData("So you didn't receive the parcel.")]
    [InlineData("If you didn't pay it, the system would show that.")]
    [InlineData("You didn't ask for any of this.")]
    [InlineData("You didn't deserve to be treated like that.")]
    [InlineData("It's okay, you didn't send the security code, and the chat is encrypted.")]
    [InlineData("Luckily you didn't pay it yet, so there's nothing to refund.")]
    [InlineData("You must have been so worried.")]
    [InlineData("You must have had a horrible week.")]
    [InlineData("You must have received our letter?")]
    [InlineData("Don't worry, there's no need to apologise.")]
    [InlineData("You said \"calm down\" is what the last agent told you?")]
    [InlineData("They told you 'it's your fault' - that's wrong of them.")]
    [InlineData("I can help you calm the situation by sorting this now.")]
    [InlineData("Deep breaths can help people calm down.")]
    [InlineData("Let's calm down and look at it together.")]
    public void OnTurn_NotBlame_NoFinding(string advisor) =>
        Assert.Empty(Run(advisor));

    [Fact]
    public void OnTurn_CustomerTurn_Ignored() =>
        Assert.Empty(Run("C: You should have called me back, it's your fault."));
}
