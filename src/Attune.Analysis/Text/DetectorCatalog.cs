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
        o => new Detectors.Repeat.RepeatDetector(o),
        // advisor behaviour
        o => new Detectors.Jargon.JargonDetector(o),
        o => new Detectors.Minimising.MinimisingDetector(o),
        o => new Detectors.Blame.BlameDetector(o),
        o => new Detectors.Ownership.CommitmentDetector(o),
        o => new Detectors.Ownership.DeflectionDetector(o), // after CommitmentDetector: a commitment is an alternative
        o => new Detectors.Reassurance.ReassuranceDetector(o),
        o => new Detectors.Personalisation.PersonalisationDetector(o),
        // derived
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
