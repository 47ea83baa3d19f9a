using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// A stretch of speech by one party, in seconds from the start of the interaction: a voice-activity
/// segment of that party's channel, or the timing of a turn (or word run) of a timed transcript.
/// Only <see cref="Party.Customer"/> and <see cref="Party.Advisor"/> take part in the dynamics.
/// </summary>
public readonly record struct PartySegment(Party Party, double Start, double End)
{
    public double Seconds => End - Start;
}
