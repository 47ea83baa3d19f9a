using System.Numerics.Tensors;

namespace Attune.Analysis.Audio.Resampling;

/// <summary>
/// Streaming band-limited sample-rate converter for any pair of integer rates (e.g. 8, 11.025, 22.05, 44.1 or
/// 48 kHz to the 16 kHz speech recognisers expect). It follows the bandlimited interpolation algorithm of
/// J. O. Smith, "Digital Audio Resampling Home Page" (ccrma.stanford.edu/~jos/resample/, 2002–2021): every
/// output sample is the input convolved with a windowed-sinc low-pass evaluated at the output instant.
/// The low-pass has its cutoff below the LOWER of the two Nyquist frequencies (scaled by the rate ratio when
/// decimating, as in Smith's "lowpass prescaling"), so downsampling 48 kHz to 16 kHz does not alias and
/// upsampling does not leave images. The window is a Kaiser window (J. F. Kaiser, "Nonrecursive digital filter
/// design using the I0-sinh window function", ISCAS 1974) sized by Kaiser's length formula for the requested
/// stop-band attenuation and transition width.
/// <para>
/// Implementation: the ratio is reduced to out/in = L/M; output n lies at input position n·M/L = i + p/L.
/// For L up to <see cref="ResamplerOptions.MaxPhases"/> a polyphase table holds one coefficient row per phase p
/// (exact). For awkward ratios (e.g. 8001 Hz, L = 16000) the table holds MaxPhases + 1 rows over one input
/// sample and two neighbouring rows are interpolated linearly, which is Smith's table-lookup-with-linear-
/// interpolation form; with ≥ 512 rows per zero crossing its error is below the window's side lobes.
/// The inner product runs on <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>.
/// </para>
/// <para>
/// Timing: the kernel is centred on the output instant, so there is no group delay: output sample n is the
/// signal at time n / OutputRate, the same instant as input sample n·InputRate/OutputRate. The price is a
/// look-ahead of <see cref="LookaheadSamples"/> input samples; <see cref="Flush"/> emits the tail. The signal
/// before the first sample is taken as silence. Chunked and one-shot processing give identical output.
/// Not thread-safe: one instance per channel and stream.
/// </para>
/// </summary>
public sealed class Resampler
{
    private const int ChunkCapacity = 4096;

    private readonly int _up;        // L
    private readonly int _down;      // M
    private readonly int _taps;      // N, even
    private readonly int _phases;    // table rows used per input sample
    private readonly bool _exact;    // phases == L: no interpolation between rows
    private readonly float[] _table; // (_phases + (_exact ? 0 : 1)) rows × _taps
    private readonly float[] _buffer;
    private readonly float[] _scratch; // output of one chunk, for the ICollection overloads
    private int _count;              // valid samples in _buffer
    private long _bufferStart;       // absolute input index of _buffer[0]
    private long _received;          // input samples pushed so far
    private long _emitted;           // output samples produced so far (= next output index)
    private long _nextInput;         // i of the next output
    private int _nextPhase;          // p of the next output, 0 ≤ p < L

    public Resampler(int inputRate, int outputRate, ResamplerOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputRate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputRate, 1);
        var o = options ?? new ResamplerOptions();
        if (o.StopbandAttenuationDb is < 20 or > 200)
        {
            throw new ArgumentException($"ResamplerOptions.StopbandAttenuationDb must be 20–200 dB, got {o.StopbandAttenuationDb}.", nameof(options));
        }

        if (o.TransitionFraction is <= 0 or >= 1)
        {
            throw new ArgumentException($"ResamplerOptions.TransitionFraction must be in (0, 1), got {o.TransitionFraction}.", nameof(options));
        }

        if (o.MaxPhases is < 16 or > 65536)
        {
            throw new ArgumentException($"ResamplerOptions.MaxPhases must be 16–65536, got {o.MaxPhases}.", nameof(options));
        }

        InputRate = inputRate;
        OutputRate = outputRate;
        var g = Gcd(inputRate, outputRate);
        _up = outputRate / g;
        _down = inputRate / g;

