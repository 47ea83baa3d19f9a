using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Online YIN fundamental-frequency tracker after A. de Cheveigné &amp; H. Kawahara, "YIN, a fundamental
/// frequency estimator for speech and music", JASA 111(4), 2002: (2) difference function, (3) cumulative
/// mean normalised difference, (4) absolute threshold, (5) parabolic interpolation, (6) best local estimate.
/// Fed with any number of samples at a time (whole files and live streams take the same path); one frame is
/// produced every hop, centred on <c>k · hop</c>. All buffers are allocated once in the constructor; the
/// difference function (the hot loop, O(window · maxLag) per frame) runs SIMD with <see cref="Vector{T}"/> lanes over
/// lags (and <see cref="TensorPrimitives"/> for the few lags left over). Not thread-safe: one instance per channel.
/// </summary>
public sealed class YinPitchTracker
{
    private readonly PitchTrackerOptions _options;
    private readonly int _sampleRate;
    private readonly int _hop;
    private readonly int _window;     // integration window W (paper eq. 6), one period of MinPitchHz
    private readonly int _minLag;
    private readonly int _maxLag;
    private readonly float[] _buffer; // W + maxLag samples, the frame centred at its middle
    private readonly float[] _reversed; // the buffer back to front, for the difference function's lanes over lags
    private readonly float[] _diff;   // d(τ), τ = 0..maxLag
    private readonly float[] _cmnd;   // d'(τ)
    private int _filled;
    private long _pushed;
    private long _frameIndex;
    private float _peakDbfs = FrameLevel.FloorDbfs;
    private double _lastHz;           // last voiced estimate, for the octave guard and step 6
    private int _framesSinceVoiced = int.MaxValue;

    public YinPitchTracker(int sampleRate, PitchTrackerOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1000);
        _options = options ?? new PitchTrackerOptions();
        if (_options.MinPitchHz <= 0 || _options.MaxPitchHz <= _options.MinPitchHz || _options.MaxPitchHz >= sampleRate / 2.0)
        {
            throw new ArgumentException($"Pitch range {_options.MinPitchHz}-{_options.MaxPitchHz} Hz is not valid at {sampleRate} Hz.", nameof(options));
        }

