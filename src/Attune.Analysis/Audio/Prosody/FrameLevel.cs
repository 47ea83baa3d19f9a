using System.Numerics.Tensors;

namespace Attune.Analysis.Audio.Prosody;

/// <summary>Level of a block of samples in dB relative to full scale (a full-scale square wave = 0 dBFS, sine = -3.01).</summary>
public static class FrameLevel
{
    /// <summary>Floor returned for digital silence.</summary>
    public const float FloorDbfs = -120f;

    /// <summary>RMS level of <paramref name="samples"/> (±1.0 full scale) in dBFS, floored at <see cref="FloorDbfs"/>.</summary>
    public static float Dbfs(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
        {
            return FloorDbfs;
        }

        var meanSquare = TensorPrimitives.SumOfSquares(samples) / samples.Length;
        return meanSquare <= 1e-12f ? FloorDbfs : Math.Max(FloorDbfs, 10f * MathF.Log10(meanSquare));
    }
}
