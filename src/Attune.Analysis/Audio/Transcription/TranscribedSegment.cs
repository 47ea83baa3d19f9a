using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Transcription;

/// <summary>
/// A stretch of recognised speech: times in seconds of the recording, the text as recognised and its words with
/// their own times (empty when the recogniser gave no word timing).
/// </summary>
public sealed record TranscribedSegment(double Start, double End, string Text, IReadOnlyList<Word> Words);
