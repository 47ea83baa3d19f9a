using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Detectors.PhraseOveruse;

namespace Attune.Analysis.Tests.Text.Detectors.PhraseOveruse;

public class PhraseOveruseDetectorTests
{
    private static Detector[] Detectors(AnalysisOptions o) => [new ApologyDetector(o), new EmpathyDetector(o), new PhraseOveruseDetector(o)];

    private static List<Finding> Overuse(AnalysisOptions o, params string[] lines) => TurnScript.Run(o, Detectors(o), lines).Of(Signals.PhraseOveruse);

    [Theory]
    [InlineData("I'm so sorry to hear that", "I'm really sorry to hear that")]
    [InlineData("That sounds really frustrating", "That sounds so annoying")]
    [InlineData("Sorry for any inconvenience caused", "sorry for any inconvenience caused")]
    public void Normalise_Variants_SameFormula(string a, string b) =>
        Assert.Equal(PhraseOveruseDetector.Normalise(a), PhraseOveruseDetector.Normalise(b));

    [Fact]
    public void Normalise_DifferentFormulas_Differ() =>
        Assert.NotEqual(PhraseOveruseDetector.Normalise("Sorry to hear that"), PhraseOveruseDetector.Normalise("That sounds frustrating"));

    [Fact]
    public void OnTurn_ThirdUseOverLimitTwo_Flagged()
    {
        var found = Overuse(AnalysisOptions.Default,
            "C: My parcel is late.", "A: I'm so sorry to hear that.",
            "C: And the box was damaged.", "A: Oh, I'm really sorry to hear that.",
            "C: And the driver was rude.", "A: I'm so sorry to hear that. Let me log it.");
        var f = Assert.Single(found);
        Assert.Equal(5, f.Turn);
        Assert.Equal(3, f.Value);
        Assert.Equal("sorry to hear", f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
    }

    [Fact]
    public void OnTurn_AtLimit_NotFlagged() =>
        Assert.Empty(Overuse(AnalysisOptions.Default, "C: a", "A: Sorry to hear that.", "C: b", "A: Sorry to hear that."));

    [Fact]
    public void OnTurn_LimitFromOptions_Respected() =>
        Assert.Single(Overuse(new AnalysisOptions { PhraseOveruseLimit = 1 }, "C: a", "A: Sorry to hear that.", "C: b", "A: Sorry to hear that."));

    [Fact]
    public void OnTurn_SympathyCountsOncePerSpan()
    {
        // "sorry to hear that" is both apology.sympathy and an emotional reaction: two findings, one use
        Assert.Empty(Overuse(new AnalysisOptions { PhraseOveruseLimit = 1 }, "C: a", "A: Sorry to hear that."));
    }

    [Fact]
    public void OnTurn_Questions_NotFormulas() =>
        Assert.Empty(Overuse(AnalysisOptions.Default, "C: a", "A: What happened?", "C: b", "A: What happened?", "C: c", "A: What happened?"));
}
