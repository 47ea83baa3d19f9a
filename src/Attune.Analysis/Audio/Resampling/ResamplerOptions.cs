namespace Attune.Analysis.Audio.Resampling;

/// <summary>Design of the <see cref="Resampler"/> low-pass. Defaults suit speech recognition at 16 kHz.</summary>
public sealed class ResamplerOptions
{
    /// <summary>Stop-band attenuation in dB (Kaiser window β follows from it). Default 80; range 20–200.</summary>
    public double StopbandAttenuationDb { get; init; } = 80;

    /// <summary>
    /// Width of the transition band as a fraction of the lower Nyquist frequency; the stop band starts at that
    /// Nyquist frequency, the pass band ends this fraction below it. Default 0.15 (16 kHz output: flat to 6.8 kHz,
    /// ≥ 80 dB down from 8 kHz; 8 kHz telephone input: flat to 3.4 kHz). Smaller means more taps. Range (0, 1).
    /// </summary>
    public double TransitionFraction { get; init; } = 0.15;

    /// <summary>
    /// Largest polyphase table (rows per input sample). Ratios needing more phases (e.g. 8001 Hz → 16 kHz needs
    /// 16,000) interpolate linearly between rows instead. Default 512; range 16–65536.
    /// </summary>
    public int MaxPhases { get; init; } = 512;
}
