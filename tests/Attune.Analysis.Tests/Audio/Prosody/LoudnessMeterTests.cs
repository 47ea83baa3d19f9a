using Attune.Analysis.Audio.Prosody;

namespace Attune.Analysis.Tests.Audio.Prosody;

public class LoudnessMeterTests
{
    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    [InlineData(16000)]
    [InlineData(8000)]
    public void Integrated_FullScale997HzSineOneChannel_IsMinus3Point01Lufs(int sampleRate)
    {
        // BS.1770-4 §2.1 note: a 0 dBFS 997 Hz sine in one front channel reads -3.01 LKFS.
        var meter = new LoudnessMeter(sampleRate, 1);
        meter.Push(Synth.Sine(sampleRate, 997, 5, amplitude: 1.0));
        Assert.Equal(-3.01, meter.Integrated(), 1);
        Assert.InRange(meter.Integrated(), -3.06, -2.96);
    }

    [Fact]
    public void Integrated_Minus20DbSine_Is20LuLower()
    {
        var meter = new LoudnessMeter(48000, 1);
        meter.Push(Synth.Sine(48000, 997, 5, amplitude: 0.1));
        Assert.InRange(meter.Integrated(), -23.06, -22.96);
    }

    [Fact]
    public void Integrated_Stereo_CombinedSumsChannelsAndPerChannelReadsEach()
    {
        const int rate = 48000;
        var left = Synth.Sine(rate, 997, 4, amplitude: 1.0);
        var right = Synth.Sine(rate, 997, 4, amplitude: 0.1);
        var interleaved = new float[left.Length * 2];
        for (var i = 0; i < left.Length; i++)
        {
            interleaved[2 * i] = left[i];
            interleaved[2 * i + 1] = right[i];
        }

        var meter = new LoudnessMeter(rate, 2);
        meter.Push(interleaved);
        Assert.InRange(meter.IntegratedOf(0), -3.06, -2.96);
        Assert.InRange(meter.IntegratedOf(1), -23.06, -22.96);
        // Power sum: 10·log10(1 + 0.01) above the left channel.
        Assert.InRange(meter.Integrated(), -3.01 + 0.043 - 0.05, -3.01 + 0.043 + 0.05);
    }

    [Fact]
    public void Integrated_QuietPassages_AreGatedOut()
    {
        // 3 s at -3 LUFS then 3 s at -43 LUFS: the quiet blocks fall below the relative gate and are ignored
        // (ungated the mean would read about -6 LUFS); the three blocks straddling the change still count.
        const int rate = 48000;
        var x = new float[rate * 6];
        Synth.Sine(rate, 997, 3, amplitude: 1.0).CopyTo(x, 0);
        Synth.Sine(rate, 997, 3, amplitude: 0.01).CopyTo(x, rate * 3);
        var meter = new LoudnessMeter(rate, 1);
        meter.Push(x);
        Assert.InRange(meter.Integrated(), -3.35, -2.96);
    }

    [Fact]
    public void Integrated_VaryingLevels_MatchesExactGatingOverAllBlocks()
    {
        // Half-second segments of noise at random levels from -80 to 0 dB: the histogram gating must agree with
        // the direct BS.1770 computation over the full list of blocks.
        const int rate = 8000;
        var random = new Random(11);
        var x = new float[rate * 30];
        var noise = Synth.Noise(rate, 30, amplitude: 1.0);
        for (var segment = 0; segment < 60; segment++)
        {
            var gain = (float)Math.Pow(10, -random.NextDouble() * 80 / 20);
            for (var i = segment * rate / 2; i < (segment + 1) * rate / 2; i++)
            {
                x[i] = noise[i] * gain;
            }
        }

        var meter = new LoudnessMeter(rate, 1);
        meter.Push(x);
        Assert.Equal(ExactIntegrated(x, rate), meter.Integrated(), 2);
    }

