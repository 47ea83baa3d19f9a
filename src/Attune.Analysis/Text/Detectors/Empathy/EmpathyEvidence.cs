using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Apology;

namespace Attune.Analysis.Text.Detectors.Empathy;

/// <summary>Which advisor findings count as empathy, for the derived signals that read them.</summary>
internal static class EmpathyEvidence
{
    /// <summary>
    /// Answers an empathy opportunity: any empathy statement (exploring the customer's feelings counts),
    /// a sincere apology for a failure, or sympathy. A courtesy apology ("sorry for the wait") does not.
    /// </summary>
    public static bool AnswersOpportunity(Finding f) => f.Signal switch
    {
        Signals.EmpathyStatement => true,
        Signals.ApologySincere => f.Label != ApologyLabels.Courtesy,
        Signals.ApologySympathy => true,
        _ => false,
    };

    /// <summary>
    /// Acknowledges how the customer feels or what happened: an emotional reaction or interpretation,
    /// a sincere apology for a failure, or sympathy (a question exploring feelings asks, it does not acknowledge).
    /// </summary>
    public static bool Acknowledges(Finding f) => f.Signal switch
    {
        Signals.EmpathyStatement => f.Label != EmpathyMechanism.Exploration,
        Signals.ApologySincere => f.Label != ApologyLabels.Courtesy,
        Signals.ApologySympathy => true,
        _ => false,
    };
}
