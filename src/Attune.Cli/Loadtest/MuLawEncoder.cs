namespace Attune.Cli.Loadtest;

/// <summary>
/// ITU-T G.711 µ-law compression of 16-bit linear samples (the inverse of the core's <c>G711.MuLawToLinear</c>): bias
/// 0x84, segment = position of the highest set bit above the bias, 4 step bits, sign, then inverted — the construction
/// of the reference g711.c (Sun Microsystems, public domain).
/// </summary>
public static class MuLawEncoder
{
    private const int Bias = 0x84;
    private const int Clip = 32635;

    public static byte Encode(short sample)
    {
        int value = sample;
        var sign = value < 0 ? 0x80 : 0;
        if (value < 0)
        {
            value = -value;
        }

        value = Math.Min(value, Clip) + Bias;
        var segment = 7;
        for (var mask = 0x4000; (value & mask) == 0 && segment > 0; mask >>= 1)
        {
            segment--;
        }

        var step = (value >> (segment + 3)) & 0x0F;
        return (byte)~(sign | (segment << 4) | step);
    }

    /// <summary>Encodes float samples in −1..1 (clipped) into <paramref name="destination"/>.</summary>
    public static void Encode(ReadOnlySpan<float> samples, Span<byte> destination)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            destination[i] = Encode((short)Math.Clamp(samples[i] * 32767f, -32768f, 32767f));
        }
    }
}
