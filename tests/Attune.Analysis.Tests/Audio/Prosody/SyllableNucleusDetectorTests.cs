using Attune.Analysis.Audio.Prosody;
using Xunit.Abstractions;

namespace Attune.Analysis.Tests.Audio.Prosody;

public class SyllableNucleusDetectorTests(ITestOutputHelper output)
{
    /// <summary>
    /// A harmonic tone with <paramref name="count"/> loudness bumps ("syllables") <paramref name="spacing"/> s apart
    /// starting at 0.5 s; between bumps the level dips by about <paramref name="dipDb"/>.
    /// </summary>
    private static float[] Syllables(int sampleRate, int count, double spacing, double dipDb, double hz = 150, double dbfs = -20, bool noise = false)
    {
        var seconds = 1 + count * spacing;
        var carrier = noise ? Signals.WhiteNoise(sampleRate, seconds, dbfs) : Signals.Tone(sampleRate, hz, seconds, dbfs);
        var floor = Math.Pow(10, -dipDb / 20);
        var x = new float[carrier.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var t = i / (double)sampleRate - 0.5;
            var k = Math.Floor(t / spacing);
            var gain = 0.0;
            if (k >= 0 && k < count)
            {
                // Raised cosine over each syllable, from the dip level up to full and back.
                var phase = (t - k * spacing) / spacing;
                gain = floor + (1 - floor) * 0.5 * (1 - Math.Cos(2 * Math.PI * phase));
            }

            x[i] = (float)(carrier[i] * gain);
        }

        return x;
    }

    [Theory]
    [InlineData(8000, 6, 0.25, 12)]
    [InlineData(8000, 10, 0.15, 8)]
    [InlineData(16000, 8, 0.20, 12)]
    [InlineData(16000, 5, 0.30, 4)]
    public void Process_VoicedLoudnessBumps_OneNucleusEach(int sampleRate, int count, double spacing, double dipDb)
    {
        var nuclei = Signals.Nuclei(Signals.Track(Syllables(sampleRate, count, spacing, dipDb), sampleRate));
        Assert.True(nuclei.Count == count, $"{nuclei.Count} nuclei: {string.Join(" ", nuclei.Select(t => t.ToString("0.00")))}");
        for (var k = 0; k < count; k++)
        {
            // Each bump peaks in its middle.
            Assert.InRange(nuclei[k], 0.5 + (k + 0.5) * spacing - 0.03, 0.5 + (k + 0.5) * spacing + 0.03);
        }
    }

    [Fact]
    public void Process_DipsSmallerThanMinDip_NoSplit()
    {
        // 1 dB ripple on a steady vowel is not a syllable boundary: one nucleus for the whole tone.
        var nuclei = Signals.Nuclei(Signals.Track(Syllables(8000, 6, 0.2, 1), 8000));
        Assert.Single(nuclei);
    }

    [Fact]
    public void Process_UnvoicedBumps_NoNuclei()
    {
        // The same loudness pattern in white noise: peaks without voicing are not nuclei (fricatives, line bursts).
        var nuclei = Signals.Nuclei(Signals.Track(Syllables(8000, 8, 0.2, 12, noise: true), 8000));
        Assert.Empty(nuclei);
    }

    [Theory]
    [InlineData(8000, false)]
    [InlineData(8000, true)]
    [InlineData(16000, true)]
    public void Process_ContinuousLineNoise_NoNuclei(int sampleRate, bool pink)
    {
        var noise = pink ? Signals.PinkNoise(sampleRate, 8, -45) : Signals.WhiteNoise(sampleRate, 8, -45);
        var nuclei = Signals.Nuclei(Signals.Track(noise, sampleRate));
        Assert.True(nuclei.Count == 0, $"{nuclei.Count} nuclei in noise");
    }

    [Fact]
    public void Process_BumpsFarUnderTheLoudLevel_Ignored()
    {
        // Loud syllables at -15 dBFS, then quiet ones 35 dB lower (crosstalk, background voice): only the loud count.
        const int rate = 8000;
        var loud = Syllables(rate, 4, 0.25, 12, dbfs: -15);
        var quiet = Syllables(rate, 4, 0.25, 12, dbfs: -50);
        var signal = new float[loud.Length + quiet.Length];
        loud.CopyTo(signal, 0);
        quiet.CopyTo(signal, loud.Length);
        Assert.Equal(4, Signals.Nuclei(Signals.Track(signal, rate)).Count);
    }

