using Attune.Analysis.Audio.Prosody;
using Xunit.Abstractions;

namespace Attune.Analysis.Tests.Audio.Prosody;

public class VoiceActivityDetectorTests(ITestOutputHelper output)
{
    /// <summary>Harmonic bursts (start, length) of a test call: a long utterance, a backchannel-length one, another long one.</summary>
    private static readonly (double Start, double Length)[] Bursts = [(0.50, 0.80), (2.00, 0.30), (3.00, 1.20)];

    private static float[] BurstCall(int sampleRate, double toneDbfs = -20, float[]? background = null)
    {
        var signal = background ?? new float[sampleRate * 5];
        foreach (var (start, length) in Bursts)
        {
            Signals.Place(signal, Signals.Tone(sampleRate, 140, length, toneDbfs), sampleRate, start);
        }

        return signal;
    }

    private static void AssertBursts(List<SpeechSegment> segments, double tolerance)
    {
        Assert.True(segments.Count == Bursts.Length, $"segments: {Signals.Describe(segments)}");
        for (var i = 0; i < Bursts.Length; i++)
        {
            var (start, length) = Bursts[i];
            Assert.True(Math.Abs(segments[i].Start - start) <= tolerance, $"start {segments[i].Start:0.000} vs {start:0.000}");
            Assert.True(Math.Abs(segments[i].End - (start + length)) <= tolerance, $"end {segments[i].End:0.000} vs {start + length:0.000}");
        }
    }

    [Fact]
    public void Process_SpeechFromTheFirstSample_FirstUtteranceKept()
    {
        // A recording that starts mid-utterance (trimmed after an IVR, a greeting at 0:00): the first window holds no
        // pause, so its minimum is the speech itself; the floor must not jump there and hide the utterance.
        const int rate = 8000;
        var signal = new float[rate * 5];
        Signals.Place(signal, Signals.Tone(rate, 140, 1.0), rate, 0);
        Signals.Place(signal, Signals.Tone(rate, 140, 1.0), rate, 2.0);
        var segments = Signals.Segments(Signals.Track(signal, rate));
        Assert.True(segments.Count == 2, $"segments: {Signals.Describe(segments)}");
        Assert.True(segments[0].Start <= 0.02, $"first segment starts at {segments[0].Start:0.000}");
        Assert.True(Math.Abs(segments[0].End - 1.0) <= 0.03, $"first segment ends at {segments[0].End:0.000}");
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(16000)]
    public void Process_ToneBurstsInSilence_BoundariesWithin20Ms(int sampleRate)
    {
        AssertBursts(Signals.Segments(Signals.Track(BurstCall(sampleRate), sampleRate)), 0.020);
    }

    [Theory]
    [InlineData(8000, false)]
    [InlineData(8000, true)]
    [InlineData(16000, false)]
    [InlineData(16000, true)]
    public void Process_ToneBurstsInLineNoise_BoundariesWithin30Ms(int sampleRate, bool pink)
    {
        var noise = pink ? Signals.PinkNoise(sampleRate, 5, -45) : Signals.WhiteNoise(sampleRate, 5, -45);
        AssertBursts(Signals.Segments(Signals.Track(BurstCall(sampleRate, -20, noise), sampleRate)), 0.030);
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(16000)]
    public void Process_MuLawToneBursts_BoundariesWithin20Ms(int sampleRate)
    {
        AssertBursts(Signals.Segments(Signals.Track(Signals.MuLawRoundTrip(BurstCall(sampleRate)), sampleRate)), 0.020);
    }

