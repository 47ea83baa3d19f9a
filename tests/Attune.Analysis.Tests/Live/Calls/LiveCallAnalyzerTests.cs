using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Calls;
using Attune.Analysis.Live.Nudges;
using Attune.Analysis.Tests.Audio.Calls;
using Attune.Analysis.Tests.Audio.Dynamics;
using Attune.Analysis.Tests.TestKit;
using Xunit.Abstractions;

namespace Attune.Analysis.Tests.LiveCalls;

/// <summary>The live analysis of synthetic calls (espeak-ng + sox) streamed in Twilio-sized blocks, against the batch path and the truth.</summary>
public class LiveCallAnalyzerTests(ITestOutputHelper output)
{
    private static SyntheticCall Sample() => SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());

    /// <summary>
    /// A customer explaining at length; the advisor comes in 2 s into it and keeps talking while the customer carries on
    /// (overtalk well past the alert), then 5 s of silence, then the customer again.
    /// </summary>
    private static SyntheticCall TalkOver() => SyntheticCall.Build(SyntheticCall.SharedCacheDir, new SyntheticCallSpec(
    [
        new(Party.Advisor, 0.5, "Good morning, you are through to the billing team, how can I help?"),
        new(Party.Customer, 0.6, "I was charged twice for the same month and I have already written to you about it twice without any answer at all, so I would like the money back today please.", "en-us+f3", 150)
        {
            Anchor = UtteranceAnchor.LatestEnd,
        },
        new(Party.Advisor, 2.0, "Right, okay, so what I need first is your account number and the date of the charge.", "en-us", 170)
        {
            Anchor = UtteranceAnchor.PreviousStart,
        },
        new(Party.Customer, 5.0, "Hello? Are you still there?", "en-us+f3", 150) { Anchor = UtteranceAnchor.LatestEnd },
        new(Party.Advisor, 0.5, "Yes, sorry, I am looking at your account now.") { Anchor = UtteranceAnchor.LatestEnd },
    ]));

    /// <summary>Streams a call through a live analyser in blocks (Twilio's are 160 samples, 20 ms); returns every update and the result.</summary>
    internal static (List<LiveCallUpdate> Updates, CallAudio Audio, LiveCallAnalyzer Analyzer) Stream(CallAudioFile call, int block = 160,
        LiveCallOptions? options = null, NudgeGenerator? nudges = null, NudgePolicy? policy = null)
    {
        var analyzer = new LiveCallAnalyzer(call.Format, options, nudges, policy);
        var updates = new List<LiveCallUpdate>();
        foreach (var (offset, count) in call.Blocks(block))
        {
            updates.AddRange(analyzer.Push(call.Customer.AsSpan(offset, count), call.Advisor.AsSpan(offset, count)));
        }

        var audio = analyzer.Complete(updates);
        foreach (var u in updates)
        {
            Assert.True(u.StreamTime >= u.End - 1e-9, $"{u} emitted before its end");
        }

        return (updates, audio, analyzer);
    }

    private void Print(IEnumerable<LiveCallUpdate> updates)
    {
        foreach (var u in updates)
        {
            output.WriteLine($"{u.StreamTime,7:0.00} {u.Kind,-11} {u.Start:0.00}-{u.End:0.00} {u.Party} {u.Dynamics?.Kind} {u.Dynamics?.Overtalk?.Kind} {u.Label} {u.Arousal} {u.Nudge?.Kind}");
        }
    }

    [Theory]
    [InlineData(160)]
    [InlineData(1)]
    [InlineData(4096)]
    public void Complete_SampleCall_EqualsBatchAnalysis(int block)
    {
        var call = Sample();
        var batch = CallAudioAnalyzerTests.Analyze(call.MuLawPath);
        var (_, live, analyzer) = Stream(CallAudioFile.Read(call.MuLawPath), block);

        Assert.Equal(batch.Format, live.Format);
        Assert.Equal(batch.Duration, live.Duration);
        Assert.Equal(batch.Customer.Speech, live.Customer.Speech);
        Assert.Equal(batch.Advisor!.Speech, live.Advisor!.Speech);
        Assert.Equal(batch.Customer.IntegratedLufs, live.Customer.IntegratedLufs);
        Assert.Equal(batch.Advisor.NoiseFloorDbfs, live.Advisor.NoiseFloorDbfs);
        Assert.Equal(batch.Customer.Track.Buckets.ToArray(), live.Customer.Track.Buckets.ToArray());
        Assert.Equal(batch.Notes, live.Notes);
        DynamicsAssert.Equal(batch.Dynamics, live.Dynamics);
        // what the tracker settled as the audio arrived is the batch result too
        DynamicsAssert.Equal(batch.Dynamics, analyzer.LiveDynamics!);
    }

    [Fact]
    public void Push_SampleCall_EverySettledEventOnceAndMostBeforeTheEnd()
    {
        var call = Sample();
        var (updates, audio, _) = Stream(CallAudioFile.Read(call.MuLawPath));
        Print(updates);
        var settled = updates.Where(u => u.Kind == LiveCallUpdateKind.Dynamics).Select(u => u.Dynamics!).ToList();
        var d = audio.Dynamics;
        Assert.Equal(d.Turns, settled.Where(e => e.Kind == DynamicsEventKind.Turn).Select(e => new PartyTurn(e.Party!.Value, e.Start, e.End)));
        Assert.Equal(d.Overtalks, settled.Where(e => e.Kind == DynamicsEventKind.Overtalk).Select(e => e.Overtalk!));
        Assert.Equal(d.NonTalk, settled.Where(e => e.Kind == DynamicsEventKind.NonTalk).Select(e => new Span(e.Start, e.End)));

        // Settled as the call went on, not at the end: only the last turn waits for the end. The tracker settles nothing
        // past speech still open, so an event can wait for the other party's utterance in progress to close (the
        // longest here is the customer's 12 s turn); most settle within a few seconds.
        var live = updates.Where(u => u.Kind == LiveCallUpdateKind.Dynamics && u.StreamTime < audio.Duration).ToList();
        Assert.Equal(settled.Count - 1, live.Count);
        Assert.All(live, u => Assert.True(u.StreamTime - u.End < 12.0, $"{u.Dynamics} settled {u.StreamTime - u.End:0.00} s after its end"));
        var delays = live.Select(u => u.StreamTime - u.End).Order().ToList();
        output.WriteLine($"settled after their end: median {delays[delays.Count / 2]:0.00} s, max {delays[^1]:0.00} s");
        Assert.True(delays[delays.Count / 2] < 4.0);
    }

    [Fact]
    public void Push_SampleCall_SilenceAlertedAsSoonAsItIsNonTalk()
    {
        var call = Sample();
        var (updates, _, _) = Stream(CallAudioFile.Read(call.MuLawPath));
        var truth = call.Truth.Silences(minSeconds: 3.0).Single();
        var alert = Assert.Single(updates, u => u.Kind == LiveCallUpdateKind.LongSilence);
        output.WriteLine($"silence truth {truth}; alert at stream {alert.StreamTime:0.000} for {alert.Start:0.000}-{alert.End:0.000}");
        Assert.InRange(alert.Start, truth.Start - 0.05, truth.Start + 0.05);
        Assert.InRange(alert.End - alert.Start, 3.0, 3.05);
        // during the silence, not after it: at most one voice-activity hangover and a block late
        Assert.True(alert.StreamTime < truth.End, "alerted after the silence was over");
        Assert.InRange(alert.StreamTime, truth.Start + 3.0, truth.Start + 3.0 + 0.3);
    }

    [Fact]
    public void Push_TalkOver_OvertalkAlertedWhileTheCustomerIsStillSpeaking()
    {
        var call = TalkOver();
        var (updates, audio, _) = Stream(CallAudioFile.Read(call.MuLawPath));
        Print(updates);
        var customer = call.Truth.Utterances[1];
        var advisor = call.Truth.Utterances[2];
        var alert = Assert.Single(updates, u => u.Kind == LiveCallUpdateKind.Overtalk);
        Assert.Equal(Party.Advisor, alert.Party);
        Assert.InRange(alert.Start, advisor.Start - 0.1, advisor.Start + 0.1);
        Assert.InRange(alert.StreamTime, advisor.Start + 0.6, advisor.Start + 0.6 + 0.3);
        Assert.True(alert.StreamTime < customer.End, "the alert came after the customer had finished");
        // the settled event comes later and says what it was
        var settled = Assert.Single(updates, u => u.Kind == LiveCallUpdateKind.Dynamics && u.Dynamics!.Kind == DynamicsEventKind.Overtalk);
        Assert.True(settled.StreamTime > alert.StreamTime);
        Assert.Equal(Party.Advisor, settled.Dynamics!.Overtalk!.StartedBy);
        Assert.Equal(audio.Dynamics.Overtalks.Single(), settled.Dynamics.Overtalk);
    }

    [Fact]
    public void Push_SampleCall_CustomerStartingOverTheAdvisorIsNoOvertalkAlert()
    {
        var call = Sample();
        var (updates, _, _) = Stream(CallAudioFile.Read(call.MuLawPath));
        // the customer's early start (over the advisor) is no alert: only the advisor talking over the customer is
        var byCustomer = call.Truth.Overtalk().Where(o => o.StartedBy == Party.Customer).ToList();
        Assert.NotEmpty(byCustomer);
        Assert.DoesNotContain(updates, u => u.Kind == LiveCallUpdateKind.Overtalk && byCustomer.Any(o => Math.Abs(o.Span.Start - u.Start) < 0.2));
        Assert.All(updates.Where(u => u.Kind == LiveCallUpdateKind.Overtalk), u => Assert.Equal(Party.Advisor, u.Party));
    }

    [Fact]
    public void Push_SampleCall_ArousalPerClosedCustomerSegment()
    {
        var call = Sample();
        var (updates, audio, _) = Stream(CallAudioFile.Read(call.MuLawPath));
        var arousal = updates.Where(u => u.Kind == LiveCallUpdateKind.Arousal).ToList();
        // one per customer segment with a measurable voice, in time order, right after the segment closed
        Assert.Equal(audio.Customer.Speech.Where(s => s.Duration >= 0.5).Select(s => s.Start), arousal.Select(a => a.Start));
        Assert.All(arousal, a =>
        {
            Assert.Equal(Party.Customer, a.Party);
            Assert.InRange(a.Arousal!.Value, 0, 1);
            Assert.InRange(a.StreamTime - a.End, 0, 0.5);
        });

        // The escalation (louder, higher, faster: the customer's utterance the advisor interrupts) is the most aroused; the close is calm.
        var escalation = call.Truth.Utterances.Single(u => u.Utterance.StopAfter is not null);
        var peak = arousal.MaxBy(a => a.Arousal)!;
        Assert.InRange(peak.Start, escalation.Start - 0.3, escalation.Start + 0.3);
        Assert.Contains(peak.Label, new[] { "raised", "high" });
        Assert.True(arousal[^1].Arousal < peak.Arousal);
    }

    [Fact]
    public void Push_WithNudges_LetThemFinishAndExplainSilenceThroughThePolicy()
    {
        var call = TalkOver();
        var policy = new NudgePolicy();
        var (updates, _, _) = Stream(CallAudioFile.Read(call.MuLawPath), nudges: new NudgeGenerator("talk-over"), policy: policy);
        var nudges = updates.Where(u => u.Kind == LiveCallUpdateKind.Nudge).Select(u => u.Nudge!).ToList();
        Assert.Equal([NudgeKinds.LetThemFinish, NudgeKinds.ExplainSilence], nudges.Select(n => n.Kind));
        // each nudge right after the alert that caused it (the settled interruption fell in the cooldown)
        var overtalk = updates.Single(u => u.Kind == LiveCallUpdateKind.Overtalk);
        var silence = updates.Single(u => u.Kind == LiveCallUpdateKind.LongSilence);
        Assert.Equal(overtalk.StreamTime, updates.Single(u => u.Nudge?.Kind == NudgeKinds.LetThemFinish).StreamTime);
        Assert.Equal(silence.StreamTime, updates.Single(u => u.Nudge?.Kind == NudgeKinds.ExplainSilence).StreamTime);

        // muted: alerts still come, nudges do not
        var muted = new NudgePolicy();
        muted.Mute(null, 0);
        var (quiet, _, _) = Stream(CallAudioFile.Read(call.MuLawPath), nudges: new NudgeGenerator("talk-over"), policy: muted);
        Assert.DoesNotContain(quiet, u => u.Kind == LiveCallUpdateKind.Nudge);
        Assert.Contains(quiet, u => u.Kind == LiveCallUpdateKind.Overtalk);
    }

    [Fact]
    public void Push_SampleCall_AllocatesNothingPerBlockBeyondTheAudioAnalysis()
    {
        var call = CallAudioFile.Read(Sample().MuLawPath);
        Stream(call); // warm up (JIT, static tables)
        long Measure(Action<int, int> push)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var (offset, count) in call.Blocks(160))
            {
                push(offset, count);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var batch = new CallAudioAnalyzer(call.Format);
        var audioOnly = Measure((o, n) => batch.Push(call.Customer.AsSpan(o, n), call.Advisor.AsSpan(o, n)));
        var live = new LiveCallAnalyzer(call.Format);
        var updates = 0;
        var withLive = Measure((o, n) => updates += live.Push(call.Customer.AsSpan(o, n), call.Advisor.AsSpan(o, n)).Count);
        var blocks = call.Blocks(160).Count();
        var extra = withLive - audioOnly;
        output.WriteLine($"{blocks} blocks, {updates} updates: audio analysis {audioOnly} B, live {withLive} B, extra {extra} B ({(double)extra / blocks:0.0} B/block)");
        // What is found costs (updates, the tracker's lists); a block that finds nothing costs nothing: the extra is
        // bounded by the updates, far below one allocation per block.
        Assert.True(extra < updates * 1024 + 16 * 1024, $"{extra} B extra for {updates} updates over {blocks} blocks");
    }

    [Fact]
    public void Push_ChannelsOfDifferentLength_Refused()
    {
        var analyzer = new LiveCallAnalyzer(LiveCallAnalyzer.TelephonyFormat);
        Assert.Throws<ArgumentException>(() => analyzer.Push(new float[160], new float[80]));
    }

    [Fact]
    public void Push_AfterComplete_Refused()
    {
        var analyzer = new LiveCallAnalyzer(LiveCallAnalyzer.TelephonyFormat);
        analyzer.Push(new float[160], new float[160]);
        var audio = analyzer.Complete();
        Assert.Same(audio, analyzer.Complete());
        Assert.Equal(0.02, audio.Duration, 6);
        Assert.Throws<InvalidOperationException>(() => analyzer.Push(new float[160], new float[160]));
    }

    [Fact]
    public void Constructor_MonoFormat_Refused() =>
        Assert.Throws<ArgumentException>(() => new LiveCallAnalyzer(Attune.Analysis.Audio.Wav.AudioFormat.MuLaw8kMono));

    [Fact]
    public void Push_Silence_NoUpdatesAndNoSilenceAlertBeforeAnyoneSpoke()
    {
        var analyzer = new LiveCallAnalyzer(LiveCallAnalyzer.TelephonyFormat);
        var block = new float[160];
        for (var i = 0; i < 500; i++) // 10 s
        {
            Assert.Empty(analyzer.Push(block, block));
        }

        Assert.Equal(10.0, analyzer.Position, 6);
    }
}
