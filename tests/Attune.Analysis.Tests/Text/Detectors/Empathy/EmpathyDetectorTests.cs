using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Analysis.Tests.Text.Detectors.Empathy;

public class EmpathyDetectorTests
{
    private const string R = EmpathyMechanism.EmotionalReaction;
    private const string I = EmpathyMechanism.Interpretation;
    private const string E = EmpathyMechanism.Exploration;
    private const string S = EmpathyMechanism.Resonance;

    /// <summary>The mechanisms found in an advisor reply, sorted and comma-joined ("" for none).</summary>
    private static string Mechanisms(string advisor)
    {
        var findings = TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], "C: My bill is wrong again.", "A: " + advisor);
        return string.Join(",", findings.Of(Signals.EmpathyStatement).Select(f => f.Label).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    // interpretations: understanding of feelings or situation
    [InlineData("That sounds really frustrating.", I)]
    [InlineData("I can imagine how worrying that is.", I)]
    [InlineData("I completely understand why you're upset.", I)]
    [InlineData("That must have been awful.", I)]
    [InlineData("I'd feel the same.", I)]
    [InlineData("Anyone would be annoyed after three calls.", I)]
    [InlineData("No wonder you're fed up.", I)]
    [InlineData("It's completely understandable to feel that way.", I)]
    [InlineData("It sounds like you've been going through a lot.", I)]
    [InlineData("I can't imagine how hard that must be.", I)]
    [InlineData("I can see how much this matters to you.", I)]
    [InlineData("I understand your frustration.", I)]
    [InlineData("I had the same with my own bill, so I know how annoying it is.", I)]
    [InlineData("You must be so relieved it's sorted.", I)]
    // reactions: warmth, concern, compassion (sympathy comes from the apology classifier)
    [InlineData("I'm so sorry to hear about your loss.", R)]
    [InlineData("Oh no, that's awful!", R)]
    [InlineData("I'm so sorry you're going through this.", R)]
    [InlineData("You're not alone in this.", R)]
    [InlineData("I hope things get better for you soon.", R)]
    [InlineData("My condolences.", R)]
    [InlineData("What a nightmare.", R)]
    [InlineData("Take care of yourself.", R)]
    // contact-centre validation and reflection of feelings
    [InlineData("I'm not surprised you're livid, Gary.", I)]
    [InlineData("I'm so sorry we let you down twice. That's on us, not on you.", R)]
    [InlineData("You had every reason to be frustrated.", I)]
    [InlineData("That's a lot to put up with, and you shouldn't have had to.", I)]
    [InlineData("You've been worried the care home can't reach you about your mum.", I)]
    [InlineData("It's a fair worry.", I)]
    [InlineData("No need to apologise, it's an easy thing to do.", R)]
    // resonance: a reaction and an interpretation in one finding
    [InlineData("I know how you feel.", S)]
    [InlineData("I hear you.", S)]
    [InlineData("I can relate to that.", S)]
    [InlineData("I understand that's frustrating.", S)]
    [InlineData("I understand this is a frustrating experience.", S)]
    [InlineData("I understand. Let me check that for you.", S)]
    // explorations: asking about their experience or feelings
    [InlineData("How are you feeling about it?", E)]
    [InlineData("What happened then?", E)]
    [InlineData("How long has this been going on?", E)]
    [InlineData("When did you first notice the problem?", E)]
    [InlineData("Tell me more about what happened.", E)]
    [InlineData("Can I ask why you're thinking of leaving?", E)]
    public void OnTurn_EmpathyStatement_FoundWithMechanism(string advisor, string expected) =>
        Assert.Equal(expected, Mechanisms(advisor));

    [Theory]
    // negation and hedging
    [InlineData("I don't understand why you're upset.")]
    [InlineData("It's not that I don't understand.")]
    [InlineData("That doesn't sound frustrating to me.")]
    [InlineData("I didn't hear you.")]
    // quotation and report
    [InlineData("You said \"that sounds really frustrating\" was what the last agent told you.")]
    [InlineData("The form says 'I understand how you feel' at the top.")]
    // dismissals
    [InlineData("I understand, but there's nothing I can do.")]
    [InlineData("I understand your frustration, but that's our policy.")]
    [InlineData("I hear you, but you need to calm down.")]
    [InlineData("I understand. However, rules are rules.")]
    [InlineData("I understand, but it takes five days.")]
    // a bare acknowledgement whose next sentence refuses or lectures
    [InlineData("I understand. It's simply how minimum terms work.")]
    [InlineData("I understand. That's our policy.")]
    [InlineData("I hear you. It's all in the terms.")]
    // formula apologies are the apology detector's non-apologies, not empathy
    [InlineData("Sorry for any inconvenience caused.")]
    [InlineData("I'm sorry you feel that way.")]
    [InlineData("Sorry if that upset you.")]
    // not explorations: transactions, suggestions, offers, courtesy checks, repairs
    [InlineData("Could you confirm your account number?")]
    [InlineData("Have you tried restarting the router?")]
    [InlineData("Is there anything else I can help with?")]
    [InlineData("Would you like me to send a new card?")]
    [InlineData("Does that make sense?")]
    [InlineData("Can you hear me?")]
    [InlineData("Sorry, could you repeat that?")]
    [InlineData("I know what happened to your order.")]
    // fact-finding and selling are not explorations of the customer's experience
    [InlineData("Before we look at cancelling, can I ask what you'd think of a better deal?")]
    [InlineData("Have you paid the final bill?")]
    [InlineData("Do you have a mobile with data on it?")]
    [InlineData("Have you got the letter with you there?")]
    [InlineData("Would you like the confirmation letter to go to you or to the house?")]
    [InlineData("Would you like to add proper instructions back in?")]
    [InlineData("Which version of iOS are you on?")]
    // answers, purposes and things described, not feelings
    [InlineData("No, your router's fine.")]
    [InlineData("No, you don't need to send anything back.")]
    [InlineData("But to be safe, ring your bank tonight.")]
    [InlineData("The link is on its way, it's valid for 24 hours.")]
    [InlineData("It's normal for the light to flash.")]
    [InlineData("I can see you've been transferred to me.")]
    [InlineData("I can see you've been charged twice.")]
    [InlineData("If you're worried, ring us back.")]
    // contact-centre formulas sharing words with support offers
    [InlineData("Thanks for reaching out to us.")]
    [InlineData("DM me your full name and address.")]
    [InlineData("You'll even receive a congrats email.")]
    // idioms sharing words with the frames
    [InlineData("That's hard to say without checking.")]
    [InlineData("It sounds like a plan.")]
    [InlineData("I'm afraid the office is closed.")]
    [InlineData("Your loved ones can be added to the account.")]
    [InlineData("Let me check that for you.")]
    [InlineData("If you're happy with that, we're done.")]
    public void OnTurn_NotEmpathy_NoFinding(string advisor) => Assert.Equal("", Mechanisms(advisor));

    [Theory]
    [InlineData("I can imagine how worrying that is, but I'll have it fixed today.", I)]
    [InlineData("That's awful, but we'll get it fixed today.", R)]
    [InlineData("I'm sorry to hear that, but the good news is it's covered.", R)]
    public void OnTurn_ButWithFix_StillEmpathy(string advisor, string expected) =>
        Assert.Equal(expected, Mechanisms(advisor));

    [Theory]
    [InlineData("C: I haven't found the paperwork yet, sorry.", "That's absolutely fine, the address is all I need.", R)]
    [InlineData("C: Oh no, sorry! I didn't think. Is my card okay??", "It's okay, you didn't send the security code.", R)]
    [InlineData("C: Thank you, love. Sorry, what day did you say it was?", "That's all right. The letter says the fourteenth.", R)]
    [InlineData("C: Can I pay by card?", "That's fine, I can take it now.", "")] // agreeing to a request is not reassurance
    [InlineData("C: I haven't found the paperwork yet, sorry.", "Is that okay?", "")]
    public void OnTurn_AcceptingTheCustomersApology_IsAReaction(string customer, string advisor, string expected)
    {
        var findings = TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], customer, "A: " + advisor);
        Assert.Equal(expected, string.Join(",", findings.Of(Signals.EmpathyStatement).Select(f => f.Label)));
    }

    [Fact]
    public void OnTurn_CustomerTurn_Ignored()
    {
        var findings = TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], "C: That sounds really frustrating, I know how you feel.");
        Assert.Empty(findings);
    }

    [Fact]
    public void OnTurn_Finding_CarriesSpanQuoteAndDetail()
    {
        var findings = TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], "C: I've been cut off twice.", "A: Right. I can imagine how worrying that is. Let me look.");
        var f = Assert.Single(findings);
        Assert.Equal(Signals.EmpathyStatement, f.Signal);
        Assert.Equal(1, f.Turn);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal("I can imagine how worrying that is", f.Quote);
        Assert.Equal(7, f.SpanStart);
        Assert.Contains("interpretation", f.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I understand.")]
    [InlineData("I understand that's frustrating.")]
    [InlineData("I know how you feel.")]
    public void OnTurn_OverlappingMechanisms_OneFinding(string advisor)
    {
        var findings = TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], "C: My bill is wrong again.", "A: " + advisor);
        Assert.Single(findings.Of(Signals.EmpathyStatement));
    }

    [Theory]
    [InlineData("I'm not surprised you're livid, Gary.", "I'm not surprised you're livid")]
    [InlineData("You had every reason to be frustrated.", "You had every reason to be frustrated")]
    public void OnTurn_Validation_QuotesTheFeeling(string advisor, string quote) =>
        Assert.Equal(quote, Assert.Single(TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], "C: My bill is wrong again.", "A: " + advisor)).Quote);

    [Fact]
    public void OnTurn_RepeatedFrame_OneFindingPerSpan()
    {
        var findings = TurnScript.Run([new EmpathyDetector(AnalysisOptions.Default)], "C: x", "A: That sounds so very frustrating.");
        Assert.Single(findings.Of(Signals.EmpathyStatement));
    }
}
