namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Settings of <see cref="SyllableNucleusDetector"/>; defaults after de Jong &amp; Wempe (2009): a 2 dB dip around
/// each peak and a silence threshold 25 dB under the speaker's loud level.
/// </summary>
public sealed record SpeakingRateOptions
{
    /// <summary>Time between frames (s); must match the pitch tracker's hop (10 ms).</summary>
    public double HopSeconds { get; init; } = 0.010;

    /// <summary>A nucleus is an intensity peak at least this many dB above the dips on both sides (the paper's "mindip", 2 dB).</summary>
    public double MinDipDb { get; init; } = 2;

    /// <summary>Peaks more than this many dB under the running loud level are ignored (the paper's silence threshold, −25 dB).</summary>
    public double SilenceDb { get; init; } = 25;

    /// <summary>How fast the running loud level falls (dB/s) when the speaker gets quieter; it rises at once.</summary>
    public double LevelDecayDbPerSecond { get; init; } = 1;

    /// <summary>Peaks under this absolute level (dBFS) are ignored whatever the running level.</summary>
    public double MinPeakDbfs { get; init; } = -55;

    /// <summary>A nucleus must be voiced (a frame within one hop of the peak), as in the paper's pitch check.</summary>
    public bool RequireVoiced { get; init; } = true;
}
