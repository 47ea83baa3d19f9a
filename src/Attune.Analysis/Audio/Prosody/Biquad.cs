namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Second-order IIR section, direct form I in double precision (stable at the very low 38 Hz corner of
/// the K-weighting high-pass at 48 kHz). Coefficients are normalised (a0 = 1).
/// </summary>
public sealed class Biquad(double b0, double b1, double b2, double a1, double a2)
{
    private double _x1, _x2, _y1, _y2;

    public double B0 { get; } = b0;
    public double B1 { get; } = b1;
    public double B2 { get; } = b2;
    public double A1 { get; } = a1;
    public double A2 { get; } = a2;

    public double Process(double x)
    {
        var y = B0 * x + B1 * _x1 + B2 * _x2 - A1 * _y1 - A2 * _y2;
        _x2 = _x1;
        _x1 = x;
        _y2 = _y1;
        _y1 = y;
        return y;
    }

    /// <summary>
    /// Filters a block: the same arithmetic, in the same order, as <see cref="Process(double)"/> sample by sample
    /// (so the same results to the bit), with the state held in locals for the length of the block.
    /// </summary>
    public void Process(ReadOnlySpan<float> input, Span<double> output)
    {
        if (output.Length < input.Length)
        {
            throw new ArgumentException("The output must be at least as long as the input.", nameof(output));
        }

        double b0 = B0, b1 = B1, b2 = B2, a1 = A1, a2 = A2;
        double x1 = _x1, x2 = _x2, y1 = _y1, y2 = _y2;
        for (var i = 0; i < input.Length; i++)
        {
            double x = input[i];
            var y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            output[i] = y;
        }

        (_x1, _x2, _y1, _y2) = (x1, x2, y1, y2);
    }

    /// <summary>Filters a block in place, as <see cref="Process(ReadOnlySpan{float}, Span{double})"/>.</summary>
    public void Process(Span<double> samples)
    {
        double b0 = B0, b1 = B1, b2 = B2, a1 = A1, a2 = A2;
        double x1 = _x1, x2 = _x2, y1 = _y1, y2 = _y2;
        for (var i = 0; i < samples.Length; i++)
        {
            var x = samples[i];
            var y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            samples[i] = y;
        }

        (_x1, _x2, _y1, _y2) = (x1, x2, y1, y2);
    }

    public void Reset() => _x1 = _x2 = _y1 = _y2 = 0;
}
