namespace Attune.Analysis.Conversations;

/// <summary>A recognised word with its time in the recording, in seconds from the start.</summary>
public sealed record Word(string Text, double Start, double End);
