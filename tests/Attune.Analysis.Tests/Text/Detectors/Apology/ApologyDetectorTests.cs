using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Apology;

namespace Attune.Analysis.Tests.Text.Detectors.Apology;

public class ApologyDetectorTests
{
    private const string Sincere = Signals.ApologySincere;
    private const string Non = Signals.ApologyNonApology;
    private const string Sympathy = Signals.ApologySympathy;

    private static List<Finding> Apologies(string advisor) =>
        TurnScript.Run([new ApologyDetector(AnalysisOptions.Default)], "C: You charged me twice!", "A: " + advisor).ToList();

    /// <summary>"signal/label" of each apology in the reply, in order.</summary>
    private static string Classify(string advisor) => string.Join(" ", Apologies(advisor).Select(f => $"{f.Signal}/{f.Label}"));

    [Theory]
    // sincere: names and owns a failure
    [InlineData("I'm so sorry we charged you twice.", Sincere, ApologyLabels.Failure)]
    [InlineData("I apologise for the mistake we made.", Sincere, ApologyLabels.Failure)]
    [InlineData("I'm sorry, that was our error.", Sincere, ApologyLabels.Failure)]
    [InlineData("I'm so sorry. That was our mistake.", Sincere, ApologyLabels.Failure)]
    [InlineData("Sorry for not calling you back yesterday.", Sincere, ApologyLabels.Failure)]
    [InlineData("Please accept our apologies for the billing error.", Sincere, ApologyLabels.Failure)]
    [InlineData("I owe you an apology, we got this wrong.", Sincere, ApologyLabels.Failure)]
    [InlineData("We apologise for the inconvenience our error caused.", Sincere, ApologyLabels.Failure)]
    [InlineData("I'm sorry for any confusion I caused.", Sincere, ApologyLabels.Failure)]
    [InlineData("I'm sorry, that's exactly the kind of thing we should get right.", Sincere, ApologyLabels.Failure)]
    [InlineData("I'm so sorry, that should never have happened.", Sincere, ApologyLabels.Failure)]
    [InlineData("Sorry for the wait.", Sincere, ApologyLabels.Courtesy)]
    [InlineData("Sorry to keep you waiting.", Sincere, ApologyLabels.Courtesy)]
    // non-apologies
    [InlineData("Sorry for any inconvenience caused.", Non, ApologyLabels.Inconvenience)]
    [InlineData("We apologise for the inconvenience.", Non, ApologyLabels.Inconvenience)]
    [InlineData("Apologies for any trouble this may have caused.", Non, ApologyLabels.Inconvenience)]
    [InlineData("I'm sorry you feel that way.", Non, ApologyLabels.Feelings)]
    [InlineData("I'm sorry you were upset by the letter.", Non, ApologyLabels.Feelings)]
    [InlineData("Sorry if that upset you.", Non, ApologyLabels.Conditional)]
    [InlineData("I apologise if there was any confusion.", Non, ApologyLabels.Conditional)]
    [InlineData("Sorry, but that's our policy.", Non, ApologyLabels.But)]
    [InlineData("I'm sorry but the refund takes ten days.", Non, ApologyLabels.But)]
    [InlineData("I'm sorry, I can't do that.", Non, ApologyLabels.Refusal)]
    [InlineData("I'm sorry, there's nothing I can do.", Non, ApologyLabels.Refusal)]
    [InlineData("Sorry, that's the policy.", Non, ApologyLabels.Refusal)]
    // sympathy: neither
    [InlineData("Sorry to hear that.", Sympathy, ApologyLabels.Sympathy)]
    [InlineData("I'm so sorry to hear about your loss.", Sympathy, ApologyLabels.Sympathy)]
    [InlineData("I'm so sorry you're going through this.", Sympathy, ApologyLabels.Sympathy)]
    [InlineData("I'm sorry your parcel hasn't arrived.", Sympathy, ApologyLabels.Situation)]
    [InlineData("Oh, I'm sorry about that.", Sympathy, ApologyLabels.Situation)]
    [InlineData("I'm really sorry about the delay with your refund.", Sympathy, ApologyLabels.Situation)]
    [InlineData("I'm sorry.", Sympathy, ApologyLabels.Unspecified)]
    public void OnTurn_Apology_Classified(string advisor, string signal, string label) =>
        Assert.Equal($"{signal}/{label}", Classify(advisor));

    [Theory]
    // quoted, reported, negated or a repair: no apology by the advisor
    [InlineData("You said 'sorry for any inconvenience' last time.")]
    [InlineData("You said \"we apologise for the inconvenience\" in the letter.")]
    [InlineData("They apologised but nothing changed.")]
    [InlineData("You deserve an apology from the courier.")]
    [InlineData("No need to apologise.")]
    [InlineData("Don't be sorry, it's fine.")]
    [InlineData("I'm not sorry I asked.")]
    [InlineData("Sorry, could you repeat that?")]
    [InlineData("Sorry, what was your postcode?")]
    [InlineData("Sorry, go ahead.")]
    [InlineData("Sorry, I didn't quite catch that.")]
    [InlineData("I regret to say the office is shut.")]
    [InlineData("I feel sorry for you.")]
    public void OnTurn_NotAnApology_NoFinding(string advisor) => Assert.Equal("", Classify(advisor));

    [Fact]
    public void OnTurn_NonApology_CarriesSuggestionAndNegativePolarity()
    {
        var f = Assert.Single(Apologies("Sorry for any inconvenience caused."));
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.NotNull(f.Suggestion);
        Assert.Contains("I'm sorry we", f.Suggestion, StringComparison.Ordinal);
        Assert.Equal("Sorry for any inconvenience caused", f.Quote);
        Assert.Contains("Non-apology", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_SincereApology_PositiveWithEvidence()
    {
        var f = Assert.Single(Apologies("Right. I'm so sorry we charged you twice, I'll refund it now."));
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal("I'm so sorry we charged you twice", f.Quote);
        Assert.Null(f.Suggestion);
    }

    [Fact]
    public void OnTurn_TwoApologies_BothFound() =>
        Assert.Equal($"{Sympathy}/{ApologyLabels.Sympathy} {Non}/{ApologyLabels.Inconvenience}",
            Classify("Sorry to hear that. We apologise for any inconvenience."));

    [Fact]
    public void OnTurn_CustomerApology_Ignored() =>
        Assert.Empty(TurnScript.Run([new ApologyDetector(AnalysisOptions.Default)], "C: Sorry, I'm so sorry we missed the appointment."));
}
