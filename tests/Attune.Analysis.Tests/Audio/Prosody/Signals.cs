using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Prosody;

/// <summary>Building blocks for the voice-activity and speaking-rate tests: signals at given levels, G.711 round trip, tracking.</summary>
internal static class Signals
{
    /// <summary>Amplitude of white noise (uniform) with the given RMS level in dBFS.</summary>
    public static double UniformAmplitude(double dbfs) => Math.Pow(10, dbfs / 20) * Math.Sqrt(3);

    /// <summary>Adds <paramref name="burst"/> into <paramref name="signal"/> at <paramref name="at"/> seconds.</summary>
    public static void Place(float[] signal, float[] burst, int sampleRate, double at)
    {
        var offset = (int)Math.Round(at * sampleRate);
        for (var i = 0; i < burst.Length && offset + i < signal.Length; i++)
        {
            signal[offset + i] += burst[i];
        }
    }

    /// <summary>Harmonic tone with 5 ms raised-cosine edges (no click), <paramref name="dbfs"/> approximately its RMS level.</summary>
    public static float[] Tone(int sampleRate, double hz, double seconds, double dbfs = -20)
    {
        var x = Synth.Harmonic(sampleRate, hz, seconds, amplitude: 1);
        var rms = Math.Sqrt(x.Sum(v => (double)v * v) / x.Length);
        var gain = Math.Pow(10, dbfs / 20) / rms;
        var edge = (int)(0.005 * sampleRate);
        for (var i = 0; i < x.Length; i++)
        {
            var ramp = Math.Min(1, Math.Min(i, x.Length - 1 - i) / (double)edge);
            x[i] = (float)(x[i] * gain * 0.5 * (1 - Math.Cos(Math.PI * ramp)));
        }

        return x;
    }

    public static float[] WhiteNoise(int sampleRate, double seconds, double dbfs, int seed = 11) =>
        Synth.Noise(sampleRate, seconds, UniformAmplitude(dbfs), seed);

    /// <summary>Pink (1/f) noise by P. Kellet's economy filter of white noise, scaled to the RMS level <paramref name="dbfs"/>.</summary>
    public static float[] PinkNoise(int sampleRate, double seconds, double dbfs, int seed = 13)
    {
        var random = new Random(seed);
        var x = new float[(int)(sampleRate * seconds)];
        double b0 = 0, b1 = 0, b2 = 0, sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var white = random.NextDouble() * 2 - 1;
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            var v = b0 + b1 + b2 + white * 0.1848;
            x[i] = (float)v;
            sum += v * v;
        }

        var gain = Math.Pow(10, dbfs / 20) / Math.Sqrt(sum / x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (float)(x[i] * gain);
        }

        return x;
    }

    /// <summary>
    /// G.711 µ-law round trip: each sample becomes the nearest value the product's decoder can produce (what a
    /// telephone line delivers), through the <see cref="G711"/> table.
    /// </summary>
    public static float[] MuLawRoundTrip(float[] signal)
    {
        var levels = new float[256];
        for (var code = 0; code < 256; code++)
        {
            levels[code] = G711.MuLawToLinear((byte)code) / 32768f;
        }

        Array.Sort(levels);
        var y = new float[signal.Length];
        for (var i = 0; i < signal.Length; i++)
        {
            var index = Array.BinarySearch(levels, signal[i]);
            if (index < 0)
            {
                index = ~index;
                if (index == levels.Length || (index > 0 && signal[i] - levels[index - 1] < levels[index] - signal[i]))
                {
                    index--;
                }
            }

            y[i] = levels[index];
        }

        return y;
    }

    public static List<PitchFrame> Track(float[] signal, int sampleRate, int chunk = 441)
    {
        var tracker = new YinPitchTracker(sampleRate);
        var frames = new List<PitchFrame>();
        for (var i = 0; i < signal.Length; i += chunk)
        {
            tracker.Push(signal.AsSpan(i, Math.Min(chunk, signal.Length - i)), frames);
        }

        tracker.Flush(frames);
        return frames;
    }

    public static List<SpeechSegment> Segments(IEnumerable<PitchFrame> frames, VoiceActivityOptions? options = null)
    {
        var vad = new VoiceActivityDetector(options);
        var segments = new List<SpeechSegment>();
        foreach (var frame in frames)
        {
            vad.Process(frame, segments);
        }

        vad.Flush(segments);
        return segments;
    }

    public static List<double> Nuclei(IEnumerable<PitchFrame> frames, SpeakingRateOptions? options = null)
    {
        var detector = new SyllableNucleusDetector(options);
        var nuclei = new List<double>();
        foreach (var frame in frames)
        {
            detector.Process(frame, nuclei);
        }

        detector.Flush(nuclei);
        Assert.Equal(nuclei.Count, detector.Count);
        return nuclei;
    }

    public static string Describe(IEnumerable<SpeechSegment> segments) =>
        string.Join(", ", segments.Select(s => $"{s.Start:0.000}-{s.End:0.000}"));
}
