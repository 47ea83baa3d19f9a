using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// One overtalk event: a party (<see cref="StartedBy"/>) came in while the other party's utterance was in progress.
/// <see cref="Start"/>/<see cref="End"/> are the first and last instants both spoke; for a backchannel they are the
/// burst itself (a backchannel may fall in a pause of the other's utterance and overlap nothing).
/// </summary>
/// <param name="StartedBy">The party who came in second; on a simultaneous start, the one who started later (the advisor on an exact tie).</param>
/// <param name="Seconds">Time both parties actually spoke at once within the event.</param>
/// <param name="Simultaneous">Both started within <see cref="DynamicsOptions.SimultaneousStartSeconds"/> of each other (always an <see cref="OvertalkKind.Overlap"/>).</param>
/// <param name="EarlyReply">
/// Came in less than <see cref="DynamicsOptions.EarlyReplySeconds"/> before the other finished, and carried on: an
/// anticipated end of turn, not an interruption (always an <see cref="OvertalkKind.Overlap"/>).
/// </param>
public sealed record Overtalk(double Start, double End, Party StartedBy, OvertalkKind Kind, double Seconds, bool Simultaneous = false, bool EarlyReply = false);
