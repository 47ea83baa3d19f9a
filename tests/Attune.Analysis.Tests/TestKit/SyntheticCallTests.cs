using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.TestKit;

public class SyntheticCallTests
{
    private static readonly Utterance[] TwoParties =
    [
        new(Party.Customer, 0.5, "Hi, my internet has been down since yesterday", "en-us+f3", 150, 50, 100),
        new(Party.Advisor, 0.4, "I'm sorry to hear that", "en-us", 165) { Anchor = UtteranceAnchor.LatestEnd },
        new(Party.Customer, -0.3, "It keeps dropping", "en-us+f3", 150) { Anchor = UtteranceAnchor.LatestEnd },
    ];

    private static SyntheticCall Call(int customerChannel = 0) =>
        SyntheticCall.Build(SyntheticCall.SharedCacheDir, TwoParties, sampleRate: 8000, customerChannel: customerChannel);

    [Fact]
    public void Build_Pcm_SilentOutsideTruthAndAudibleAtItsEdges()
    {
        var call = Call();
        var (left, right, format) = CallWav.Read(call.PcmPath);

        Assert.Equal(new AudioFormat(8000, 2, AudioEncoding.Pcm, 16), format);
        Assert.Equal(call.Truth.Frames, left.Length);
        AssertSpeechExactlyInTruth(call, Party.Customer, left);
        AssertSpeechExactlyInTruth(call, Party.Advisor, right);
    }

    [Fact]
    public void Build_MuLaw_DecodesToThePcmCallWithinQuantisation()
    {
        var call = Call();
        var (pcmLeft, pcmRight, _) = CallWav.Read(call.PcmPath);
        var (left, right, format) = CallWav.Read(call.MuLawPath);

        Assert.Equal(AudioEncoding.MuLaw, format.Encoding);
        Assert.Equal(2, format.Channels);
        Assert.Equal(pcmLeft.Length, left.Length);
        for (var i = 0; i < left.Length; i++)
        {
            // µ-law keeps about 3% relative precision above its linear segment (G.711: 8-bit log, 14-bit range).
            Assert.True(Math.Abs(left[i] - pcmLeft[i]) <= (0.04 * Math.Abs(pcmLeft[i])) + 0.0005, $"left sample {i}: {left[i]} vs {pcmLeft[i]}");
            Assert.True(Math.Abs(right[i] - pcmRight[i]) <= (0.04 * Math.Abs(pcmRight[i])) + 0.0005, $"right sample {i}: {right[i]} vs {pcmRight[i]}");
            Assert.True(call.Truth.IsSpeech(Party.Customer, i) || left[i] == 0, $"left sample {i} outside speech is {left[i]}");
            Assert.True(call.Truth.IsSpeech(Party.Advisor, i) || right[i] == 0, $"right sample {i} outside speech is {right[i]}");
        }
    }

    [Fact]
    public void Build_CustomerChannelOne_PutsTheCustomerOnTheRight()
    {
        var call = Call(customerChannel: 1);
        var (left, right, _) = CallWav.Read(call.PcmPath);

        Assert.Equal(1, call.ChannelOf(Party.Customer));
        AssertSpeechExactlyInTruth(call, Party.Customer, right);
        AssertSpeechExactlyInTruth(call, Party.Advisor, left);
    }

    [Fact]
    public void Build_Anchors_PlaceUtterancesRelativeToTheLastSpeech()
    {
        var truth = Call().Truth.Utterances;

        Assert.Equal(4000, truth[0].StartSample);
        Assert.Equal(truth[0].EndSample + 3200, truth[1].StartSample);
        Assert.Equal(truth[1].EndSample - 2400, truth[2].StartSample);
    }

