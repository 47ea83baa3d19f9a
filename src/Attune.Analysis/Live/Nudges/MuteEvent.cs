namespace Attune.Analysis.Live.Nudges;

/// <summary>
/// The advisor muted or unmuted nudges: one kind, or all of them (<paramref name="Kind"/> null). The session keeps
/// the log so it is stored with the interaction; it records a preference and is never used to score the advisor.
/// </summary>
/// <param name="Time">Seconds into the interaction.</param>
/// <param name="Kind">A <see cref="NudgeKinds"/> id, or null for all nudges.</param>
/// <param name="Muted">True for mute, false for unmute.</param>
public sealed record MuteEvent(double Time, string? Kind, bool Muted);
