using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;
using BenchmarkDotNet.Attributes;

namespace Attune.Bench;

/// <summary>
/// The per-channel audio analyser (DC blocker, YIN, voice activity, syllable nuclei, BS.1770 loudness, prosody
/// track) on 10 s of a synthesised 8 kHz telephone voice, pushed in the blocks a file is read in; and its two
/// heaviest parts alone. × real time per core = 10 s / Mean. A new analyser per operation (construction is part of
/// a call's cost and small).
/// </summary>
[MemoryDiagnoser]
public class ChannelAnalyzerBenchmarks
{
    private const int SampleRate = 8000;
    private const double Seconds = 10;
    private readonly List<PitchFrame> _frames = new(64);
    private float[] _signal = [];

    [GlobalSetup]
    public void Setup() => _signal = Synthesise();

    [Benchmark(Baseline = true)]
    public double ChannelAnalyzer()
    {
        var analyzer = new ChannelAnalyzer(Party.Customer, SampleRate);
        foreach (var block in Blocks())
        {
            analyzer.Push(block);
        }

        analyzer.Flush();
        return analyzer.Result(0).SpeechSeconds;
    }

    [Benchmark]
    public int YinPitchTracker()
    {
        var yin = new YinPitchTracker(SampleRate);
        var voiced = 0;
        foreach (var block in Blocks())
        {
            _frames.Clear();
            yin.Push(block, _frames);
            foreach (var f in _frames)
            {
                voiced += f.Voiced ? 1 : 0;
            }
        }

        return voiced;
    }

    [Benchmark]
    public double LoudnessMeter()
    {
        var meter = new LoudnessMeter(SampleRate, 1);
        foreach (var block in Blocks())
        {
            meter.Push(block);
        }

        return meter.Integrated();
    }

    private BlockEnumerable Blocks() => new(_signal, CallAudioOptions.Default.BlockFrames);

    /// <summary>
    /// Talk spurts of 1.2-2.5 s separated by 0.4-1 s pauses, over line noise at about -60 dBFS: each spurt a sum of
    /// 12 harmonics of a pitch gliding between 110 and 240 Hz (falling 1/f spectrum), its loudness modulated at
    /// about 4 Hz like syllables, and a little noise; a fixed seed, so every run analyses the same samples.
    /// </summary>
    private static float[] Synthesise()
    {
        var n = (int)(SampleRate * Seconds);
        var x = new float[n];
        var random = new Random(20021);
        var i = 0;
        while (i < n)
        {
            var talk = (int)(SampleRate * (1.2 + 1.3 * random.NextDouble()));
            var baseHz = 110 + 130 * random.NextDouble();
            double phase = 0;
            for (var k = 0; k < talk && i < n; k++, i++)
            {
                var t = (double)k / SampleRate;
                var f0 = baseHz * (1 + 0.15 * Math.Sin(2 * Math.PI * 0.7 * t));
                phase += 2 * Math.PI * f0 / SampleRate;
                double s = 0;
                for (var h = 1; h <= 12 && h * f0 < SampleRate / 2.0; h++)
                {
                    s += Math.Sin(h * phase) / h;
                }

                var syllable = 0.55 + 0.45 * Math.Sin(2 * Math.PI * 4.2 * t);
                x[i] = (float)(0.12 * syllable * s + 0.002 * (random.NextDouble() - 0.5));
            }

            var pause = (int)(SampleRate * (0.4 + 0.6 * random.NextDouble()));
            for (var k = 0; k < pause && i < n; k++, i++)
            {
                x[i] = (float)(0.002 * (random.NextDouble() - 0.5));
            }
        }

        return x;
    }

    /// <summary>The signal in file-sized blocks, without allocating per block.</summary>
    private readonly struct BlockEnumerable(float[] signal, int size)
    {
        public Enumerator GetEnumerator() => new(signal, size);

        public struct Enumerator(float[] signal, int size)
        {
            private int _start = -size;

            public readonly ReadOnlySpan<float> Current => signal.AsSpan(_start, Math.Min(size, signal.Length - _start));

            public bool MoveNext()
            {
                _start += size;
                return _start < signal.Length;
            }
        }
    }
}
