using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;
using Attune.Analysis.Tests.TestKit;
using Xunit.Abstractions;

namespace Attune.Analysis.Tests.Audio.Calls;

/// <summary>The audio analysis of synthetic dual-channel calls (espeak-ng + sox) against their sample-exact truth.</summary>
public class CallAudioAnalyzerTests(ITestOutputHelper output)
{
    /// <summary>Issue 3: overtalk, silence and turn boundaries within 50 ms of the truth.</summary>
    private const double Tolerance = 0.050;

    private static SyntheticCall Sample() => SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());

    internal static CallAudio Analyze(string path, CallAudioOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        var opened = WavReader.Open(stream, path);
        Assert.True(opened.Success, opened.Error?.ToString());
        using var reader = opened.Value;
        return CallAudioAnalyzer.Analyze(reader, options);
    }

    /// <summary>The truth turns: every utterance but the backchannels (which are not turns).</summary>
    private static List<UtteranceTruth> TruthTurns(SyntheticCall call) =>
        call.Truth.Utterances.Where(u => u.End - u.Start > 1.0).OrderBy(u => u.Start).ToList();

    [Fact]
    public void Analyze_SampleCall_TurnBoundariesWithin50ms()
    {
        var call = Sample();
        var audio = Analyze(call.PcmPath);
        var errors = new List<double>();
        foreach (var truth in TruthTurns(call))
        {
            var turn = audio.Dynamics.Turns.Where(t => t.Party == truth.Party).MinBy(t => Math.Abs(t.Start - truth.Start));
            Assert.NotNull(turn);
            output.WriteLine($"{truth.Party,-8} truth {truth.Start:0.000}-{truth.End:0.000} heard {turn.Start:0.000}-{turn.End:0.000}");
            errors.Add(Math.Abs(turn.Start - truth.Start));
            errors.Add(Math.Abs(turn.End - truth.End));
        }

        output.WriteLine($"boundary error mean {errors.Average() * 1000:0} ms, max {errors.Max() * 1000:0} ms");
        Assert.All(errors, e => Assert.True(e <= Tolerance, $"boundary off by {e * 1000:0} ms"));
    }

    [Fact]
    public void Analyze_SampleCall_OvertalkWithin50msAndWhoStartedIt()
    {
        var call = Sample();
        var audio = Analyze(call.PcmPath);
        var truths = call.Truth.Overtalk().Where(o => o.Span.Duration >= 0.1).ToList();
        Assert.NotEmpty(truths);
        foreach (var truth in truths)
        {
            var heard = audio.Dynamics.Overtalks.MinBy(o => Math.Abs(o.Start - truth.Span.Start));
            Assert.NotNull(heard);
            output.WriteLine($"overtalk truth {truth.Span} by {truth.StartedBy}; heard {heard.Start:0.000}-{heard.End:0.000} by {heard.StartedBy} ({heard.Kind})");
            Assert.True(Math.Abs(heard.Start - truth.Span.Start) <= Tolerance, $"overtalk start {heard.Start:0.000} vs {truth.Span.Start:0.000}");
            Assert.True(Math.Abs(heard.End - truth.Span.End) <= Tolerance, $"overtalk end {heard.End:0.000} vs {truth.Span.End:0.000}");
            Assert.Equal(truth.StartedBy, heard.StartedBy);
        }
    }

    [Fact]
    public void Analyze_SampleCall_SilenceOver3sWithin50ms()
    {
        var call = Sample();
        var audio = Analyze(call.PcmPath);
        var truths = call.Truth.Silences(minSeconds: 3.0);
        Assert.NotEmpty(truths);
        Assert.Equal(truths.Count, audio.Dynamics.NonTalk.Count);
        for (var i = 0; i < truths.Count; i++)
        {
            output.WriteLine($"silence truth {truths[i]} heard {audio.Dynamics.NonTalk[i].Start:0.000}-{audio.Dynamics.NonTalk[i].End:0.000}");
            Assert.True(Math.Abs(audio.Dynamics.NonTalk[i].Start - truths[i].Start) <= Tolerance);
            Assert.True(Math.Abs(audio.Dynamics.NonTalk[i].End - truths[i].End) <= Tolerance);
        }
    }

    [Fact]
    public void Analyze_SampleCall_BackchannelAndInterruptionAreTold()
    {
        var audio = Analyze(Sample().PcmPath);
        Assert.Contains(audio.Dynamics.Overtalks, o => o.Kind == OvertalkKind.Backchannel && o.StartedBy == Party.Advisor);
        Assert.Contains(audio.Dynamics.Overtalks, o => o.Kind == OvertalkKind.Interruption && o.StartedBy == Party.Advisor);
        Assert.Equal(1, audio.Dynamics.InterruptionsByAdvisor);
    }

    [Fact]
    public void Analyze_MuLawAndPcmOfOneCall_AgreeWithin20ms()
    {
        var call = Sample();
        var pcm = Analyze(call.PcmPath);
        var mulaw = Analyze(call.MuLawPath);
        Assert.Equal(pcm.Dynamics.Turns.Count, mulaw.Dynamics.Turns.Count);
        for (var i = 0; i < pcm.Dynamics.Turns.Count; i++)
        {
            Assert.Equal(pcm.Dynamics.Turns[i].Party, mulaw.Dynamics.Turns[i].Party);
            Assert.True(Math.Abs(pcm.Dynamics.Turns[i].Start - mulaw.Dynamics.Turns[i].Start) <= 0.020, $"turn {i} start");
            Assert.True(Math.Abs(pcm.Dynamics.Turns[i].End - mulaw.Dynamics.Turns[i].End) <= 0.020, $"turn {i} end");
        }

        Assert.Equal(pcm.Dynamics.Overtalks.Count, mulaw.Dynamics.Overtalks.Count);
        for (var i = 0; i < pcm.Dynamics.Overtalks.Count; i++)
        {
            Assert.True(Math.Abs(pcm.Dynamics.Overtalks[i].Start - mulaw.Dynamics.Overtalks[i].Start) <= 0.020);
            Assert.True(Math.Abs(pcm.Dynamics.Overtalks[i].End - mulaw.Dynamics.Overtalks[i].End) <= 0.020);
        }
    }

    [Fact]
    public void Analyze_CustomerOnTheRight_SameDynamicsAsOnTheLeft()
    {
        var left = Sample();
        var right = SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec() with { CustomerChannel = 1 });
        var a = Analyze(left.PcmPath);
        var b = Analyze(right.PcmPath, new CallAudioOptions { CustomerChannel = 1 });
        Assert.Equal(a.Dynamics.Turns.Count, b.Dynamics.Turns.Count);
        Assert.Equal(a.Dynamics.CustomerTalkSeconds, b.Dynamics.CustomerTalkSeconds, 2);
        Assert.Equal(1, b.Customer.ChannelIndex);
        Assert.Equal(0, b.Advisor!.ChannelIndex);
    }

    [Fact]
    public void Analyze_SampleCall_TalkTimesMatchTruth()
    {
        var call = Sample();
        var audio = Analyze(call.PcmPath);
        output.WriteLine($"customer {audio.Dynamics.CustomerTalkSeconds:0.000} s (truth {call.Truth.TalkTime(Party.Customer):0.000}), advisor {audio.Dynamics.AdvisorTalkSeconds:0.000} s (truth {call.Truth.TalkTime(Party.Advisor):0.000})");
        // The truth counts each utterance whole, pauses between its sentences included; voice activity counts speech
        // only (a pause longer than the hangover is not talk), so heard talk time is a few per cent lower.
        Assert.InRange(audio.Dynamics.CustomerTalkSeconds / call.Truth.TalkTime(Party.Customer), 0.93, 1.01);
        Assert.InRange(audio.Dynamics.AdvisorTalkSeconds / call.Truth.TalkTime(Party.Advisor), 0.93, 1.01);
        Assert.NotNull(audio.Customer.IntegratedLufs);
        Assert.Empty(audio.Notes);
    }
}
