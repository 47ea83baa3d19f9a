using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Jargon;

namespace Attune.Analysis.Tests.Text.Detectors.Jargon;

public class JargonDetectorTests
{
    private static readonly Glossary Telecom = new(
    [
        new GlossaryEntry("ONT", "the white box where the fibre comes into your home", "Say 'fibre box' on calls."),
        new GlossaryEntry("BAU", "business as usual"),
        new GlossaryEntry("line test", "a check of your phone line from our end"),
        new GlossaryEntry("T&C", "terms"),
    ]);

    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.LanguageJargon, o => new JargonDetector(o), lines);

    private static List<Finding> RunWithGlossary(params string[] lines) =>
        TurnScript.Run(Signals.LanguageJargon, o => [new JargonDetector(o)], new AnalysisOptions { Redact = false, Glossary = Telecom }, null, lines);

    [Theory]
    [InlineData("We will utilise the data from your router.", "utilise", "use")]
    [InlineData("We're utilising a new system.", "utilising", "use")]
    [InlineData("I will endeavour to fix it.", "endeavour", "try")]
    [InlineData("Prior to the visit, please unplug it.", "Prior to", "before")]
    [InlineData("The engineer will commence work at nine.", "commence", "begin / start")]
    [InlineData("We need to ascertain the fault.", "ascertain", "find out / learn")]
    [InlineData("In accordance with the contract, the fee applies.", "In accordance with", "by / under / following / per")]
    [InlineData("We will notify you by text.", "notify", "let know / tell")]
    [InlineData("We were notified of the outage.", "notified", "let know / tell")]
    [InlineData("Going forward, bills come monthly.", "Going forward", "from now on")]
    [InlineData("We can't change it at this time.", "at this time", "now")]
    [InlineData("We'll leverage the new network.", "leverage", "use")]
    [InlineData("Please be advised the price is changing.", "be advised", "leave it out")]
    public void OnTurn_PlainLanguageWord_FlagsWithAlternative(string advisor, string quote, string suggestion)
    {
        var f = Assert.Single(Run(advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(suggestion, f.Suggestion);
        Assert.Equal("plain_language", f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
    }

    [Theory]
    [InlineData("How can I assist you today?")]
    [InlineData("Can you confirm your address please?")]
    [InlineData("There's an additional charge of five pounds.")]
    [InlineData("I'm currently looking at your account.")]
    [InlineData("I'll ensure the refund goes through.")]
    [InlineData("That's concerning, let me check.")]
    [InlineData("Can you type your password again?")]
    [InlineData("Could I take your first initial?")]
    [InlineData("I'm so sorry your mother passed away.")]
    [InlineData("I'm determined to sort this out.")]
    [InlineData("Just click the button.")]
    [InlineData("Is there anything else I can help with?")]
    [InlineData("It's always busy at this time of year.")]
    [InlineData("Your last bill said \"utilise\" which was a typo.")]
    public void OnTurn_EverydayOrQuoted_NoFinding(string advisor) =>
        Assert.Empty(Run(advisor));

    [Theory]
    [InlineData("I need your MAC code to switch you.", "MAC")]
    [InlineData("The ONT light should be green.", "ONT")]
    [InlineData("Your DD will go out on the first.", "DD")]
    [InlineData("We've raised an RMA for it.", "RMA")]
    [InlineData("We'll send two new ONTs.", "ONTs")]
    public void OnTurn_UnexpandedAcronym_Flags(string advisor, string quote)
    {
        var f = Assert.Single(Run(advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal("acronym", f.Label);
        Assert.Contains(quote, f.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Your Direct Debit (DD) will go out on the first.")]
    [InlineData("Your DD, that's your direct debit, goes out on the first.")]
    [InlineData("The DD (your monthly payment) goes out on the first.")]
    [InlineData("You'll need the migration authorisation code, the MAC.")]
    [InlineData("The ONT, which is the box on the wall, should be green.")]
    [InlineData("OK, I've sent you a PDF by SMS, please check your PIN and ID.")]
    [InlineData("The TV and the UK bill are fine.")]
    [InlineData("I have NOT received anything, it is NOT fair.")]
    [InlineData("WHY IS THIS SO HARD TO FIX")]
    [InlineData("This is Part II of the form.")]
    [InlineData("The agent said \"ONT\" but meant the router.")]
    [InlineData("Please send us a DM with your details. ^RR https://t.co/abc")]
    [InlineData("Does restarting help? /AY")]
    [InlineData("I can look into this for you. -AD")]
    [InlineData("Thanks for waiting - TY")]
    [InlineData("The billing number is [PHONE], they're open until 8pm.")]
    [InlineData("The security report reference is SEC-4471.")]
    public void OnTurn_ExpandedKnownOrNotAnAcronym_NoFinding(string advisor) =>
        Assert.Empty(Run(advisor));

    [Fact]
    public void OnTurn_AcronymExpandedEarlierInTheCall_NotFlaggedLater() =>
        Assert.Empty(Run("Your Direct Debit (DD) is set up.", "C: When does it go out?", "The DD goes out on the first."));

    [Fact]
    public void OnTurn_AcronymUsedFirstByCustomer_NotFlagged() =>
        Assert.Empty(Run("C: My ONT has a red light.", "Thanks, a red light on the ONT means no signal."));

    [Fact]
    public void OnTurn_ExpandedOnlyLater_FirstUseStillFlagged() =>
        Assert.Single(Run("The ONT is faulty.", "C: The what?", "Sorry, the optical network terminal (ONT), the box on the wall."));

    [Fact]
    public void OnTurn_SameTermTwice_ReportedOnce() =>
        Assert.Single(Run("We will utilise your data.", "C: OK.", "We utilise it for billing."));

    [Fact]
    public void OnTurn_CustomerTurn_NeverJargon() =>
        Assert.Empty(Run("C: Please utilise the MAC code I sent."));

    [Fact]
    public void OnTurn_GlossaryTerm_FlagsWithItsAlternativeAndNote()
    {
        var f = Assert.Single(RunWithGlossary("Your ONT is fine."));
        Assert.Equal("ONT", f.Quote);
        Assert.Equal("glossary", f.Label);
        Assert.Equal("the white box where the fibre comes into your home", f.Suggestion);
        Assert.Contains("fibre box", f.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'll run a line test now.", "line test", "a check of your phone line from our end")]
    [InlineData("That's BAU for us.", "BAU", "business as usual")]
    [InlineData("Please read the T&C first.", "T&C", "terms")]
    public void OnTurn_GlossaryTerms_Flag(string advisor, string quote, string suggestion)
    {
        var f = Assert.Single(RunWithGlossary(advisor));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(suggestion, f.Suggestion);
    }

    [Fact]
    public void OnTurn_PlainDictionaryAsGlossary_Works()
    {
        var options = new AnalysisOptions { Redact = false, Glossary = new Dictionary<string, string> { ["churn"] = "customers leaving" } };
        var f = Assert.Single(TurnScript.Run(Signals.LanguageJargon, o => [new JargonDetector(o)], options, null, "Our churn is high."));
        Assert.Equal("customers leaving", f.Suggestion);
    }

    [Fact]
    public void OnTurn_OneFindingPerWord_GlossaryWins()
    {
        var options = new AnalysisOptions { Redact = false, Glossary = new Dictionary<string, string> { ["utilise"] = "use, please" } };
        var f = Assert.Single(TurnScript.Run(Signals.LanguageJargon, o => [new JargonDetector(o)], options, null, "We utilise it."));
        Assert.Equal("glossary", f.Label);
    }
}
