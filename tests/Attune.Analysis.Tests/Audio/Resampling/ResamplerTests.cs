using Attune.Analysis.Audio.Resampling;
using Attune.Analysis.Tests.Audio.Prosody;

namespace Attune.Analysis.Tests.Audio.Resampling;

public class ResamplerTests
{
    [Theory]
    [InlineData(8_000, 440.0)]
    [InlineData(8_000, 1_000.0)]
    [InlineData(8_000, 3_000.0)]
    [InlineData(11_025, 2_500.0)]
    [InlineData(22_050, 5_000.0)]
    [InlineData(44_100, 1_000.0)]
    [InlineData(44_100, 6_000.0)]
    [InlineData(48_000, 1_000.0)]
    [InlineData(48_000, 6_500.0)]
    [InlineData(8_001, 1_000.0)]   // L = 16000: the interpolated-table path
    [InlineData(32_000, 300.0)]
    public void Process_Sine_KeepsFrequencyAmplitudeAndPhase(int inputRate, double hz)
    {
        const double amplitude = 0.5;
        var input = Synth.Sine(inputRate, hz, 1.0, amplitude);

        var output = OneShot(new Resampler(inputRate, 16_000), input);

        // Away from the edges (where the signal starts and stops abruptly) the output must be the same sine
        // sampled at 16 kHz with no delay: sin(2π f n / 16000).
        var from = 1_600;
        var to = output.Length - 1_600;
        var (gain, residual) = Fit(output, from, to, hz, 16_000, amplitude);
        var gainDb = 20 * Math.Log10(gain);
        Assert.InRange(gainDb, -0.1, 0.1);
        Assert.True(residual < 1e-3, $"residual {20 * Math.Log10(residual):F1} dB");
    }

    [Theory]
    [InlineData(48_000, 8_200.0)]
    [InlineData(48_000, 10_000.0)]
    [InlineData(48_000, 15_000.0)]
    [InlineData(48_000, 23_000.0)]
    [InlineData(44_100, 9_000.0)]
    [InlineData(44_100, 20_000.0)]
    public void Process_ToneAbove8kHz_AttenuatedAtLeast60Db(int inputRate, double hz)
    {
        var input = Synth.Sine(inputRate, hz, 1.0, 0.5);

        var output = OneShot(new Resampler(inputRate, 16_000), input);

        var rms = Rms(output.AsSpan(1_600, output.Length - 3_200));
        var attenuationDb = 20 * Math.Log10(rms / (0.5 / Math.Sqrt(2)));
        Assert.True(attenuationDb <= -60, $"{hz} Hz at {inputRate} Hz came through at {attenuationDb:F1} dB");
    }

    [Fact]
    public void Process_UpsamplingTelephone_LeavesNoImages()
    {
        // 3 kHz at 8 kHz images to 5 kHz at 16 kHz unless the interpolation filter removes it: the residual
        // against the pure 3 kHz sine measures the image.
        var output = OneShot(new Resampler(8_000, 16_000), Synth.Sine(8_000, 3_000, 1.0));

        var (_, residual) = Fit(output, 1_600, output.Length - 1_600, 3_000, 16_000, 0.5);
        Assert.True(20 * Math.Log10(residual) < -60);
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(44_100)]
    [InlineData(48_000)]
    [InlineData(8_001)]
    public void Process_Chunked_EqualsOneShot(int inputRate)
    {
        var input = Synth.Noise(inputRate, 0.7);
        var oneShot = OneShot(new Resampler(inputRate, 16_000), input);

        var resampler = new Resampler(inputRate, 16_000);
        var chunked = new List<float>();
        var random = new Random(3);
        var at = 0;
        while (at < input.Length)
        {
            var n = Math.Min(input.Length - at, random.Next(0, 700));
            resampler.Process(input.AsSpan(at, n), chunked);
            at += n;
        }

        resampler.Flush(chunked);
        Assert.Equal(oneShot, chunked.ToArray());
    }

    [Theory]
    [InlineData(48_000, 3_000, 1_000)]
    [InlineData(44_100, 4_410, 1_600)]
    [InlineData(8_000, 1_000, 2_000)]
    public void Process_Impulse_PeaksAtTheSameInstant(int inputRate, int inputIndex, int expectedOutputIndex)
    {
        // Group delay compensated: output time 0 is input time 0, so an impulse at t stays at t.
        var input = new float[inputRate];
        input[inputIndex] = 1;

        var output = OneShot(new Resampler(inputRate, 16_000), input);

        var peak = 0;
        for (var i = 1; i < output.Length; i++)
        {
            if (output[i] > output[peak])
            {
                peak = i;
            }
        }

        Assert.Equal(expectedOutputIndex, peak);
        Assert.Equal(output[peak - 1], output[peak + 1], 1e-4f); // symmetric about the instant: linear phase
    }

    [Theory]
    [InlineData(8_000, 8_000, 16_000)]
    [InlineData(44_100, 44_100, 16_000)]
    [InlineData(48_000, 4_801, 1_601)]
    [InlineData(22_050, 1, 1)]
    public void Flush_OutputCoversTheInputDuration(int inputRate, int inputLength, int expectedLength)
    {
        var output = OneShot(new Resampler(inputRate, 16_000), new float[inputLength]);

        Assert.Equal(expectedLength, output.Length);
    }

    [Fact]
    public void Flush_ResetsForTheNextStream()
    {
        var resampler = new Resampler(44_100, 16_000);
        var input = Synth.Noise(44_100, 0.2);

        var first = OneShot(resampler, input);
        var second = OneShot(resampler, input);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Process_SpanTooSmall_Throws()
    {
        var resampler = new Resampler(8_000, 16_000);

        Assert.Throws<ArgumentException>(() => resampler.Process(new float[100], new float[150]));
    }

    [Fact]
    public void Constructor_BadOptions_NamesTheKey()
    {
        var e = Assert.Throws<ArgumentException>(() => new Resampler(48_000, 16_000, new ResamplerOptions { TransitionFraction = 0 }));

        Assert.Contains("TransitionFraction", e.Message, StringComparison.Ordinal);
    }

    private static float[] OneShot(Resampler resampler, float[] input)
    {
        var output = new List<float>();
        resampler.Process(input, output);
        resampler.Flush(output);
        return [.. output];
    }

    /// <summary>Least-squares fit of a·sin + b·cos at <paramref name="hz"/>: gain against the expected sin (amplitude A, phase 0) and the relative RMS residual.</summary>
    private static (double Gain, double Residual) Fit(float[] y, int from, int to, double hz, int rate, double amplitude)
    {
        double ss = 0, cc = 0, sc = 0, ys = 0, yc = 0;
        for (var n = from; n < to; n++)
        {
            var w = 2 * Math.PI * hz * n / rate;
            var s = Math.Sin(w);
            var c = Math.Cos(w);
            ss += s * s;
            cc += c * c;
            sc += s * c;
            ys += y[n] * s;
            yc += y[n] * c;
        }

        var det = ss * cc - sc * sc;
        var a = (ys * cc - yc * sc) / det;
        var b = (yc * ss - ys * sc) / det;
        double err = 0, energy = 0;
        for (var n = from; n < to; n++)
        {
            var w = 2 * Math.PI * hz * n / rate;
            var ideal = amplitude * Math.Sin(w);
            err += (y[n] - ideal) * (y[n] - ideal);
            energy += ideal * ideal;
        }

        return (Math.Sqrt(a * a + b * b) / amplitude, Math.Sqrt(err / energy));
    }

    private static double Rms(ReadOnlySpan<float> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += v * v;
        }

        return Math.Sqrt(sum / x.Length);
    }
}
