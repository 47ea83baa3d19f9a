namespace Attune.Speech;

/// <summary>
/// Outcome of loading a speech model: a ready transcriber, or an error that names the file and what is wrong
/// with it. Expected failures (missing or wrong file, no native runtime) are values, not exceptions.
/// </summary>
public sealed class SpeechLoadResult
{
    private SpeechLoadResult(WhisperTranscriber? transcriber, string? error)
    {
        Transcriber = transcriber;
        Error = error;
    }

    /// <summary>The loaded transcriber (caller disposes it), or null when <see cref="Error"/> is set.</summary>
    public WhisperTranscriber? Transcriber { get; }

    /// <summary>Why loading failed, naming the file; null on success.</summary>
    public string? Error { get; }

    public bool IsOk => Transcriber is not null;

    public static SpeechLoadResult Ok(WhisperTranscriber transcriber) => new(transcriber ?? throw new ArgumentNullException(nameof(transcriber)), null);

    public static SpeechLoadResult Fail(string error) => new(null, error);
}