        _sampleRate = sampleRate;
        _hop = Math.Max(1, (int)Math.Round(_options.HopSeconds * sampleRate));
        _maxLag = (int)Math.Ceiling(sampleRate / _options.MinPitchHz) + 1;
        _minLag = Math.Max(2, (int)Math.Floor(sampleRate / _options.MaxPitchHz));
        _window = _maxLag;
        _buffer = new float[_window + _maxLag];
        _reversed = new float[_buffer.Length];
        _diff = new float[_maxLag + 2];
        _cmnd = new float[_maxLag + 2];
        // Start half a buffer of zeros in so that frame 0 is centred on the first sample.
        _filled = _buffer.Length / 2;
    }

    public int SampleRate => _sampleRate;

    /// <summary>Samples between frames.</summary>
    public int HopSamples => _hop;

    /// <summary>Samples one frame looks at (integration window plus the largest lag).</summary>
    public int FrameSamples => _buffer.Length;

    /// <summary>Push samples (±1.0 full scale); each completed frame is appended to <paramref name="output"/>.</summary>
    public void Push(ReadOnlySpan<float> samples, ICollection<PitchFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _pushed += samples.Length;
        while (!samples.IsEmpty)
        {
            var take = Math.Min(samples.Length, _buffer.Length - _filled);
            samples[..take].CopyTo(_buffer.AsSpan(_filled));
            _filled += take;
            samples = samples[take..];
            if (_filled == _buffer.Length)
            {
                output.Add(Analyse());
                // Slide by one hop.
                _buffer.AsSpan(_hop).CopyTo(_buffer);
                _filled -= _hop;
            }
        }
    }

    /// <summary>End of stream: pad with zeros until every frame centred on a pushed sample has been produced.</summary>
    public void Flush(ICollection<PitchFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (_frameIndex * _hop < _pushed)
        {
            _buffer.AsSpan(_filled).Clear();
            output.Add(Analyse());
            _buffer.AsSpan(_hop).CopyTo(_buffer);
            _filled = _buffer.Length - _hop;
        }
    }

    private PitchFrame Analyse()
    {
        var time = (double)_frameIndex++ * _hop / _sampleRate;
        var centre = _buffer.Length / 2;
        var hopStart = Math.Max(0, centre - _hop / 2);
        var dbfs = FrameLevel.Dbfs(_buffer.AsSpan(hopStart, Math.Min(_hop, _buffer.Length - hopStart)));
        // Running peak with a slow decay (about 1 dB per 100 ms of frames), for the relative silence gate.
        _peakDbfs = Math.Max(dbfs, _peakDbfs - (float)(10 * _options.HopSeconds));

        var windowLevel = FrameLevel.Dbfs(_buffer.AsSpan((_buffer.Length - _window) / 2, _window));
        if (windowLevel < _options.SilenceDbfs || windowLevel < _peakDbfs - _options.RelativeSilenceDb)
        {
            return Unvoiced(time, 1f, dbfs);
        }

        ComputeDifference();
        ComputeCmnd();

        var lag = AbsoluteThreshold();
        lag = OctaveGuard(lag);
        var aperiodicity = _cmnd[lag];
        if (aperiodicity > _options.VoicingThreshold)
        {
            return Unvoiced(time, aperiodicity, dbfs);
        }

        var period = ParabolicLag(lag);
        var hz = _sampleRate / period;
        if (hz < _options.MinPitchHz * 0.97 || hz > _options.MaxPitchHz * 1.03)
        {
            return Unvoiced(time, aperiodicity, dbfs);
        }

        _lastHz = hz;
        _framesSinceVoiced = 0;
        return new PitchFrame(time, hz, true, aperiodicity, dbfs);
    }

    private PitchFrame Unvoiced(double time, float aperiodicity, float dbfs)
    {
        if (_framesSinceVoiced < int.MaxValue)
        {
            _framesSinceVoiced++;
        }

        return new PitchFrame(time, 0, false, aperiodicity, dbfs);
    }

    /// <summary>
    /// Step 2, eq. (6): d(τ) = Σ_{j&lt;W} (x_j − x_{j+τ})². The two compared windows are placed symmetrically about
    /// the frame centre (starting at centre − (W + τ)/2), so that every lag measures the signal around the frame's
    /// time rather than up to half a window earlier.
    /// </summary>
    /// <remarks>
    /// The hot loop of the whole audio analysis. At telephone rates the window is short (135 samples at 8 kHz), so
    /// one SIMD reduction per lag spends most of its time on set-up and the final horizontal sum. Instead the lanes
    /// run over lags: for lags of one parity p, τ = 2m + p, the first window starts at centre − K_p − m
    /// (K_p = ⌊(W + p)/2⌋) and the second at centre − K_p + p + m, so for a fixed j the second samples of
    /// consecutive lags are consecutive in the buffer and the first are consecutive in a reversed copy of it.
    /// Each vector of lags then accumulates its W squared differences with no reduction at all; the lags left
    /// over at the end of each parity take the per-lag reduction.
    /// </remarks>
    private void ComputeDifference()
    {
        var x = _buffer.AsSpan();
        var length = _buffer.Length;
        var centre = length / 2;
        for (var i = 0; i < length; i++)
        {
            _reversed[i] = _buffer[length - 1 - i];
        }

        _diff[0] = 0;
        var lanes = Vector<float>.Count;
        ref var forward = ref MemoryMarshal.GetArrayDataReference(_buffer);
        ref var backward = ref MemoryMarshal.GetArrayDataReference(_reversed);
        for (var parity = 0; parity < 2; parity++)
        {
            var k = (_window + parity) / 2;
            var firstM = parity == 0 ? 1 : 0;             // τ = 0 is d(0) = 0
            var lastM = (_maxLag - parity) / 2;           // largest m with 2m + p ≤ maxLag
            var m = firstM;
            // x[centre − k − m + j] = reversed[length − 1 − centre + k − j + m]; x[centre − k + p + m + j] forward.
            var backBase = length - 1 - centre + k;
            var foreBase = centre - k + parity;
            // Four vectors of lags at a time: four independent accumulators keep the adds from waiting on each other.
            // (Measured on the noisy 10-minute call of bench/audio-speed.sh: the difference function took about 30%
            // less CPU than one TensorPrimitives.Distance per lag; pitch and voicing on fda.pitch are unchanged.)
            for (; m + 4 * lanes - 1 <= lastM; m += 4 * lanes)
            {
                var acc0 = Vector<float>.Zero;
                var acc1 = Vector<float>.Zero;
                var acc2 = Vector<float>.Zero;
                var acc3 = Vector<float>.Zero;
                for (var j = 0; j < _window; j++)
                {
                    var b = (nuint)(backBase - j + m);
                    var f = (nuint)(foreBase + j + m);
                    var d0 = Vector.LoadUnsafe(ref backward, b) - Vector.LoadUnsafe(ref forward, f);
                    var d1 = Vector.LoadUnsafe(ref backward, b + (nuint)lanes) - Vector.LoadUnsafe(ref forward, f + (nuint)lanes);
                    var d2 = Vector.LoadUnsafe(ref backward, b + (nuint)(2 * lanes)) - Vector.LoadUnsafe(ref forward, f + (nuint)(2 * lanes));
                    var d3 = Vector.LoadUnsafe(ref backward, b + (nuint)(3 * lanes)) - Vector.LoadUnsafe(ref forward, f + (nuint)(3 * lanes));
                    acc0 += d0 * d0;
                    acc1 += d1 * d1;
                    acc2 += d2 * d2;
                    acc3 += d3 * d3;
                }

                for (var l = 0; l < lanes; l++)
                {
                    _diff[2 * (m + l) + parity] = acc0[l];
                    _diff[2 * (m + lanes + l) + parity] = acc1[l];
                    _diff[2 * (m + 2 * lanes + l) + parity] = acc2[l];
                    _diff[2 * (m + 3 * lanes + l) + parity] = acc3[l];
                }
            }

            for (; m + lanes - 1 <= lastM; m += lanes)
            {
                var acc = Vector<float>.Zero;
                for (var j = 0; j < _window; j++)
                {
                    var d = Vector.LoadUnsafe(ref backward, (nuint)(backBase - j + m)) - Vector.LoadUnsafe(ref forward, (nuint)(foreBase + j + m));
                    acc += d * d;
                }

                for (var l = 0; l < lanes; l++)
                {
                    _diff[2 * (m + l) + parity] = acc[l];
                }
            }

            for (; m <= lastM; m++)
            {
                var tau = 2 * m + parity;
                var start = centre - (_window + tau) / 2;
                var distance = TensorPrimitives.Distance(x.Slice(start, _window), x.Slice(start + tau, _window));
                _diff[tau] = distance * distance;
            }
        }
    }

    /// <summary>Step 3, eq. (8): d'(τ) = d(τ) / ((1/τ) Σ_{j=1..τ} d(j)), d'(0) = 1.</summary>
    private void ComputeCmnd()
    {
        _cmnd[0] = 1;
        double running = 0;
        for (var tau = 1; tau <= _maxLag; tau++)
        {
            running += _diff[tau];
            _cmnd[tau] = running <= 0 ? 1f : (float)(_diff[tau] * tau / running);
        }
    }

    /// <summary>
    /// Step 4: the smallest lag in range whose d' dips below the threshold, followed down to the bottom of
    /// that dip; when no dip reaches it, the global minimum (the paper's fallback), which the voicing test judges.
    /// </summary>
    private int AbsoluteThreshold()
    {
        var threshold = (float)_options.Threshold;
        for (var tau = _minLag; tau < _maxLag; tau++)
        {
            if (_cmnd[tau] < threshold)
            {
                while (tau + 1 < _maxLag && _cmnd[tau + 1] < _cmnd[tau])
                {
                    tau++;
                }

                return tau;
            }
        }

        // No dip under the threshold: the paper takes the global minimum, but in jittery or breathy speech that is
        // often a multiple of the period; the shortest local minimum nearly as deep (within 0.1) is taken instead,
        // the same preference for the shortest period that the threshold itself expresses.
        var global = LocalMinimumNear(_minLag, _maxLag - 1);
        var nearlyAsDeep = _cmnd[global] + 0.1f;
        for (var tau = _minLag + 1; tau < global; tau++)
        {
            if (_cmnd[tau] < nearlyAsDeep && _cmnd[tau] <= _cmnd[tau - 1] && _cmnd[tau] <= _cmnd[tau + 1])
            {
                return tau;
            }
        }

        return global;
    }

    /// <summary>
    /// Octave-error guard. YIN's threshold already prefers the shortest good period (against sub-harmonic
    /// errors); the remaining errors are jumps against the running estimate. As in step 6 ("best local
    /// estimate"), the previous voiced frame's period is taken as a prior: when the chosen lag is about half or
    /// double of it and the dip at the prior's lag is nearly as deep, the prior's lag wins.
    /// </summary>
    private int OctaveGuard(int lag)
    {
        // The prior holds across short unvoiced gaps only (50 ms, whatever the hop).
        if (_lastHz <= 0 || _framesSinceVoiced * _options.HopSeconds > 0.05)
        {
            return lag;
        }

        var priorLag = _sampleRate / _lastHz;
        var ratio = priorLag / lag;
        if (ratio is > 0.8 and < 1.25)
        {
            return lag;
        }

        var from = (int)Math.Floor(priorLag * 0.85);
        var to = (int)Math.Ceiling(priorLag * 1.15);
        if (from < _minLag || to >= _maxLag)
        {
            return lag;
        }

        var candidate = LocalMinimumNear(from, to);
        // Accept the prior's octave only when its dip is clearly periodic and not much worse than the chosen one.
        return _cmnd[candidate] < _options.Threshold * 1.5 && _cmnd[candidate] <= _cmnd[lag] + 0.05f ? candidate : lag;
    }

    private int LocalMinimumNear(int from, int to)
    {
        from = Math.Max(from, 1);
        to = Math.Min(to, _maxLag - 1);
        var span = _cmnd.AsSpan(from, to - from + 1);
        return from + TensorPrimitives.IndexOfMin(span);
    }

    /// <summary>Step 5: parabolic interpolation of d' around the chosen lag, for sub-sample period resolution.</summary>
    private double ParabolicLag(int lag)
    {
        if (lag <= 1 || lag >= _maxLag)
        {
            return lag;
        }

        double a = _cmnd[lag - 1], b = _cmnd[lag], c = _cmnd[lag + 1];
        var denominator = a - 2 * b + c;
        if (denominator <= 1e-12)
        {
            return lag;
        }

        var shift = 0.5 * (a - c) / denominator;
        return lag + Math.Clamp(shift, -0.5, 0.5);
    }
}
