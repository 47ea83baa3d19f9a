using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// A turn of the timeline: one party's speech with pauses shorter than <see cref="DynamicsOptions.TurnGapSeconds"/>
/// merged. A backchannel burst is not a turn and does not end the turn it falls in.
/// </summary>
public sealed record PartyTurn(Party Party, double Start, double End)
{
    public double Seconds => End - Start;
}