    [Theory]
    [InlineData(8000, false, -45)]
    [InlineData(8000, true, -45)]
    [InlineData(16000, false, -45)]
    [InlineData(16000, true, -45)]
    [InlineData(8000, false, -30)]
    [InlineData(8000, true, -30)]
    public void Process_ContinuousLineNoise_NoSpeech(int sampleRate, bool pink, double dbfs)
    {
        var noise = pink ? Signals.PinkNoise(sampleRate, 8, dbfs) : Signals.WhiteNoise(sampleRate, 8, dbfs);
        var segments = Signals.Segments(Signals.Track(noise, sampleRate));
        Assert.True(segments.Count == 0, $"noise taken for speech: {Signals.Describe(segments)}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Process_LineNoiseSwitchedOnAfterSilence_NoSpeechAndFloorFollows(bool pink)
    {
        const int rate = 8000;
        var signal = new float[rate * 10];
        Signals.Place(signal, pink ? Signals.PinkNoise(rate, 8, -40) : Signals.WhiteNoise(rate, 8, -40), rate, 2);
        var vad = new VoiceActivityDetector();
        var segments = new List<SpeechSegment>();
        foreach (var frame in Signals.Track(signal, rate))
        {
            vad.Process(frame, segments);
        }

        vad.Flush(segments);
        Assert.True(segments.Count == 0, $"noise taken for speech: {Signals.Describe(segments)}");
        Assert.InRange(vad.NoiseFloorDbfs, -46, -38);
    }

    [Fact]
    public void Process_LineNoiseSwitchedOnMidUtterance_SegmentEndsWithTheVoice()
    {
        // Loud noise (-30 dBFS) starts during a burst and goes on: every frame stays loud, but the segment must
        // end where the voice ends instead of being held open by the noise.
        const int rate = 8000;
        var signal = new float[rate * 8];
        Signals.Place(signal, Signals.Tone(rate, 130, 1.0), rate, 0.5);
        Signals.Place(signal, Signals.WhiteNoise(rate, 7, -30), rate, 1.0);
        Signals.Place(signal, Signals.Tone(rate, 130, 0.8), rate, 6.0);
        var segments = Signals.Segments(Signals.Track(signal, rate));
        Assert.True(segments.Count == 2, Signals.Describe(segments));
        Assert.InRange(segments[0].End, 1.47, 1.53);
        Assert.InRange(segments[1].Start, 5.97, 6.03);
        Assert.InRange(segments[1].End, 6.77, 6.83);
    }

    [Theory]
    [InlineData(30, 2)]
    [InlineData(200, 3)] // without the gate the crosstalk is a segment: the gate, not the pitch tracker, rejects it
    public void Process_CrosstalkFarUnderOwnSpeech_NotSpeech(double crosstalkDb, int expected)
    {
        // The other party's voice leaking in 35 dB down between this speaker's own utterances.
        const int rate = 8000;
        var signal = new float[rate * 6];
        Signals.Place(signal, Signals.Tone(rate, 120, 1.0, -15), rate, 0.5);
        Signals.Place(signal, Signals.Tone(rate, 220, 1.5, -50), rate, 2.0);
        Signals.Place(signal, Signals.Tone(rate, 120, 0.3, -22), rate, 4.0); // a quieter backchannel is still speech
        var segments = Signals.Segments(Signals.Track(signal, rate), new VoiceActivityOptions { CrosstalkDb = crosstalkDb });
        Assert.True(segments.Count == expected, Signals.Describe(segments));
        Assert.InRange(segments[^1].Start, 3.98, 4.02);
    }

    [Fact]
    public void Process_MuLawDitheredSilence_NoSpeechAndFloorAtItsBound()
    {
        // Digital silence with ±1 LSB (16-bit) TPDF-like dither, about -90..-80 dBFS, then through G.711 µ-law.
        const int rate = 8000;
        var random = new Random(5);
        var signal = new float[rate * 5];
        for (var i = 0; i < signal.Length; i++)
        {
            signal[i] = (float)((random.NextDouble() - random.NextDouble()) * 3 / 32768);
        }

        var vad = new VoiceActivityDetector();
        var segments = new List<SpeechSegment>();
        foreach (var frame in Signals.Track(Signals.MuLawRoundTrip(signal), rate))
        {
            vad.Process(frame, segments);
        }

        vad.Flush(segments);
        Assert.Empty(segments);
        Assert.Equal(new VoiceActivityOptions().MinFloorDbfs, vad.NoiseFloorDbfs, 3);
    }

    [Theory]
    [InlineData(0.005, false)] // click
    [InlineData(0.050, false)] // burst shorter than the minimum speech
    [InlineData(0.250, true)]  // "mm-hmm": a backchannel is speech
    [InlineData(0.400, true)]  // "yeah"
    public void Process_ShortBurst_KeptOnlyFromBackchannelLength(double seconds, bool kept)
    {
        const int rate = 8000;
        var signal = new float[rate * 2];
        Signals.Place(signal, Signals.Tone(rate, 180, seconds, -18), rate, 0.7);
        var segments = Signals.Segments(Signals.Track(signal, rate));
        Assert.Equal(kept ? 1 : 0, segments.Count);
    }

    [Fact]
    public void Process_NoiseClicks_Dropped()
    {
        // Loud aperiodic bursts (door slam, handset knock): 30 ms of white noise at -15 dBFS, every half second.
        const int rate = 8000;
        var signal = new float[rate * 4];
        for (var at = 0.3; at < 3.5; at += 0.5)
        {
            Signals.Place(signal, Signals.WhiteNoise(rate, 0.03, -15, seed: (int)(at * 10)), rate, at);
        }

        Assert.Empty(Signals.Segments(Signals.Track(signal, rate)));
    }

    [Theory]
    [InlineData(0.15, 1)]
    [InlineData(0.20, 1)]
    [InlineData(0.40, 2)]
    public void Process_PauseBetweenBursts_BridgedOnlyWhenShort(double pause, int expected)
    {
        const int rate = 8000;
        var signal = new float[rate * 3];
        Signals.Place(signal, Signals.Tone(rate, 120, 0.6), rate, 0.5);
        Signals.Place(signal, Signals.Tone(rate, 120, 0.6), rate, 1.1 + pause);
        var segments = Signals.Segments(Signals.Track(signal, rate));
        Assert.True(segments.Count == expected, Signals.Describe(segments));
        // The hangover is not part of the segment: it ends where the second burst ends.
        Assert.InRange(segments[^1].End, 1.7 + pause - 0.02, 1.7 + pause + 0.02);
    }

    [Fact]
    public void Process_DuringBurst_InSpeechWithOpenStartWithinAFewFrames()
    {
        const int rate = 16000;
        var signal = new float[rate * 3];
        Signals.Place(signal, Signals.Tone(rate, 200, 1.0), rate, 1.0);
        var vad = new VoiceActivityDetector();
        var closed = new List<SpeechSegment>();
        double? confirmedAt = null;
        foreach (var frame in Signals.Track(signal, rate))
        {
            vad.Process(frame, closed);
            if (vad.InSpeech && confirmedAt is null)
            {
                confirmedAt = frame.Time;
                Assert.InRange(vad.OpenSegmentStart!.Value, 0.98, 1.02);
            }

            if (frame.Time is > 1.2 and < 1.9)
            {
                Assert.True(vad.InSpeech, $"not in speech at {frame.Time:0.00}");
            }

            if (frame.Time > 2.4)
            {
                Assert.False(vad.InSpeech);
            }
        }

        vad.Flush(closed);
        Assert.NotNull(confirmedAt);
        // The decision needs the minimum speech length (80 ms) and a few frames of analysis window.
        Assert.InRange(confirmedAt.Value, 1.0, 1.15);
        Assert.Single(closed);
        Assert.Equal(300, vad.Frames);
        Assert.InRange(vad.SpeechFrames, 98, 102);
    }

    [Fact]
    public void Flush_OpenSegment_ClosesIt()
    {
        const int rate = 8000;
        var signal = new float[rate * 2];
        Signals.Place(signal, Signals.Tone(rate, 150, 1.0), rate, 1.0);
        var vad = new VoiceActivityDetector();
        var closed = new List<SpeechSegment>();
        foreach (var frame in Signals.Track(signal, rate))
        {
            vad.Process(frame, closed);
        }

        Assert.Empty(closed);
        Assert.True(vad.InSpeech);
        vad.Flush(closed);
        Assert.Single(closed);
        Assert.False(vad.InSpeech);
        Assert.InRange(closed[0].End, 1.98, 2.0);
    }

    // ---- real speech: espeak-ng + sox ----

    private static readonly Utterance[] CallUtterances =
    [
        new("Hello, thank you for calling. How can I help you today?", 160, 1.5),
        new("Yeah.", 170, 1.2),
        new("I have been waiting for three weeks and nobody has called me back.", 150, 0.9),
        new("Okay.", 180, 1.0),
        new("The refund should appear on your statement within five working days.", 190, 1.1),
    ];

    [Theory]
    [InlineData(8000, false)]
    [InlineData(8000, true)]
    [InlineData(16000, false)]
    public void Process_EspeakCall_BoundariesWithin50Ms(int sampleRate, bool muLaw)
    {
        using var call = SpeechCall.Make(sampleRate, muLaw, 0.7, CallUtterances);
        var segments = Signals.Segments(call.Frames());
        output.WriteLine($"truth:    {Signals.Describe(call.Truth)}");
        output.WriteLine($"detected: {Signals.Describe(segments)}");
        Assert.True(segments.Count == call.Truth.Count, $"{segments.Count} segments for {call.Truth.Count} utterances");
        var errors = new List<double>();
        for (var i = 0; i < segments.Count; i++)
        {
            errors.Add(Math.Abs(segments[i].Start - call.Truth[i].Start));
            errors.Add(Math.Abs(segments[i].End - call.Truth[i].End));
        }

        output.WriteLine($"boundary error: mean {errors.Average() * 1000:0.0} ms, max {errors.Max() * 1000:0.0} ms");
        Assert.True(errors.Max() <= 0.050, $"max boundary error {errors.Max() * 1000:0} ms");
    }

    [Theory]
    [InlineData(-45, false)]
    [InlineData(-45, true)]
    [InlineData(-50, false)]
    public void Process_EspeakCallInLineNoise_EveryUtteranceBoundaryWithin80Ms(double noiseDbfs, bool muLaw)
    {
        // Line noise buries the quietest sounds: the truth counts samples down to -54 dBFS peak, and at 8 kHz the
        // unvoiced "th" of "thank" after the comma of "Hello," is at about the noise level, so the 180 ms comma pause
        // plus the lost "th" make a 270 ms gap, rightly split. So: every true start and end has a detected one within
        // 80 ms, and every detected segment lies inside a true one (nothing is made of the noise).
        using var call = SpeechCall.Make(8000, muLaw, 0.7, CallUtterances);
        var segments = Signals.Segments(call.Frames(noiseDbfs));
        output.WriteLine($"truth:    {Signals.Describe(call.Truth)}");
        output.WriteLine($"detected: {Signals.Describe(segments)}");
        var errors = new List<double>();
        foreach (var truth in call.Truth)
        {
            errors.Add(segments.Min(s => Math.Abs(s.Start - truth.Start)));
            errors.Add(segments.Min(s => Math.Abs(s.End - truth.End)));
        }

        output.WriteLine($"boundary error: mean {errors.Average() * 1000:0.0} ms, max {errors.Max() * 1000:0.0} ms");
        Assert.True(errors.Max() <= 0.080, $"max boundary error {errors.Max() * 1000:0} ms");
        Assert.All(segments, s => Assert.Contains(call.Truth, t => s.Start >= t.Start - 0.08 && s.End <= t.End + 0.08));
    }

    [Fact]
    public void Process_EspeakCallPcmAndMuLaw_AgreeWithin20Ms()
    {
        using var pcm = SpeechCall.Make(8000, false, 0.7, CallUtterances);
        using var ulaw = SpeechCall.Make(8000, true, 0.7, CallUtterances);
        var a = Signals.Segments(pcm.Frames());
        var b = Signals.Segments(ulaw.Frames());
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.InRange(b[i].Start - a[i].Start, -0.020, 0.020);
            Assert.InRange(b[i].End - a[i].End, -0.020, 0.020);
        }
    }
}