        // Pass band up to (1 − transition)·Nyquist_low, stop band from Nyquist_low: cutoff in the middle.
        // Everything below is in units of input samples (Smith's "lowpass prescaling" when decimating).
        var lowNyquist = Math.Min(inputRate, outputRate) / 2.0;
        var transitionHz = o.TransitionFraction * lowNyquist;
        var cutoffHz = lowNyquist - transitionHz / 2;
        var fc = cutoffHz / inputRate;                       // cycles per input sample, < 0.5
        var a = o.StopbandAttenuationDb;
        // Kaiser (1974) design: β from the attenuation, length from attenuation and transition width.
        var beta = a > 50 ? 0.1102 * (a - 8.7) : a >= 21 ? 0.5842 * Math.Pow(a - 21, 0.4) + 0.07886 * (a - 21) : 0;
        var length = (a - 7.95) / (14.36 * (transitionHz / inputRate));
        var halfWidth = Math.Max(2.0, length / 2);           // kernel support |t| ≤ halfWidth input samples
        _taps = 2 * ((int)Math.Ceiling(halfWidth) + 1);

        _exact = _up <= o.MaxPhases;
        _phases = _exact ? _up : o.MaxPhases;
        var rows = _exact ? _phases : _phases + 1;
        _table = new float[rows * _taps];
        var i0Beta = BesselI0(beta);
        var row = new double[_taps];
        for (var r = 0; r < rows; r++)
        {
            // Row r serves outputs at fractional input position frac = r / phases. Tap q multiplies input
            // sample (i − N/2 + 1 + q), i.e. lies at distance d = frac + N/2 − 1 − q from the output instant.
            var frac = (double)r / _phases;
            var sum = 0.0;
            for (var q = 0; q < _taps; q++)
            {
                var d = frac + _taps / 2 - 1 - q;
                var h = 0.0;
                if (Math.Abs(d) < halfWidth)
                {
                    var x = d / halfWidth;
                    h = 2 * fc * Sinc(2 * fc * d) * BesselI0(beta * Math.Sqrt(1 - x * x)) / i0Beta;
                }

                row[q] = h;
                sum += h;
            }

            // Unit DC gain for every phase: removes the small phase-to-phase gain ripple of a truncated kernel.
            for (var q = 0; q < _taps; q++)
            {
                _table[r * _taps + q] = (float)(row[q] / sum);
            }
        }

