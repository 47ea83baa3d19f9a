namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Sums over the 10 ms frames of one stretch of a channel, from which means and spreads are derived exactly:
/// merging two buckets adds their sums. Pitch is accumulated in semitones (re 100 Hz) because pitch is
/// perceived and varies on a log scale; level as linear power so a mean is a power mean.
/// </summary>
public struct ProsodyBucket
{
    /// <summary>Frames in the bucket.</summary>
    public int Frames;

    /// <summary>Frames above the channel's noise floor.</summary>
    public int ActiveFrames;

    /// <summary>Voiced frames (a pitch was found).</summary>
    public int VoicedFrames;

    /// <summary>Σ semitones of the voiced frames.</summary>
    public double SumSemitones;

    /// <summary>Σ semitones² of the voiced frames.</summary>
    public double SumSemitonesSquared;

    /// <summary>Σ mean-square power (linear, full scale = 1) of the active frames.</summary>
    public double SumActivePower;

    /// <summary>Syllable nuclei found in the bucket.</summary>
    public int Nuclei;

    /// <summary>Loudest frame, dBFS.</summary>
    public float MaxDbfs;

    public void Add(in ProsodyBucket other)
    {
        if (Frames == 0)
        {
            this = other;
            return;
        }

        Frames += other.Frames;
        ActiveFrames += other.ActiveFrames;
        VoicedFrames += other.VoicedFrames;
        SumSemitones += other.SumSemitones;
        SumSemitonesSquared += other.SumSemitonesSquared;
        SumActivePower += other.SumActivePower;
        Nuclei += other.Nuclei;
        MaxDbfs = Math.Max(MaxDbfs, other.MaxDbfs);
    }

    /// <summary>Semitones of <paramref name="hz"/> relative to 100 Hz.</summary>
    public static double Semitones(double hz) => 12 * Math.Log2(hz / 100);

    /// <summary>Hz of <paramref name="semitones"/> relative to 100 Hz.</summary>
    public static double Hz(double semitones) => 100 * Math.Pow(2, semitones / 12);
}
