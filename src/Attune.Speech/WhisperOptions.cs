namespace Attune.Speech;

/// <summary>Settings for <see cref="WhisperTranscriber"/>; invalid values are refused by <see cref="WhisperTranscriber.Load"/>.</summary>
public sealed class WhisperOptions
{
    /// <summary>Spoken language as an ISO 639-1 code ("en", "de", …) or "auto" to detect it. Default "en".</summary>
    public string Language { get; init; } = "en";

    /// <summary>CPU threads for encoding and decoding. Default: the processor count, at most 4.</summary>
    public int Threads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Compute per-token times and group them into words (whisper.cpp's experimental token timestamps). Default true.</summary>
    public bool WordTimestamps { get; init; } = true;

    /// <summary>Optional text that primes the decoder (names, product terms). Default none.</summary>
    public string? Prompt { get; init; }
}
