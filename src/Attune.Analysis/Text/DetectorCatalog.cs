namespace Attune.Analysis.Text;

/// <summary>
/// Every detector, in the order they run for each turn: customer state first, then advisor
/// behaviour, then the derived signals that read the findings of the others.
/// Adding a behaviour = a new folder under Detectors/ and one line here.
/// </summary>
public static class DetectorCatalog
{
    private static readonly Func<AnalysisOptions, Detector>[] Factories =
    [
        // customer state
        o => new Detectors.Sentiment.SentimentDetector(o),
        o => new Detectors.VoiceArousal.VoiceArousalDetector(o), // recordings only: customer.arousal from Turn.Voice
        o => new Detectors.Emotion.EmotionDetector(o),
        o => new Detectors.Repeat.RepeatDetector(o),
        // advisor behaviour
        o => new Detectors.Backchannel.BackchannelDetector(o), // before questions: "oh, really?" is a backchannel, not a question
        o => new Detectors.Questions.QuestionDetector(o),
        o => new Detectors.Paraphrase.ParaphraseDetector(o),
        o => new Detectors.Clarify.ClarifyDetector(o),
        o => new Detectors.Apology.ApologyDetector(o),
        o => new Detectors.Empathy.EmpathyDetector(o),
        o => new Detectors.Jargon.JargonDetector(o),
        o => new Detectors.Minimising.MinimisingDetector(o),
        o => new Detectors.Blame.BlameDetector(o),
        o => new Detectors.Ownership.CommitmentDetector(o),
        o => new Detectors.Ownership.DeflectionDetector(o), // after CommitmentDetector: a commitment is an alternative
        o => new Detectors.Reassurance.ReassuranceDetector(o),
        o => new Detectors.Personalisation.PersonalisationDetector(o),
        // derived
        o => new Detectors.EmpathyOpportunity.EmpathyOpportunityDetector(o),
        o => new Detectors.EmptyEmpathy.EmptyEmpathyDetector(o),
        o => new Detectors.AcknowledgeBeforeSolve.AcknowledgeBeforeSolveDetector(o),
        o => new Detectors.PhraseOveruse.PhraseOveruseDetector(o),
    ];

    /// <summary>Creates a fresh set of detectors for one conversation.</summary>
    public static IReadOnlyList<Detector> Create(AnalysisOptions options)
    {
        var list = new Detector[Factories.Length];
        for (var i = 0; i < Factories.Length; i++)
        {
            list[i] = Factories[i](options);
        }

        return list;
    }
}
