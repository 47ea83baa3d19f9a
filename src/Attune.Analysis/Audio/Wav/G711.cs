namespace Attune.Analysis.Audio.Wav;

/// <summary>
/// ITU-T Recommendation G.711 (11/1988), "Pulse code modulation (PCM) of voice frequencies": expansion of
/// 8-bit A-law and µ-law code words to linear samples. The tables are computed once from the segment/quantisation
/// rules of the standard (Tables 1a/2a for A-law, 1b/2b for µ-law), the same construction as the reference
/// g711.c (Sun Microsystems, public domain) and the ITU-T G.191 Software Tools Library, then read per byte.
/// Values are 16-bit-scaled: A-law decision values ×8 (13-bit range ±4032 → ±32256), µ-law ×4 (14-bit range ±8031 → ±32124).
/// </summary>
public static class G711
{
    private static readonly short[] MuLawTable = BuildMuLaw();
    private static readonly short[] ALawTable = BuildALaw();

    /// <summary>Linear 16-bit value of a µ-law code word (e.g. 0xFF → 0, 0x00 → −32124, 0x80 → 32124).</summary>
    public static short MuLawToLinear(byte code) => MuLawTable[code];

    /// <summary>Linear 16-bit value of an A-law code word (e.g. 0xD5 → 8, 0x55 → −8, 0xAA → 32256).</summary>
    public static short ALawToLinear(byte code) => ALawTable[code];

    /// <summary>
    /// µ-law code word of a linear 16-bit sample (the G.711 encoder, as g711.c <c>linear2ulaw</c>: bias 0x84, clip at
    /// 32635, segment = position of the highest bit, 4 step bits, all bits inverted). Decoding the result with
    /// <see cref="MuLawToLinear"/> gives the mid-point of the sample's quantisation interval.
    /// </summary>
    public static byte LinearToMuLaw(short sample)
    {
        const int Bias = 0x84;
        const int Clip = 32635;
        int magnitude = sample;
        var sign = 0;
        if (magnitude < 0)
        {
            magnitude = -magnitude;
            sign = 0x80;
        }

        magnitude = Math.Min(magnitude, Clip) + Bias;
        var segment = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && segment > 0; mask >>= 1)
        {
            segment--;
        }

        var step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte)~(sign | (segment << 4) | step);
    }

    internal static ReadOnlySpan<short> MuLaw => MuLawTable;

    internal static ReadOnlySpan<short> ALaw => ALawTable;

    private static short[] BuildMuLaw()
    {
        // G.711 µ-law: code words are transmitted inverted; bit 7 = sign (1 = positive after inversion is 0),
        // bits 6-4 = segment (exponent), bits 3-0 = step. Magnitude = ((2·step + 33) << segment) − 33 in 14-bit units;
        // ×4 gives 16-bit scale, i.e. (((step << 3) + 0x84) << segment) − 0x84.
        var table = new short[256];
        for (var i = 0; i < 256; i++)
        {
            var u = ~i & 0xFF;
            var t = ((u & 0x0F) << 3) + 0x84;
            t <<= (u & 0x70) >> 4;
            table[i] = (short)((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
        }

        return table;
    }

    private static short[] BuildALaw()
    {
        // G.711 A-law: even bits are inverted on the line (XOR 0x55); bit 7 = sign (1 = positive), bits 6-4 = segment,
        // bits 3-0 = step. Segment 0 and 1 share one step size (the 13-segment approximation); decoded values are the
        // mid-points of the quantisation intervals, in 13-bit units ×8.
        var table = new short[256];
        for (var i = 0; i < 256; i++)
        {
            var a = i ^ 0x55;
            var t = (a & 0x0F) << 4;
            var segment = (a & 0x70) >> 4;
            t = segment switch
            {
                0 => t + 8,
                1 => t + 0x108,
                _ => (t + 0x108) << (segment - 1),
            };
            table[i] = (short)((a & 0x80) != 0 ? t : -t);
        }

        return table;
    }
}
