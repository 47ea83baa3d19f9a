namespace Attune.Analysis.Audio.Prosody;

/// <summary>Settings of <see cref="YinPitchTracker"/>; defaults suit telephone and studio speech.</summary>
public sealed record PitchTrackerOptions
{
    /// <summary>Lowest pitch searched (Hz); the analysis window spans one period of it.</summary>
    public double MinPitchHz { get; init; } = 60;

    /// <summary>Highest pitch searched (Hz).</summary>
    public double MaxPitchHz { get; init; } = 500;

    /// <summary>Frame step in seconds (10 ms).</summary>
    public double HopSeconds { get; init; } = 0.010;

    /// <summary>
    /// YIN absolute threshold (step 4 of de Cheveigné &amp; Kawahara 2002): the first dip of the
    /// normalised difference below it is taken; the paper uses 0.1, speech with jitter does better a little higher.
    /// </summary>
    public double Threshold { get; init; } = 0.15;

    /// <summary>A frame is voiced only when the normalised difference at the chosen lag is below this.</summary>
    public double VoicingThreshold { get; init; } = 0.35;

    /// <summary>Frames quieter than this (dBFS) are unvoiced whatever their periodicity.</summary>
    public double SilenceDbfs { get; init; } = -60;

    /// <summary>Frames more than this many dB below the running peak level are unvoiced (breath, hum, line noise).</summary>
    public double RelativeSilenceDb { get; init; } = 40;
}
