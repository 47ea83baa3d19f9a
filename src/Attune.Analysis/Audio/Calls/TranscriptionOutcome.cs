using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>What speech-to-text produced for a recording: turns with words and times, or null with a note saying why not.</summary>
public sealed record TranscriptionOutcome(IReadOnlyList<Turn>? Turns, string? Note);
