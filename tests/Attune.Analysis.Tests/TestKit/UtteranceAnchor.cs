namespace Attune.Analysis.Tests.TestKit;

/// <summary>What an <see cref="Utterance"/>'s <c>At</c> is measured from.</summary>
public enum UtteranceAnchor
{
    /// <summary>Seconds from the start of the call.</summary>
    CallStart,

    /// <summary>Seconds after the audible start of the previous utterance in the list (a backchannel inside a turn).</summary>
    PreviousStart,

    /// <summary>
    /// Seconds after the latest audible end of every utterance so far (the moment the line last fell silent):
    /// positive = a turn-taking gap, negative = starting to talk over whoever is still speaking.
    /// </summary>
    LatestEnd,
}
