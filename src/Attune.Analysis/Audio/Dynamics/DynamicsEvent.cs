using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// Something <see cref="DynamicsTracker"/> has settled: it can no longer change as more speech arrives.
/// Events come in the order they settle, which is not always time order (an interruption settles once both
/// utterances are over).
/// </summary>
/// <param name="Party">Whose turn or monologue, or who started the overtalk; null for silence events.</param>
/// <param name="Overtalk">The event itself when <see cref="Kind"/> is <see cref="DynamicsEventKind.Overtalk"/>.</param>
public sealed record DynamicsEvent(DynamicsEventKind Kind, double Start, double End, Party? Party = null, Overtalk? Overtalk = null);
