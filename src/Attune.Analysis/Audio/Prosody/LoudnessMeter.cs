namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Integrated loudness per ITU-R BS.1770-4 (10/2015), online: K-weighting per channel, mean square over
/// 400 ms gating blocks with 75% overlap (a new block every 100 ms), absolute gate at -70 LUFS, relative gate
/// 10 LU below the absolutely-gated level; L = -0.691 + 10·log10(Σ G_i · z_i) (eq. 2, channel weights G = 1
/// for front channels). Reported for the channels combined and for each channel alone (a call recording's
/// customer and advisor). Memory: one double per channel per 100 ms step (the gating needs every block).
/// </summary>
public sealed class LoudnessMeter
{
    /// <summary>Absolute gating threshold Γa (LUFS).</summary>
    public const double AbsoluteGate = -70;

    /// <summary>Relative gate, LU below the absolutely gated loudness.</summary>
    public const double RelativeGate = -10;

    private readonly int _channels;
    private readonly Biquad[] _shelf;
    private readonly Biquad[] _highPass;
    private readonly double[] _stepSum;                // Σ y² of the current 100 ms step, per channel
    private readonly List<double>[] _steps;            // mean-square-weighted sums of finished steps, per channel
    private readonly int _stepSamples;
    private int _inStep;

    public LoudnessMeter(int sampleRate, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        _channels = channels;
        _shelf = new Biquad[channels];
        _highPass = new Biquad[channels];
        _steps = new List<double>[channels];
        for (var c = 0; c < channels; c++)
        {
            _shelf[c] = KWeighting.Shelf(sampleRate);
            _highPass[c] = KWeighting.HighPass(sampleRate);
            _steps[c] = [];
        }

        _stepSum = new double[channels];
        // Blocks of 400 ms stepping by 100 ms (75% overlap) are built from four 100 ms sums.
        _stepSamples = (int)Math.Round(sampleRate * 0.1);
    }

    public int Channels => _channels;

    /// <summary>Push interleaved samples (±1.0 full scale); the length must be a multiple of the channel count.</summary>
    public void Push(ReadOnlySpan<float> interleaved)
    {
        if (interleaved.Length % _channels != 0)
        {
            throw new ArgumentException($"{interleaved.Length} samples is not a whole number of {_channels}-channel frames.", nameof(interleaved));
        }

        for (var i = 0; i < interleaved.Length; i += _channels)
        {
            for (var c = 0; c < _channels; c++)
            {
                var y = _highPass[c].Process(_shelf[c].Process(interleaved[i + c]));
                _stepSum[c] += y * y;
            }

            if (++_inStep == _stepSamples)
            {
                for (var c = 0; c < _channels; c++)
                {
                    _steps[c].Add(_stepSum[c]);
                    _stepSum[c] = 0;
                }

                _inStep = 0;
            }
        }
    }

    /// <summary>Integrated loudness of all channels together (LUFS); -∞ when no block passes the gates.</summary>
    public double Integrated() => Gate(0, _channels);

    /// <summary>Integrated loudness of channel <paramref name="channel"/> alone (LUFS).</summary>
    public double IntegratedOf(int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, _channels);
        return Gate(channel, channel + 1);
    }

    private double Gate(int firstChannel, int endChannel)
    {
        var blocks = _steps[0].Count - 3;
        if (blocks <= 0)
        {
            return double.NegativeInfinity;
        }

        // z summed over channels (G = 1), per block: mean square over the 4 steps of the block.
        var power = new double[blocks];
        var blockSamples = 4.0 * _stepSamples;
        for (var j = 0; j < blocks; j++)
        {
            double sum = 0;
            for (var c = firstChannel; c < endChannel; c++)
            {
                var s = _steps[c];
                sum += (s[j] + s[j + 1] + s[j + 2] + s[j + 3]) / blockSamples;
            }

            power[j] = sum;
        }

        var absolutePower = PowerOf(AbsoluteGate);
        var (mean, count) = MeanAbove(power, absolutePower);
        if (count == 0)
        {
            return double.NegativeInfinity;
        }

        var relativePower = PowerOf(LoudnessOf(mean) + RelativeGate);
        (mean, count) = MeanAbove(power, Math.Max(absolutePower, relativePower));
        return count == 0 ? double.NegativeInfinity : LoudnessOf(mean);
    }

    private static (double Mean, int Count) MeanAbove(double[] power, double threshold)
    {
        double sum = 0;
        var count = 0;
        foreach (var p in power)
        {
            if (p > threshold)
            {
                sum += p;
                count++;
            }
        }

        return (count == 0 ? 0 : sum / count, count);
    }

    /// <summary>BS.1770-4 eq. (2): loudness of a (channel-weighted) mean square.</summary>
    private static double LoudnessOf(double meanSquare) => -0.691 + 10 * Math.Log10(meanSquare);

    private static double PowerOf(double lufs) => Math.Pow(10, (lufs + 0.691) / 10);
}
