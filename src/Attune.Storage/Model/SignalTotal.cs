namespace Attune.Storage.Model;

/// <summary>How often a signal occurred over a set of interactions: findings and interactions with at least one.</summary>
public sealed record SignalTotal(string Signal, long Findings, long Interactions);
