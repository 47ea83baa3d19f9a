namespace Attune.Analysis.Scoring;

/// <summary>
/// A critical behaviour that zeroes the whole interaction score when it occurs at least
/// <see cref="AtLeast"/> times (e.g. repeatedly blaming the customer), whatever the other criteria say.
/// </summary>
public sealed record AutoFail(IReadOnlyList<SignalSelector> Signals, int AtLeast = 1, string? Reason = null);
