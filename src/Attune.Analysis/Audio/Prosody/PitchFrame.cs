namespace Attune.Analysis.Audio.Prosody;

/// <summary>One analysis frame of <see cref="YinPitchTracker"/>.</summary>
/// <param name="Time">Centre of the frame, in seconds from the first sample pushed.</param>
/// <param name="Hz">Estimated fundamental frequency, 0 when the frame is unvoiced.</param>
/// <param name="Voiced">The voicing decision.</param>
/// <param name="Aperiodicity">Cumulative mean normalised difference at the chosen lag (0 = perfectly periodic, ~1 = noise).</param>
/// <param name="Dbfs">RMS level of the hop centred on the frame, dB relative to full scale (-120 floor).</param>
public readonly record struct PitchFrame(double Time, double Hz, bool Voiced, float Aperiodicity, float Dbfs);
