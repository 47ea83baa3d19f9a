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

    public void Reset() => _x1 = _x2 = _y1 = _y2 = 0;
}