    [Fact]
    public void Build_SameSpecTwice_ReusesTheFiles()
    {
        var first = Call();
        var written = File.GetLastWriteTimeUtc(first.PcmPath);
        var again = SyntheticCall.Build(SyntheticCall.SharedCacheDir, TwoParties.ToList(), sampleRate: 8000);
        var other = SyntheticCall.Build(SyntheticCall.SharedCacheDir, TwoParties, sampleRate: 16000);

        Assert.Equal(first.PcmPath, again.PcmPath);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again.PcmPath));
        Assert.NotEqual(first.PcmPath, other.PcmPath);
        Assert.Equal(first.Truth.Utterances[0].Start, other.Truth.Utterances[0].Start, 3);
    }

    [Fact]
    public void Build_OnePartyOverlappingItself_Throws()
    {
        Utterance[] overlapping =
        [
            new(Party.Advisor, 0.5, "Thank you for calling"),
            new(Party.Advisor, 0.2, "How can I help") { Anchor = UtteranceAnchor.PreviousStart },
        ];

        var error = Assert.Throws<ArgumentException>(() => SyntheticCall.Build(SyntheticCall.SharedCacheDir, overlapping));
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_StopAfter_CutsTheSpeechThere()
    {
        Utterance[] cut = [new(Party.Customer, 0.3, "This is the third time this month and nobody called me back") { StopAfter = 1.5 }];

        var truth = SyntheticCall.Build(SyntheticCall.SharedCacheDir, cut).Truth.Utterances[0];

        Assert.InRange(truth.End - truth.Start, 1.3, 1.5);
    }

    [Fact]
    public void Build_Effects_AddNoiseDcOffsetAndClipping()
    {
        var call = SyntheticCall.Build(SyntheticCall.SharedCacheDir, TwoParties,
            customerEffects: new ChannelEffects { GainDb = 30, DcOffset = 0.1 },
            advisorEffects: new ChannelEffects { NoiseDbfs = -40 });
        var (left, right, _) = CallWav.Read(call.PcmPath);

        var silentLeft = Enumerable.Range(0, left.Length).Where(i => !call.Truth.IsSpeech(Party.Customer, i)).Select(i => (double)left[i]).ToList();
        Assert.All(silentLeft, v => Assert.Equal(0.1, v, 3));
        Assert.Contains(left, v => v >= 32767f / 32768f);
        var silentRight = Enumerable.Range(0, right.Length).Where(i => !call.Truth.IsSpeech(Party.Advisor, i)).Select(i => (double)right[i]).ToList();
        var rmsDb = 10 * Math.Log10(silentRight.Average(v => v * v));
        Assert.InRange(rmsDb, -40.5, -39.5);
    }

    [Fact]
    public void SampleSpec_Build_HasEveryScene()
    {
        var call = SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());
        var truth = call.Truth;
        var overtalk = truth.Overtalk();
        var customer = truth.Of(Party.Customer);
        var advisor = truth.Of(Party.Advisor);

        Assert.InRange(truth.Duration, 60, 90);
        // one long silence of 4 s, every other gap an ordinary turn-taking gap
        var silence = Assert.Single(truth.Silences(minSeconds: 3));
        Assert.Equal(4.0, silence.Duration, 3);
        Assert.All(truth.Silences().Where(s => s != silence), s => Assert.InRange(s.Duration, 0.25, 1.0));
        // the backchannel: an advisor "mm-hmm" wholly inside a customer turn
        var mmHmm = advisor.Single(u => u.Utterance.Text == "mm-hmm");
        Assert.Contains(customer, c => c.Start < mmHmm.Start && c.End > mmHmm.End + 2);
        // the interruption: the advisor starts over the customer, who stops within a second
        Assert.Contains(overtalk, o => o.StartedBy == Party.Advisor && o.Span.Duration is > 0.3 and < 1.0
            && customer.Any(c => c.End == o.Span.End));
        // the customer starts before the advisor has finished
        Assert.Contains(overtalk, o => o.StartedBy == Party.Customer && o.Span.Duration > 0.3);
        Assert.Equal(3, overtalk.Count);
        Assert.InRange(truth.TalkTime(Party.Customer), 20, 45);
        Assert.InRange(truth.TalkTime(Party.Advisor), 20, 45);
    }

    [Fact]
    public void ExternalTool_Missing_SaysHowToInstall()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ExternalTool.Run("espeak-ng-not-installed", ["--version"]));

        Assert.Contains("./test.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truth_Overtalk_IsTheIntersectionStartedByWhoeverCameInSecond()
    {
        var truth = HandMade((Party.Customer, 0, 800), (Party.Advisor, 600, 1000), (Party.Customer, 900, 1200), (Party.Advisor, 1300, 1400));

        var overtalk = truth.Overtalk();

        Assert.Equal([new OvertalkTruth(new SpeechSpan(0.6, 0.8), Party.Advisor), new OvertalkTruth(new SpeechSpan(0.9, 1.0), Party.Customer)], overtalk);
    }

    [Fact]
    public void Truth_Silences_AreGapsWhereNeitherSpeaks()
    {
        var truth = HandMade((Party.Customer, 100, 800), (Party.Advisor, 600, 1000), (Party.Customer, 1500, 1600));

        Assert.Equal([new SpeechSpan(1.0, 1.5)], truth.Silences());
        Assert.Empty(truth.Silences(minSeconds: 0.6));
        Assert.Equal([new SpeechSpan(0, 0.1), new SpeechSpan(1.0, 1.5), new SpeechSpan(1.6, 2.0)], truth.Silences(includeEdges: true));
        Assert.Equal(0.8, truth.TalkTime(Party.Customer), 9);
    }

    private static CallTruth HandMade(params (Party Party, long Start, long End)[] spans) =>
        new([.. spans.Select((s, i) => new UtteranceTruth(i, new Utterance(s.Party, 0, "x"), s.Start, s.End, 1000))], 2000, 1000);

    private static void AssertSpeechExactlyInTruth(SyntheticCall call, Party party, float[] channel)
    {
        for (var i = 0; i < channel.Length; i++)
        {
            if (!call.Truth.IsSpeech(party, i))
            {
                Assert.True(channel[i] == 0, $"{party} sample {i} ({(double)i / call.SampleRate:0.000} s) outside speech is {channel[i]}");
            }
        }

        foreach (var u in call.Truth.Of(party))
        {
            var span = channel.AsSpan((int)u.StartSample, (int)(u.EndSample - u.StartSample));
            Assert.True(Math.Abs(span[0]) > SyntheticCall.AudibleThreshold, $"first sample of \"{u.Utterance.Text}\" is {span[0]}");
            Assert.True(Math.Abs(span[^1]) > SyntheticCall.AudibleThreshold, $"last sample of \"{u.Utterance.Text}\" is {span[^1]}");
            var rms = Math.Sqrt(span.ToArray().Average(v => (double)v * v));
            Assert.True(rms > 0.02, $"\"{u.Utterance.Text}\" RMS {rms}");
        }
    }
}
