using Attune.Analysis.Findings;
using Attune.Analysis.Tests.Text.Detectors.Backchannel;
using Attune.Analysis.Text.Detectors.Backchannel;
using Attune.Analysis.Text.Detectors.Paraphrase;

namespace Attune.Analysis.Tests.Text.Detectors.Paraphrase;

public class ParaphraseDetectorTests
{
    private static Finding? Paraphrase(string script) =>
        BackchannelDetectorTests.Analyze(script, new BackchannelDetector(AnalysisOptions.Default), new ParaphraseDetector(AnalysisOptions.Default))
            .FirstOrDefault(f => f.Signal == Signals.ListeningParaphrase);

    [Theory]
    [InlineData("C: I was charged twice for November.|A: So you were charged twice for November.", "content")]
    [InlineData("C: They keep charging my card every single month.|A: So your card gets charged each month.", "content")]
    [InlineData("C: The engine keeps stalling on the motorway.|A: It sounds like you're really worried about the car.", "feeling")]
    [InlineData("C: My internet drops every evening.|A: In other words, the connection fails at night.", "content")]
    [InlineData("C: I've been waiting three weeks.|A: Three weeks.", "content")]
    [InlineData("C: I've rung four times and nobody calls me back.|A: Okay. You've rung four times and still no call back.", "content")]
    [InlineData("C: I'm just so fed up with the whole thing.|A: You feel let down by us.", "feeling")]
    public void OnTurn_Restatement_IsParaphrase(string script, string label)
    {
        var f = Paraphrase(script);
        Assert.NotNull(f);
        Assert.Equal(label, f.Label);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.NotNull(f.RelatedTurn);
    }

    [Theory]
    // new content, diagnosis, instructions
    [InlineData("C: My internet drops every evening.|A: It sounds like a network fault.")]
    [InlineData("C: My internet drops every evening.|A: Let me check the line for you.")]
    [InlineData("C: My internet drops every evening.|A: You need to restart the router.")]
    // the marker is not opening a restatement
    [InlineData("C: I was charged twice.|A: I don't understand what you're saying.")]
    // quotation is not the advisor's own words
    [InlineData("C: My internet drops every evening.|A: The note says \"internet drops every evening\" here.")]
    // a backchannel is not a repeat
    [InlineData("C: Yeah.|A: Yeah.")]
    // nothing to restate
    [InlineData("A: So you were charged twice.")]
    public void OnTurn_NoRestatement_GivesNothing(string script) =>
        Assert.Null(Paraphrase(script));

    [Fact]
    public void OnTurn_Detail_QuotesTheReusedCustomerWords()
    {
        var f = Paraphrase("C: Hello.|A: Hi.|C: I was charged twice for November.|A: So you were charged twice in November.");
        Assert.NotNull(f);
        Assert.Equal(2, f.RelatedTurn);
        Assert.Contains("'charged'", f.Detail, StringComparison.Ordinal);
        Assert.Contains("'twice'", f.Detail, StringComparison.Ordinal);
        Assert.Contains("'november'", f.Detail, StringComparison.Ordinal);
        Assert.StartsWith("So you were", f.Quote, StringComparison.Ordinal);
    }
}
