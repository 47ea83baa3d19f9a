using Attune.Analysis.Audio.Prosody;

namespace Attune.Analysis.Tests.Audio.Prosody;

public class YinPitchTrackerTests
{
    private static List<PitchFrame> Track(float[] signal, int sampleRate, PitchTrackerOptions? options = null, int chunk = 317)
    {
        var tracker = new YinPitchTracker(sampleRate, options);
        var frames = new List<PitchFrame>();
        for (var i = 0; i < signal.Length; i += chunk)
        {
            tracker.Push(signal.AsSpan(i, Math.Min(chunk, signal.Length - i)), frames);
        }

        tracker.Flush(frames);
        return frames;
    }

    /// <summary>Frames well inside the signal (half a frame away from both ends).</summary>
    private static List<PitchFrame> Inner(List<PitchFrame> frames, double seconds) =>
        frames.Where(f => f.Time > 0.05 && f.Time < seconds - 0.05).ToList();

    [Theory]
    [InlineData(8000, 80.0)]
    [InlineData(8000, 220.0)]
    [InlineData(16000, 110.0)]
    [InlineData(16000, 440.0)]
    [InlineData(20000, 63.0)]
    [InlineData(44100, 300.0)]
    public void Push_Sine_EstimatesFrequencyWithinOnePercent(int sampleRate, double hz)
    {
        var frames = Inner(Track(Synth.Sine(sampleRate, hz, 1.0), sampleRate), 1.0);
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.True(f.Voiced && Math.Abs(f.Hz - hz) / hz < 0.01, $"{f.Time:0.000}s: {f.Hz:0.00} Hz"));
    }

    [Theory]
    [InlineData(8000, 100.0, false)]
    [InlineData(8000, 120.0, true)]
    [InlineData(16000, 210.0, false)]
    [InlineData(16000, 180.0, true)]
    public void Push_HarmonicTone_EstimatesFundamentalWithinOnePercent(int sampleRate, double hz, bool missingFundamental)
    {
        var frames = Inner(Track(Synth.Harmonic(sampleRate, hz, 1.0, skipFundamental: missingFundamental), sampleRate), 1.0);
        Assert.All(frames, f => Assert.True(f.Voiced && Math.Abs(f.Hz - hz) / hz < 0.01, $"{f.Time:0.000}s: {f.Hz:0.00} Hz"));
    }

    [Theory]
    [InlineData(8000, 110.0)]
    [InlineData(16000, 95.0)]
    [InlineData(16000, 230.0)]
    public void Push_NoisyHarmonicTone_KeepsTheFundamental(int sampleRate, double hz)
    {
        // About 10 dB SNR of white noise: most frames stay voiced and none may jump an octave.
        var tone = Synth.Harmonic(sampleRate, hz, 1.5);
        var noise = Synth.Noise(sampleRate, 1.5, amplitude: 0.15);
        for (var i = 0; i < tone.Length; i++)
        {
            tone[i] += noise[i];
        }

        var voiced = Inner(Track(tone, sampleRate), 1.5).Where(f => f.Voiced).ToList();
        Assert.True(voiced.Count > 100, $"{voiced.Count} voiced frames");
        var gross = voiced.Count(f => Math.Abs(f.Hz - hz) / hz > 0.2);
        Assert.True(gross <= voiced.Count / 50, $"{gross} of {voiced.Count} frames off by more than 20%");
    }

    [Fact]
    public void Push_Silence_AllFramesUnvoiced()
    {
        var frames = Track(new float[16000], 16000);
        Assert.Equal(100, frames.Count);
        Assert.All(frames, f => Assert.False(f.Voiced));
        Assert.All(frames, f => Assert.Equal(FrameLevel.FloorDbfs, f.Dbfs));
    }

    [Fact]
    public void Push_WhiteNoise_MostlyUnvoiced()
    {
        var frames = Track(Synth.Noise(16000, 2.0), 16000);
        var voiced = frames.Count(f => f.Voiced);
        Assert.True(voiced <= frames.Count / 20, $"{voiced} of {frames.Count} noise frames voiced");
    }

    [Fact]
    public void Push_GlidingTone_FollowsTheGlideWithoutOctaveJumps()
    {
        // 100 → 200 Hz linear glide over 2 s, a harmonic tone (phase-continuous).
        const int rate = 16000;
        var x = new float[rate * 2];
        double phase = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var hz = 100 + 50.0 * i / rate;
            phase += 2 * Math.PI * hz / rate;
            for (var k = 1; k <= 6; k++)
            {
                x[i] += (float)(0.3 / k * Math.Sin(k * phase));
            }
        }

        foreach (var f in Inner(Track(x, rate), 2.0))
        {
            var truth = 100 + 50.0 * f.Time;
            Assert.True(f.Voiced && Math.Abs(f.Hz - truth) / truth < 0.02, $"{f.Time:0.000}s: {f.Hz:0.0} Hz, truth {truth:0.0}");
        }
    }

    [Fact]
    public void Push_ToneThenSilence_VoicingFollowsTheSignal()
    {
        const int rate = 8000;
        var x = new float[rate * 2];
        Synth.Harmonic(rate, 150, 1.0).CopyTo(x, 0);
        var frames = Track(x, rate);
        Assert.All(frames.Where(f => f.Time is > 0.05 and < 0.95), f => Assert.True(f.Voiced));
        Assert.All(frames.Where(f => f.Time is > 1.05), f => Assert.False(f.Voiced));
    }

    [Fact]
    public void Push_ToneBurst_VoicedFramesAreCentredOnTheBurst()
    {
        // Silence, a tone from 0.5 s to 1.0 s, silence: voicing must start and end within 15 ms of the burst,
        // on both sides (the analysis windows are centred on the frame time, not trailing or leading it).
        const int rate = 16000;
        var x = new float[rate * 3 / 2];
        Synth.Harmonic(rate, 130, 0.5).CopyTo(x, rate / 2);
        var voiced = Track(x, rate).Where(f => f.Voiced).ToList();
        Assert.InRange(voiced[0].Time, 0.485, 0.515);
        Assert.InRange(voiced[^1].Time, 0.985, 1.015);
    }

    [Fact]
    public void Push_ChunkSize_DoesNotChangeTheFrames()
    {
        var x = Synth.Harmonic(16000, 173, 0.7);
        var whole = Track(x, 16000, chunk: x.Length);
        var bytes = Track(x, 16000, chunk: 1);
        Assert.Equal(whole, bytes);
    }

    [Fact]
    public void Push_FrameTimes_AreHopMultiplesFromZero()
    {
        var frames = Track(Synth.Sine(8000, 200, 0.5), 8000);
        Assert.Equal(0.0, frames[0].Time);
        Assert.Equal(0.01, frames[1].Time - frames[0].Time, 9);
        Assert.Equal(50, frames.Count);
    }

    [Fact]
    public void Constructor_InvalidRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => new YinPitchTracker(8000, new PitchTrackerOptions { MinPitchHz = 300, MaxPitchHz = 200 }));
        Assert.Throws<ArgumentException>(() => new YinPitchTracker(8000, new PitchTrackerOptions { MaxPitchHz = 4500 }));
    }
}
