namespace Attune.Analysis.Tests.TestKit;

/// <summary>
/// Damage applied to one channel after the speech is placed, to build bad-input cases. The truth is unchanged (it is
/// where the speech is, not what a detector should hear). Noise is seeded white noise generated here rather than sox's
/// <c>synth whitenoise</c>, so the same spec gives the same bytes and the cache stays valid.
/// </summary>
public sealed record ChannelEffects
{
    /// <summary>RMS level of added white (uniform) line noise in dBFS, e.g. -50; null = none.</summary>
    public double? NoiseDbfs { get; init; }

    /// <summary>Constant added to every sample (full scale = 1.0), e.g. 0.1.</summary>
    public double DcOffset { get; init; }

    /// <summary>Gain on the speech in dB before the 16-bit conversion; values that exceed full scale clip.</summary>
    public double GainDb { get; init; }

    /// <summary>Seed of the noise generator.</summary>
    public int Seed { get; init; } = 1;

    public static ChannelEffects None { get; } = new();
}
