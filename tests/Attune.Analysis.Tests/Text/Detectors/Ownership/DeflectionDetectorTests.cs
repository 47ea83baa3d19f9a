using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Ownership;

namespace Attune.Analysis.Tests.Text.Detectors.Ownership;

public class DeflectionDetectorTests
{
    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.OwnershipDeflection, o => [new CommitmentDetector(o), new DeflectionDetector(o)], null, null, lines);

    [Theory]
    [InlineData("That's not my department.", "not my department", "not_my_department")]
    [InlineData("We don't deal with that here.", "We don't deal with that", "not_my_department")]
    [InlineData("You'll have to call your bank.", "You'll have to call your bank", "go_elsewhere")]
    [InlineData("You need to contact the courier directly about that.", "You need to contact the courier directly about that", "go_elsewhere")]
    [InlineData("You'd have to take it up with the retailer.", "You'd have to take it up with the retailer", "go_elsewhere")]
    [InlineData("I'm afraid there's nothing I can do about it.", "there's nothing I can do about it", "nothing_i_can_do")]
    [InlineData("Sorry, it's out of my hands.", "out of my hands", "nothing_i_can_do")]
    [InlineData("I can't help you with that.", "I can't help you with that", "nothing_i_can_do")]
    [InlineData("Unfortunately it's company policy.", "it's company policy", "policy")]
    [InlineData("The system won't let me do that.", "The system won't let me", "policy")]
    [InlineData("It's not up to me.", "It's not up to me", "policy")]
    [InlineData("Sorry, but that's policy.", "that's policy", "policy")]
    [InlineData("Chat transfers to billing aren't available.", "transfers to billing aren't available", "nothing_i_can_do")]
    [InlineData("Refunds aren't possible over the phone.", "aren't possible over the phone", "nothing_i_can_do")]
    [InlineData("Unfortunately yes. Billing are the only team that can look at charges.", "are the only team that can", "not_my_department")]
    public void Analyze_DeflectionWithoutAlternative_Flags(string advisor, string quote, string label)
    {
        var f = Assert.Single(Run("C: I was charged twice.", advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(label, f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.Equal(1, f.Turn);
        Assert.False(string.IsNullOrEmpty(f.Suggestion));
    }

    [Theory]
    [InlineData("That's not my department, but I can transfer you to them now.")]
    [InlineData("There's nothing I can do about the fee. What I can do is refund the delivery charge.")]
    [InlineData("You'll need to contact your bank, let me give you their number.")]
    [InlineData("It's company policy, but I'll raise a complaint for you today.")]
    [InlineData("You'll have to call the courier. Alternatively I can chase them myself.")]
    [InlineData("You'll need to call us back once the engineer has been.")]
    [InlineData("It's our policy to refund you in full.")]
    [InlineData("It's not company policy to charge for that.")]
    [InlineData("I'm not saying there's nothing I can do.")]
    [InlineData("Your last agent said \"that's not my department\", which was wrong.")]
    [InlineData("I can help you with that.")]
    [InlineData("I'm sorry you have to go through this.")]
    [InlineData("That's policy, but what I can do is waive the fee this once.")]
    [InlineData("Refunds aren't possible over the phone, but I can send you a form today.")]
    [InlineData("You're the only one who can reset the PIN, and I'll stay on the line while you do.")]
    public void Analyze_AlternativeOrNotADeflection_NoFinding(string advisor) =>
        Assert.Empty(Run("C: I was charged twice.", advisor));

    [Fact]
    public void Analyze_ClosingQuestionInNextTurn_IsNoAlternative() =>
        Assert.Single(Run("C: Can you transfer this chat to them?", "Chat transfers to billing aren't available.", "C: This is ridiculous.", "Sorry you feel that way. Is there anything else I can help with today?"));

    [Fact]
    public void Analyze_AlternativeInNextAdvisorTurn_NoFinding() =>
        Assert.Empty(Run("C: Can you refund it?", "There's nothing I can do.", "C: Seriously?", "But what I can do is waive next month's fee."));

    [Fact]
    public void Analyze_NextAdvisorTurnOffersNothing_EmitsWhenItArrives()
    {
        var session = new Attune.Analysis.Live.AnalysisSession(null, Attune.Analysis.Conversations.Channel.Chat, new AnalysisOptions { Redact = false }, null,
            [new CommitmentDetector(AnalysisOptions.Default), new DeflectionDetector(AnalysisOptions.Default)]);
        Turn(session, Attune.Analysis.Conversations.Party.Customer, "Can you refund it?");
        Assert.DoesNotContain(Turn(session, Attune.Analysis.Conversations.Party.Advisor, "It's company policy, sorry."), f => f.Signal == Signals.OwnershipDeflection);
        Assert.DoesNotContain(Turn(session, Attune.Analysis.Conversations.Party.Customer, "That's ridiculous."), f => f.Signal == Signals.OwnershipDeflection);
        var settled = Turn(session, Attune.Analysis.Conversations.Party.Advisor, "Is there anything else?");
        var f = Assert.Single(settled, x => x.Signal == Signals.OwnershipDeflection);
        Assert.Equal(1, f.Turn);
    }

    [Fact]
    public void Analyze_DeflectionInLastTurn_EmittedAtEnd() =>
        Assert.Single(Run("C: Can you refund it?", "No, that's not my department."));

    [Fact]
    public void Analyze_CommitmentInSameTurn_CountsAsAlternative() =>
        Assert.Empty(Run("C: My parcel is lost.", "You'll have to contact the courier. I'll also chase them myself today."));

    private static IReadOnlyList<Finding> Turn(Attune.Analysis.Live.AnalysisSession s, Attune.Analysis.Conversations.Party party, string text) =>
        s.AddTurn(new Attune.Analysis.Conversations.Turn { Party = party, Text = text });
}
