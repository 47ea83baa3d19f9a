namespace Attune.Analysis.Audio.Transcription;

/// <summary>
/// Speech-to-text behind an interface so the core stays free of native code: the Whisper adapter lives in
/// Attune.Speech. Input is 16 kHz mono float (±1.0 full scale); use
/// <see cref="Resampling.Resampler"/> to get there from the recording's rate.
/// </summary>
public interface ISpeechTranscriber
{
    /// <summary>
    /// Transcribe <paramref name="samples16kMono"/>. Every returned time (segment and word) is in seconds of the
    /// recording: <paramref name="offsetSeconds"/> (where the samples start in it) is added.
    /// </summary>
    Task<IReadOnlyList<TranscribedSegment>> TranscribeAsync(ReadOnlyMemory<float> samples16kMono, double offsetSeconds, CancellationToken ct);
}