        _buffer = new float[_taps + ChunkCapacity];
        _scratch = new float[Math.Max(MaxOutputLength(ChunkCapacity), MaxOutputLength(LookaheadSamples))];
        Reset();
    }

    public int InputRate { get; }

    public int OutputRate { get; }

    /// <summary>Taps of the FIR evaluated per output sample.</summary>
    public int Taps => _taps;

    /// <summary>Input samples an output sample waits for beyond its own instant.</summary>
    public int LookaheadSamples => _taps / 2;

    /// <summary>An upper bound on the samples one <see cref="Process(ReadOnlySpan{float}, Span{float})"/> call of this length writes.</summary>
    public int MaxOutputLength(int inputLength) => (int)(((long)inputLength * _up + _down - 1) / _down) + 2;

    /// <summary>Forget all input: the next sample is time 0 again.</summary>
    public void Reset()
    {
        // N/2 − 1 zeros stand for the silence before time 0, so output 0 is centred on input 0.
        Array.Clear(_buffer);
        _count = _taps / 2 - 1;
        _bufferStart = -_count;
        _received = 0;
        _emitted = 0;
        _nextInput = 0;
        _nextPhase = 0;
    }

    /// <summary>Push input samples; every output sample whose look-ahead is now available is appended.</summary>
    public void Process(ReadOnlySpan<float> input, ICollection<float> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (!input.IsEmpty)
        {
            var take = Math.Min(input.Length, ChunkCapacity);
            var written = Process(input[..take], _scratch);
            for (var k = 0; k < written; k++)
            {
                output.Add(_scratch[k]);
            }

            input = input[take..];
        }
    }

    /// <summary>
    /// Push input samples and write the output samples now available into <paramref name="output"/>, which must
    /// hold at least <see cref="MaxOutputLength"/>(input.Length) samples. Returns the number written.
    /// </summary>
    public int Process(ReadOnlySpan<float> input, Span<float> output)
    {
        if (output.Length < MaxOutputLength(input.Length))
        {
            throw new ArgumentException($"Output span holds {output.Length} samples; {MaxOutputLength(input.Length)} may be written.", nameof(output));
        }

        var written = 0;
        while (!input.IsEmpty)
        {
            var take = Math.Min(input.Length, _buffer.Length - _count);
            input[..take].CopyTo(_buffer.AsSpan(_count));
            _count += take;
            _received += take;
            input = input[take..];
            written += Drain(output[written..], _received);
            Compact();
        }

        return written;
    }

    /// <summary>
    /// End of stream: emit the remaining outputs up to the instant of the last input sample (silence is assumed
    /// after it), then <see cref="Reset"/>. Returns the number written; <paramref name="output"/> needs
    /// <see cref="MaxOutputLength"/>(<see cref="LookaheadSamples"/>) samples.
    /// </summary>
    public int Flush(Span<float> output)
    {
        if (output.Length < MaxOutputLength(LookaheadSamples))
        {
            throw new ArgumentException($"Output span holds {output.Length} samples; {MaxOutputLength(LookaheadSamples)} may be written.", nameof(output));
        }

        var total = (_received * _up + _down - 1) / _down; // outputs at instants < end of input
        var written = 0;
        while (_emitted < total)
        {
            var zeros = Math.Min(_buffer.Length - _count, _taps);
            _buffer.AsSpan(_count, zeros).Clear();
            _count += zeros;
            var available = _bufferStart + _count;
            written += Drain(output[written..], available, total);
            Compact();
        }

        Reset();
        return written;
    }

    /// <summary>As <see cref="Flush(Span{float})"/>, appending to a collection.</summary>
    public void Flush(ICollection<float> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var written = Flush(_scratch);
        for (var k = 0; k < written; k++)
        {
            output.Add(_scratch[k]);
        }
    }

    private int Drain(Span<float> output, long available, long limit = long.MaxValue)
    {
        var written = 0;
        var half = _taps / 2;
        while (_emitted < limit && _nextInput + half < available)
        {
            var start = (int)(_nextInput - half + 1 - _bufferStart);
            var window = new ReadOnlySpan<float>(_buffer, start, _taps);
            float y;
            if (_exact)
            {
                y = TensorPrimitives.Dot(window, new ReadOnlySpan<float>(_table, _nextPhase * _taps, _taps));
            }
            else
            {
                var position = (double)_nextPhase * _phases / _up;
                var row = (int)position;
                var frac = (float)(position - row);
                var y0 = TensorPrimitives.Dot(window, new ReadOnlySpan<float>(_table, row * _taps, _taps));
                var y1 = TensorPrimitives.Dot(window, new ReadOnlySpan<float>(_table, (row + 1) * _taps, _taps));
                y = y0 + (y1 - y0) * frac;
            }

            output[written++] = y;
            _emitted++;
            _nextPhase += _down;
            _nextInput += _nextPhase / _up;
            _nextPhase %= _up;
        }

        return written;
    }

    /// <summary>Drop input no future output needs.</summary>
    private void Compact()
    {
        var keepFrom = _nextInput - _taps / 2 + 1;
        var drop = (int)Math.Clamp(keepFrom - _bufferStart, 0, _count);
        if (drop == 0)
        {
            return;
        }

        _buffer.AsSpan(drop, _count - drop).CopyTo(_buffer);
        _count -= drop;
        _bufferStart += drop;
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    /// <summary>Zeroth-order modified Bessel function of the first kind, by its power series (converges fast for the β used here).</summary>
    private static double BesselI0(double x)
    {
        var sum = 1.0;
        var term = 1.0;
        var half = x / 2;
        for (var k = 1; k < 64; k++)
        {
            term *= half / k;
            var t2 = term * term;
            sum += t2;
            if (t2 < sum * 1e-17)
            {
                break;
            }
        }

        return sum;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
