namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Integrated loudness per ITU-R BS.1770-4 (10/2015), online: K-weighting per channel, mean square over
/// 400 ms gating blocks with 75% overlap (a new block every 100 ms), absolute gate at -70 LUFS, relative gate
/// 10 LU below the absolutely-gated level; L = -0.691 + 10·log10(Σ G_i · z_i) (eq. 2, channel weights G = 1
/// for front channels). Reported for the channels combined and for each channel alone (a call recording's
/// customer and advisor). Memory stays flat however long the stream: instead of keeping every block, each block's
/// power is added to a histogram of 0.01 LU bins (count and power sum per bin, the approach of libebur128's
/// histogram mode), so the gated means are exact sums and only the relative gate is placed to within one bin.
/// </summary>
public sealed class LoudnessMeter
{
    /// <summary>Absolute gating threshold Γa (LUFS).</summary>
    public const double AbsoluteGate = -70;

    /// <summary>Relative gate, LU below the absolutely gated loudness.</summary>
    public const double RelativeGate = -10;

    private const double HistogramFloor = AbsoluteGate;
    private const double HistogramCeiling = 10;
    private const double BinWidth = 0.01;
    private static readonly int BinCount = (int)Math.Round((HistogramCeiling - HistogramFloor) / BinWidth);

    private readonly int _channels;
    private readonly Biquad[] _shelf;
    private readonly Biquad[] _highPass;
    private readonly double[] _stepSum;        // Σ y² of the current 100 ms step, per channel
    private readonly double[] _recentSteps;    // the last four finished step sums, per channel (ring: channel · 4 + slot)
    private readonly Histogram[] _histograms;  // one per channel, then one for all channels combined
    private readonly int _stepSamples;
    private double[]? _monoScratch;            // one step of K-weighted samples (mono path)
    private int _inStep;
    private long _finishedSteps;

    public LoudnessMeter(int sampleRate, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        _channels = channels;
        _shelf = new Biquad[channels];
        _highPass = new Biquad[channels];
        for (var c = 0; c < channels; c++)
        {
            _shelf[c] = KWeighting.Shelf(sampleRate);
            _highPass[c] = KWeighting.HighPass(sampleRate);
        }

        _stepSum = new double[channels];
        _recentSteps = new double[channels * 4];
        _histograms = new Histogram[channels + 1];
        for (var h = 0; h < _histograms.Length; h++)
        {
            _histograms[h] = new Histogram();
        }

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

        if (_channels == 1)
        {
            PushMono(interleaved);
            return;
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
                FinishStep();
            }
        }
    }

    /// <summary>
    /// One channel (a call analysed channel by channel): the same filters and sums as the interleaved path, to the
    /// bit, but a 100 ms step at a time through the block forms of <see cref="Biquad"/>, whose state stays in
    /// registers instead of being stored and reloaded every sample.
    /// </summary>
    private void PushMono(ReadOnlySpan<float> samples)
    {
        var filtered = _monoScratch ??= new double[_stepSamples];
        while (!samples.IsEmpty)
        {
            var n = Math.Min(samples.Length, _stepSamples - _inStep);
            var block = filtered.AsSpan(0, n);
            _shelf[0].Process(samples[..n], block);
            _highPass[0].Process(block);
            var sum = _stepSum[0];
            foreach (var y in block)
            {
                sum += y * y;
            }

            _stepSum[0] = sum;
            samples = samples[n..];
            _inStep += n;
            if (_inStep == _stepSamples)
            {
                FinishStep();
            }
        }
    }

    /// <summary>Integrated loudness of all channels together (LUFS); -∞ when no block passes the gates.</summary>
    public double Integrated() => _histograms[_channels].Gated();

    /// <summary>Integrated loudness of channel <paramref name="channel"/> alone (LUFS).</summary>
    public double IntegratedOf(int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, _channels);
        return _histograms[channel].Gated();
    }

    private void FinishStep()
    {
        var slot = (int)(_finishedSteps % 4);
        for (var c = 0; c < _channels; c++)
        {
            _recentSteps[c * 4 + slot] = _stepSum[c];
            _stepSum[c] = 0;
        }

        _inStep = 0;
        if (++_finishedSteps < 4)
        {
            return;
        }

        // A complete 400 ms block ends here: z_i = mean square over it (eq. 1), G = 1, summed for the combined figure.
        var blockSamples = 4.0 * _stepSamples;
        double combined = 0;
        for (var c = 0; c < _channels; c++)
        {
            var z = (_recentSteps[c * 4] + _recentSteps[c * 4 + 1] + _recentSteps[c * 4 + 2] + _recentSteps[c * 4 + 3]) / blockSamples;
            _histograms[c].Add(z);
            combined += z;
        }

        _histograms[_channels].Add(combined);
    }

    /// <summary>Gating blocks by loudness: count and power sum per 0.01 LU bin from the absolute gate up.</summary>
    private sealed class Histogram
    {
        private readonly long[] _counts = new long[BinCount];
        private readonly double[] _sums = new double[BinCount];

        public void Add(double power)
        {
            if (power <= 0)
            {
                return;
            }

            var loudness = LoudnessOf(power);
            if (loudness <= AbsoluteGate)
            {
                return; // Below the absolute gate: never counted.
            }

            var bin = Math.Min(BinCount - 1, (int)((loudness - HistogramFloor) / BinWidth));
            _counts[bin]++;
            _sums[bin] += power;
        }

        /// <summary>Mean power of the absolutely gated blocks, relative gate 10 LU below it, mean of the blocks above both.</summary>
        public double Gated()
        {
            var (sum, count) = SumFrom(0);
            if (count == 0)
            {
                return double.NegativeInfinity;
            }

            var relative = LoudnessOf(sum / count) + RelativeGate;
            // The bin holding the relative gate is counted when its mean block is above the gate.
            var bin = Math.Max(0, (int)((relative - HistogramFloor) / BinWidth));
            if (bin < BinCount && _counts[bin] > 0 && LoudnessOf(_sums[bin] / _counts[bin]) <= relative)
            {
                bin++;
            }

            (sum, count) = SumFrom(bin);
            return count == 0 ? double.NegativeInfinity : LoudnessOf(sum / count);
        }

        private (double Sum, long Count) SumFrom(int first)
        {
            double sum = 0;
            long count = 0;
            for (var b = first; b < BinCount; b++)
            {
                sum += _sums[b];
                count += _counts[b];
            }

            return (sum, count);
        }
    }

    /// <summary>BS.1770-4 eq. (2): loudness of a (channel-weighted) mean square.</summary>
    private static double LoudnessOf(double meanSquare) => -0.691 + 10 * Math.Log10(meanSquare);
}
