using Attune.Analysis.Audio.Transcription;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Tests.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Transcription;

public class SpeechInputTests
{
    [Fact]
    public void ReadChannels_Stereo44k_TwoChannelsAt16kWithTheirOwnTones()
    {
        // 1 s at 44.1 kHz: 500 Hz on the left (customer), 1500 Hz on the right (advisor).
        var samples = new short[44_100 * 2];
        for (var i = 0; i < 44_100; i++)
        {
            samples[2 * i] = (short)(10_000 * Math.Sin(2 * Math.PI * 500 * i / 44_100.0));
            samples[2 * i + 1] = (short)(10_000 * Math.Sin(2 * Math.PI * 1_500 * i / 44_100.0));
        }

        var channels = Read(WavBytes.Pcm16File(44_100, 2, samples));

        Assert.Equal(2, channels.Length);
        Assert.All(channels, c => Assert.Equal(16_000, c.Length));
        Assert.True(ToneLevel(channels[0], 500) > 0.99 * 10_000 / 32_768.0);
        Assert.True(ToneLevel(channels[0], 1_500) < 1e-3);
        Assert.True(ToneLevel(channels[1], 1_500) > 0.99 * 10_000 / 32_768.0);
    }

    [Fact]
    public void ReadChannels_Mono8k_OneChannelTwiceAsLong()
    {
        var samples = new short[8_000];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(8_000 * Math.Sin(2 * Math.PI * 440 * i / 8_000.0));
        }

        var channels = Read(WavBytes.Pcm16File(8_000, 1, samples));

        Assert.Single(channels);
        Assert.Equal(16_000, channels[0].Length);
        Assert.True(ToneLevel(channels[0], 440) > 0.99 * 8_000 / 32_768.0);
    }

    [Fact]
    public void ReadChannels_Already16k_PassesSamplesThrough()
    {
        var samples = new short[] { 0, 1000, -2000, 3000, 32767, -32768 };

        var channels = Read(WavBytes.Pcm16File(16_000, 1, samples));

        Assert.Equal(samples.Select(s => s / 32_768f), channels[0]);
    }

    private static float[][] Read(byte[] wav)
    {
        var open = WavReader.Open(new MemoryStream(wav), "test.wav");
        Assert.True(open.Success, open.Error?.Message);
        using var reader = open.Value!;
        return SpeechInput.ReadChannels(reader);
    }

    /// <summary>Amplitude of the <paramref name="hz"/> component over the middle of a 16 kHz signal.</summary>
    private static double ToneLevel(float[] x, double hz)
    {
        double s = 0, c = 0;
        var n = 0;
        for (var i = 1_600; i < x.Length - 1_600; i++, n++)
        {
            var w = 2 * Math.PI * hz * i / 16_000;
            s += x[i] * Math.Sin(w);
            c += x[i] * Math.Cos(w);
        }

        return 2 * Math.Sqrt(s * s + c * c) / n;
    }
}