    [Fact]
    public void Process_MuLawBumps_SameCountAsPcm()
    {
        var pcm = Syllables(8000, 7, 0.22, 10);
        Assert.Equal(7, Signals.Nuclei(Signals.Track(Signals.MuLawRoundTrip(pcm), 8000)).Count);
    }

    [Fact]
    public void Flush_PeakAtTheEnd_Reported()
    {
        // The stream stops at the top of a bump: the peak is only confirmed by the end of the stream.
        const int rate = 8000;
        var tone = Signals.Tone(rate, 140, 0.6);
        var signal = new float[rate];
        Signals.Place(signal, tone, rate, 0.4);
        var detector = new SyllableNucleusDetector();
        var nuclei = new List<double>();
        foreach (var frame in Signals.Track(signal, rate))
        {
            detector.Process(frame, nuclei);
        }

        Assert.Empty(nuclei);
        detector.Flush(nuclei);
        Assert.Single(nuclei);
        Assert.Equal(1, detector.Count);
    }

    // ---- real speech: espeak-ng + sox ----

    /// <summary>Sentences with their syllable counts (dictionary syllabification, en-US).</summary>
    public static TheoryData<string, int, int, bool> Sentences => new()
    {
        { "Hello, thank you for calling. How can I help you today?", 14, 120, false },
        { "Hello, thank you for calling. How can I help you today?", 14, 200, true },
        { "I have been waiting for three weeks and nobody has called me back.", 16, 120, true },
        { "I have been waiting for three weeks and nobody has called me back.", 16, 200, false },
        { "Could you please check the status of my order for me?", 13, 160, false },
        { "The refund should appear on your statement within five working days.", 16, 160, true },
        { "I understand how frustrating this must be for you.", 13, 140, false },
        { "Unfortunately the technician cannot come until Thursday afternoon.", 20, 180, false },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Process_EspeakSentence_CountWithin20PercentOfSyllables(string text, int syllables, int speed, bool muLaw)
    {
        using var call = SpeechCall.Make(8000, muLaw, 0.5, new Utterance(text, speed, 0.5));
        var nuclei = Signals.Nuclei(call.Frames());
        output.WriteLine($"{nuclei.Count} nuclei for {syllables} syllables at {speed} wpm: {string.Join(" ", nuclei.Select(t => t.ToString("0.00")))}");
        Assert.InRange(nuclei.Count, (int)Math.Ceiling(syllables * 0.8), (int)Math.Floor(syllables * 1.2));
    }

    [Theory]
    [InlineData("I have been waiting for three weeks and nobody has called me back.", 16, true)]
    [InlineData("Could you please check the status of my order for me?", 13, false)]
    public void Process_EspeakSentenceInLineNoise_CountWithin20PercentOfSyllables(string text, int syllables, bool muLaw)
    {
        using var call = SpeechCall.Make(8000, muLaw, 0.5, new Utterance(text, 160, 0.5));
        var nuclei = Signals.Nuclei(call.Frames(noiseDbfs: -45));
        output.WriteLine($"{nuclei.Count} nuclei for {syllables} syllables in -45 dBFS noise");
        Assert.InRange(nuclei.Count, (int)Math.Ceiling(syllables * 0.8), (int)Math.Floor(syllables * 1.2));
    }

    [Theory]
    [InlineData("I have been waiting for three weeks and nobody has called me back.")]
    [InlineData("The refund should appear on your statement within five working days.")]
    public void Process_EspeakFastAndSlow_RatesClearlyDiffer(string text)
    {
        var slow = Rate(text, 120);
        var fast = Rate(text, 200);
        output.WriteLine($"120 wpm: {slow:0.00} syllables/s; 200 wpm: {fast:0.00} syllables/s");
        Assert.True(fast > slow * 1.35, $"fast {fast:0.00}/s vs slow {slow:0.00}/s");
    }

    /// <summary>Nuclei per second of speech (the voice activity detector's segments), as the call pipeline measures it.</summary>
    private static double Rate(string text, int speed)
    {
        using var call = SpeechCall.Make(8000, false, 0.5, new Utterance(text, speed, 0.5));
        var frames = call.Frames();
        var speech = Signals.Segments(frames).Sum(s => s.Duration);
        return Signals.Nuclei(frames).Count / speech;
    }
}
