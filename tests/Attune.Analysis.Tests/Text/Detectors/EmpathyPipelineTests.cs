using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.AcknowledgeBeforeSolve;
using Attune.Analysis.Text.Detectors.EmpathyOpportunity;

namespace Attune.Analysis.Tests.Text.Detectors;

/// <summary>The empathy signals through the real catalogue order, with stand-ins for the upstream customer-state detectors.</summary>
public class EmpathyPipelineTests
{
    private static IReadOnlyList<Finding> Analyse(params string[] lines)
    {
        var o = AnalysisOptions.Default;
        var upstream = new Detector[] { new MarkerDetector(Party.Customer, "passed away", Signals.CustomerEmotion, "sadness", 0.9), MarkerDetector.Angry() };
        return TurnScript.Run([.. upstream, .. DetectorCatalog.Create(o)], lines);
    }

    [Fact]
    public void Catalogue_BereavementHandledWell_GivenAcknowledgedNotEmpty()
    {
        var findings = Analyse(
            "C: My mother passed away last month and I need to close her account.",
            "A: I'm so sorry for your loss. I'll take care of the closure for you today.");
        Assert.Equal(EmpathyOpportunityDetector.Given, Assert.Single(findings.Of(Signals.EmpathyOpportunity)).Label);
        Assert.Equal(AcknowledgeBeforeSolveDetector.Acknowledged, Assert.Single(findings.Of(Signals.AcknowledgeBeforeSolve)).Label);
        Assert.Single(findings.Of(Signals.ApologySympathy));
        Assert.Empty(findings.Of(Signals.EmpathyEmpty));
        Assert.Empty(findings.Of(Signals.PhraseOveruse));
    }

    [Fact]
    public void Catalogue_AngryCustomerAndFormulas_MissedSkippedNonApologyOveruse()
    {
        var findings = Analyse(
            "C: I'm angry, you charged me twice.",
            "A: Can I take your account number? We apologise for any inconvenience.",
            "C: 1234.",
            "A: We apologise for any inconvenience.",
            "C: And?",
            "A: We apologise for any inconvenience, the refund takes five days.");
        Assert.Equal(EmpathyOpportunityDetector.Missed, Assert.Single(findings.Of(Signals.EmpathyOpportunity)).Label);
        Assert.Equal(AcknowledgeBeforeSolveDetector.Skipped, Assert.Single(findings.Of(Signals.AcknowledgeBeforeSolve)).Label);
        Assert.Equal(3, findings.Of(Signals.ApologyNonApology).Count);
        var overuse = Assert.Single(findings.Of(Signals.PhraseOveruse));
        Assert.Equal(5, overuse.Turn);
        Assert.All(findings.Where(f => f.Party == Party.Advisor && f.Signal != Signals.EmpathyOpportunity), f => Assert.False(string.IsNullOrEmpty(f.Quote)));
    }
}
