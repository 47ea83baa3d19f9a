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
    [InlineData("C: I was charged twice for November.|A: So you were charged twice for November?", "content")] // a declarative question restates
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
    // asking again for what the customer said is not restating it
    [InlineData("C: The new address is 22 Fenwick Road, I updated it online before I moved out of Marlborough Street.|A: I understand your frustration. When did you move out of Marlborough Street?")]
    [InlineData("C: I already told you, the new address is 22 Fenwick Road, send the bill there.|A: Okay. And do you have a new address you'd like the bill sent to?")]
    // shared topic words spread over an answer, or one word after a bare "you're"
    [InlineData("C: I was charged for roaming on my bill. Can you check whether roaming is included in my plan?|A: I can see your plan is Unlimited Plus. You'll have to call billing about the charges though.")]
    [InlineData("C: Can you transfer this chat to them?|A: You're welcome to mention this chat when you call.")]
    // a returned closing
    [InlineData("C: That's all, have a great day!|A: Have a nice day.")]
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