    private static double ExactIntegrated(float[] x, int rate)
    {
        var shelf = KWeighting.Shelf(rate);
        var highPass = KWeighting.HighPass(rate);
        var y = x.Select(v => highPass.Process(shelf.Process(v))).ToArray();
        var step = rate / 10;
        var blocks = new List<double>();
        for (var start = 0; start + 4 * step <= y.Length; start += step)
        {
            blocks.Add(y.Skip(start).Take(4 * step).Sum(v => v * v) / (4 * step));
        }

        static double Lufs(double p) => -0.691 + 10 * Math.Log10(p);
        var absolute = blocks.Where(p => Lufs(p) > -70).ToList();
        var gate = Lufs(absolute.Average()) - 10;
        return Lufs(absolute.Where(p => Lufs(p) > gate).Average());
    }

    [Fact]
    public void Integrated_SilenceOrTooShort_IsNegativeInfinity()
    {
        var meter = new LoudnessMeter(16000, 1);
        meter.Push(new float[16000 * 2]);
        Assert.Equal(double.NegativeInfinity, meter.Integrated());
        var shortMeter = new LoudnessMeter(16000, 1);
        shortMeter.Push(Synth.Sine(16000, 997, 0.3, 1.0));
        Assert.Equal(double.NegativeInfinity, shortMeter.Integrated());
    }

    [Fact]
    public void Push_ChunkedInput_SameAsWhole()
    {
        var x = Synth.Noise(16000, 3);
        var whole = new LoudnessMeter(16000, 1);
        whole.Push(x);
        var chunked = new LoudnessMeter(16000, 1);
        for (var i = 0; i < x.Length; i += 999)
        {
            chunked.Push(x.AsSpan(i, Math.Min(999, x.Length - i)));
        }

        Assert.Equal(whole.Integrated(), chunked.Integrated(), 10);
    }

    [Fact]
    public void KWeighting_At48kHz_MatchesTheTabulatedCoefficients()
    {
        // BS.1770-4 Table 1 and Table 2.
        var shelf = KWeighting.Shelf(48000);
        Assert.Equal(1.53512485958697, shelf.B0, 6);
        Assert.Equal(-2.69169618940638, shelf.B1, 6);
        Assert.Equal(1.19839281085285, shelf.B2, 6);
        Assert.Equal(-1.69065929318241, shelf.A1, 6);
        Assert.Equal(0.73248077421585, shelf.A2, 6);
        var highPass = KWeighting.HighPass(48000);
        Assert.Equal(-1.99004745483398, highPass.A1, 6);
        Assert.Equal(0.99007225036621, highPass.A2, 6);
    }

    [Fact]
    public void Dbfs_FullScaleSine_IsMinus3()
    {
        Assert.Equal(-3.01, FrameLevel.Dbfs(Synth.Sine(8000, 1000, 0.1, 1.0)), 2);
        Assert.Equal(FrameLevel.FloorDbfs, FrameLevel.Dbfs(new float[80]));
    }

    [Fact]
    public void Integrated_MonoInUnevenBlocks_BitIdenticalToTheSameChannelInterleaved()
    {
        // The mono path filters a step at a time through Biquad's block form; it must give exactly the figures of the
        // per-sample interleaved path (the channel alone), however the stream is cut.
        var x = Synth.Noise(8000, 7, amplitude: 0.2, seed: 11);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] *= (float)(0.2 + Math.Abs(Math.Sin(i / 4000.0)));
        }

        var mono = new LoudnessMeter(8000, 1);
        var cuts = new[] { 1, 799, 800, 801, 4096, 17 };
        var at = 0;
        for (var k = 0; at < x.Length; k++)
        {
            var n = Math.Min(cuts[k % cuts.Length], x.Length - at);
            mono.Push(x.AsSpan(at, n));
            at += n;
        }

        var stereo = new LoudnessMeter(8000, 2);
        var interleaved = new float[x.Length * 2];
        for (var i = 0; i < x.Length; i++)
        {
            interleaved[2 * i] = x[i];
        }

        stereo.Push(interleaved);
        Assert.Equal(stereo.IntegratedOf(0), mono.Integrated());
    }
}
