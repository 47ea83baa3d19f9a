using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Transcription;
using Attune.Speech;

namespace Attune.Cli.Commands;

/// <summary>
/// Speech-to-text for `attune analyze`: a Whisper model named by --whisper-model or ATTUNE_WHISPER_MODEL, loaded once
/// and shared by every recording of the run (the transcriber serialises its own use).
/// </summary>
internal sealed class SpeechToText : IDisposable
{
    private readonly WhisperTranscriber _whisper;

    private SpeechToText(WhisperTranscriber whisper)
    {
        _whisper = whisper;
    }

    /// <summary>Loads the model; null with <paramref name="error"/> saying what is wrong with it.</summary>
    public static SpeechToText? Load(string modelPath, out string? error)
    {
        var loaded = WhisperTranscriber.Load(modelPath);
        if (!loaded.IsOk)
        {
            error = loaded.Error;
            return null;
        }

        error = null;
        return new SpeechToText(loaded.Transcriber!);
    }

    public TranscriptionOutcome Transcribe(string path, CallAudio audio, CancellationToken cancellationToken) =>
        RecordingTranscriber.Transcribe(path, audio, _whisper, "Whisper, " + Path.GetFileName(_whisper.ModelPath), cancellationToken);

    public void Dispose() => _whisper.Dispose();
}
