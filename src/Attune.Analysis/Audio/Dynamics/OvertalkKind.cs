namespace Attune.Analysis.Audio.Dynamics;

/// <summary>What an overtalk event was, from the point of view of the party who came in on the other.</summary>
public enum OvertalkKind
{
    /// <summary>
    /// Came in while the other was mid-utterance; the other stopped within
    /// <see cref="DynamicsOptions.InterruptionStopSeconds"/> and the one who came in carried on.
    /// </summary>
    Interruption,

    /// <summary>
    /// A short burst (at most <see cref="DynamicsOptions.BackchannelMaxSeconds"/>) inside the other's
    /// utterance that did not stop them ("mm-hmm", "right"): listening, not taking the floor.
    /// </summary>
    Backchannel,

    /// <summary>Both spoke at once otherwise: a simultaneous start, or talking over the other without them giving way.</summary>
    Overlap,
}
