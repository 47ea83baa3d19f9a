using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// Response latency: from the end of one party's turn (<see cref="From"/>) to the start of the other party's reply
/// (<see cref="To"/>), the turn that takes the floor after it. Negative when the reply started before the turn it
/// answers had ended.
/// </summary>
/// <param name="Responder">The party whose turn is the reply.</param>
public sealed record Latency(Party Responder, double From, double To)
{
    public double Seconds => To - From;
}
