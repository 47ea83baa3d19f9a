namespace Attune.Analysis.Live.Telephony;

/// <summary>Tuning of <see cref="TwilioStreamSession"/>; the defaults suit Twilio's 20 ms chunks.</summary>
public sealed record TwilioStreamOptions
{
    public static TwilioStreamOptions Default { get; } = new();

    /// <summary>
    /// Chunks held per track to put late arrivals back in order (5 × 20 ms = 100 ms of added latency at most). A chunk
    /// older than the window when it arrives is dropped; a chunk missing when the window is full becomes silence.
    /// </summary>
    public int ReorderChunks { get; init; } = 5;

    /// <summary>
    /// Timestamp jitter (ms) treated as contiguous: Twilio timestamps are whole milliseconds, so a chunk that starts
    /// within this of the end of the previous one is appended, not padded or trimmed.
    /// </summary>
    public int JitterToleranceMs { get; init; } = 2;

    /// <summary>How far one track may run ahead (ms) before the other is padded with silence (a stalled track).</summary>
    public int MaxSkewMs { get; init; } = 1000;

    /// <summary>Refused messages tolerated before the stream is closed.</summary>
    public int MaxProtocolErrors { get; init; } = 20;
}
