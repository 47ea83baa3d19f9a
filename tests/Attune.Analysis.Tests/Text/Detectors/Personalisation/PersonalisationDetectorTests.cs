using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Personalisation;

namespace Attune.Analysis.Tests.Text.Detectors.Personalisation;

public class PersonalisationDetectorTests
{
    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.Personalisation, o => new PersonalisationDetector(o), lines);

    private static List<Finding> RunWithName(string name, params string[] lines) =>
        TurnScript.Run(Signals.Personalisation, o => [new PersonalisationDetector(o)], null, new ConversationMetadata { CustomerName = name }, lines);

    [Theory]
    [InlineData("C: Hi, my name is Jo Bloggs and my router is broken.", "Thanks Jo, let me look.", "Jo")]
    [InlineData("C: hi my name is jo bloggs", "Thanks Jo, let me look.", "Jo")]
    [InlineData("C: Hello, it's Mrs Patel here.", "Thank you, Mrs Patel.", "Mrs Patel")]
    [InlineData("C: Hi, this is Sam Jones, I'm calling about my bill.", "No problem Sam.", "Sam")]
    [InlineData("C: Hi, my name's Bill.", "Bill, I can help with that.", "Bill")]
    [InlineData("C: My name is Ana O'Brien.", "Right, Ms O'Brien, let's check.", "Ms O'Brien")]
    public void OnTurn_NameGivenByCustomerThenUsed_Flags(string customer, string advisor, string quote)
    {
        var f = Assert.Single(Run(customer, advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal("name", f.Label);
        Assert.Equal(0, f.RelatedTurn);
        Assert.Equal(Polarity.Positive, f.Polarity);
    }

    [Fact]
    public void OnTurn_NameFromMetadata_Flags()
    {
        var f = Assert.Single(RunWithName("Mrs Priya Patel", "C: My bill is wrong.", "I'm sorry about that, Priya."));
        Assert.Equal("Priya", f.Quote);
        Assert.Null(f.RelatedTurn);
        Assert.Contains("contact record", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_NameAskedThenGiven_Flags() =>
        Assert.Equal("Jo", Assert.Single(Run("Can I take your full name please?", "C: Jo Bloggs", "Thanks Jo.")).Quote);

    [Theory]
    [InlineData("C: My name is Bill.", "Your bill is ready.")]
    [InlineData("C: My name is Will.", "Will you be home on Tuesday?")]
    [InlineData("C: Hi, my name is Jo.", "Hi, I'm Jo too, how can I help?")]
    [InlineData("C: I'm Frustrated with all this.", "Frustrated customers get priority.")]
    [InlineData("C: Hi, it's ridiculous, my internet is down.", "Ridiculous, I agree.")]
    [InlineData("C: My router is broken.", "Thanks Jo.")]
    [InlineData("C: My name is Jo.", "The agent said \"Jo\" was wrong.")]
    public void OnTurn_NameNotUsedOrNotKnown_NoFinding(string customer, string advisor) =>
        Assert.Empty(Run(customer, advisor));

    [Fact]
    public void OnTurn_NameUsedTwice_OneFinding() =>
        Assert.Single(Run("C: My name is Jo.", "Thanks Jo.", "C: ok", "Right Jo, all done."));

    [Theory]
    [InlineData("I can see you called on Monday about this.", "I can see you called on Monday about this")]
    [InlineData("I can see your order from last week.", "I can see your order from last week")]
    [InlineData("Your order from Monday has shipped.", "Your order from Monday has shipped")]
    [InlineData("According to your notes, the engineer came on Friday.", "According to your notes")]
    [InlineData("Last time you called we sent a new router.", "Last time you called we sent a new")]
    [InlineData("Your previous complaint was closed too early.", "Your previous complaint was closed too early")]
    [InlineData("I can see from your account that the payment failed.", "I can see from your account that the payment failed")]
    public void OnTurn_History_Flags(string advisor, string quote)
    {
        var f = Assert.Single(Run("C: My bill is wrong.", advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal("history", f.Label);
    }

    [Theory]
    [InlineData("You've been a customer since 2015, so I'll look after this.", "been a customer since 2015")]
    [InlineData("As a loyal customer you're entitled to the discount.", "loyal customer you're entitled to the")]
    [InlineData("You've been with us for ten years.", "been with us for ten years")]
    [InlineData("Because you've been with us that long, I can reduce the charge.", "been with us that long")]
    public void OnTurn_Tenure_Flags(string advisor, string quote)
    {
        var f = Assert.Single(Run("C: My bill is wrong.", advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal("tenure", f.Label);
    }

    [Theory]
    [InlineData("I can't see any previous calls on your account.")]
    [InlineData("Have you called us before?")]
    [InlineData("When was the last time you called us")]
    [InlineData("I can see you're upset.")]
    [InlineData("I can see your point.")]
    [InlineData("Your order from the website is the same price.")]
    [InlineData("As a valued customer your call is important to us.")]
    [InlineData("But the fee was applied correctly according to the system.")]
    public void OnTurn_NoHistoryOrTenure_NoFinding(string advisor) =>
        Assert.Empty(Run("C: My bill is wrong.", advisor));

    [Fact]
    public void OnTurn_EachKindOnce() =>
        Assert.Equal(new[] { "history", "name", "tenure" },
            Run("C: My name is Jo.", "Thanks Jo, I can see you called on Monday.", "I can see your order from last week, Jo, and you've been with us since 2015.")
                .Select(f => f.Label!).Order());

    [Fact]
    public void OnTurn_CustomerTurn_NotPersonalisation() =>
        Assert.Empty(Run("C: I called on Monday, I've been a customer since 2015."));
}
