namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// K-weighting of ITU-R BS.1770-4 (Annex 1, Figures 1-2): a high-shelf "pre-filter" (+4 dB above ~1.5 kHz,
/// modelling the head) followed by the RLB high-pass (~38 Hz). The recommendation tabulates the coefficients
/// only at 48 kHz; here they are recomputed for any rate from the analogue prototype parameters that reproduce
/// the 48 kHz table (bilinear transform with pre-warping: K = tan(π f0 / fs)), the derivation used by
/// libebur128 (J. Kokemüller, MIT) and pyloudnorm (Steinmetz &amp; Reiss 2021). At 48 kHz they match the
/// published table to ~1e-8.
/// </summary>
public static class KWeighting
{
    // Analogue prototype of stage 1 (shelving) and stage 2 (high-pass), fitted to the BS.1770 48 kHz table.
    private const double ShelfHz = 1681.974450955533;
    private const double ShelfGainDb = 3.999843853973347;
    private const double ShelfQ = 0.7071752369554196;
    private const double ShelfBandExponent = 0.4996667741545416;
    private const double HighPassHz = 38.13547087602444;
    private const double HighPassQ = 0.5003270373238773;

    /// <summary>Stage 1: the high-shelf pre-filter at <paramref name="sampleRate"/>.</summary>
    public static Biquad Shelf(double sampleRate)
    {
        var k = Math.Tan(Math.PI * ShelfHz / sampleRate);
        var vh = Math.Pow(10, ShelfGainDb / 20);
        var vb = Math.Pow(vh, ShelfBandExponent);
        var a0 = 1 + k / ShelfQ + k * k;
        return new Biquad(
            (vh + vb * k / ShelfQ + k * k) / a0,
            2 * (k * k - vh) / a0,
            (vh - vb * k / ShelfQ + k * k) / a0,
            2 * (k * k - 1) / a0,
            (1 - k / ShelfQ + k * k) / a0);
    }

    /// <summary>Stage 2: the RLB high-pass at <paramref name="sampleRate"/> (numerator 1, -2, 1 as in the recommendation).</summary>
    public static Biquad HighPass(double sampleRate)
    {
        var k = Math.Tan(Math.PI * HighPassHz / sampleRate);
        var a0 = 1 + k / HighPassQ + k * k;
        return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / HighPassQ + k * k) / a0);
    }
}
