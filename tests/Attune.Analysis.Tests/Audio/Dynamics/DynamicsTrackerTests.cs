using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.Audio.Dynamics;

public class DynamicsTrackerTests
{
    /// <summary>A random two-party timeline: each party alternates speech and silence, with bursts, long turns and long silences.</summary>
    private static List<PartySegment> RandomTimeline(int seed, double length)
    {
        var random = new Random(seed);
        var segments = new List<PartySegment>();
        foreach (var party in new[] { Party.Customer, Party.Advisor })
        {
            var t = random.NextDouble() * 3;
            while (t < length)
            {
                var speech = random.Next(10) switch
                {
                    0 or 1 => 0.1 + (random.NextDouble() * 0.9), // backchannel-sized
                    2 => 20 + (random.NextDouble() * 50), // long, sometimes a monologue
                    _ => 0.3 + (random.NextDouble() * 8),
                };
                var end = Math.Round(t + speech, 2);
                segments.Add(new PartySegment(party, Math.Round(t, 2), end));
                var pause = random.Next(6) switch
                {
                    0 => random.NextDouble() * 0.8, // within a turn
                    1 => 3 + (random.NextDouble() * 8),
                    _ => 0.5 + (random.NextDouble() * 5),
                };
                t = end + pause;
            }
        }

        return segments;
    }

    /// <summary>Plays a timeline as a live call: open at each start, close at each end, advance every <paramref name="step"/> seconds.</summary>
    private static (DynamicsResult Result, List<DynamicsEvent> Events) PlayLive(List<PartySegment> segments, double duration, double step, bool announce)
    {
        var tracker = new DynamicsTracker();
        var events = new List<DynamicsEvent>();

        // Voice activity in time order: a segment opens at its start and closes at its end (closes first on a tie).
        var activity = segments.Select(s => (Time: s.Start, Open: true, Segment: s))
            .Concat(segments.Select(s => (Time: s.End, Open: false, Segment: s)))
            .OrderBy(a => a.Time).ThenBy(a => a.Open).ToList();
        var next = 0;
        var open = new List<PartySegment>();
        for (var now = 0.0; now <= duration + step; now += step)
        {
            for (; next < activity.Count && activity[next].Time <= now; next++)
            {
                var (_, isOpen, segment) = activity[next];
                if (isOpen)
                {
                    open.Add(segment);
                    if (announce)
                    {
                        tracker.SpeechStarted(segment.Party, segment.Start);
                    }
                }
                else
                {
                    open.Remove(segment);
                    tracker.Add(segment);
                }
            }

            // Without announcing open speech the caller holds Advance back to the earliest segment still open.
            var horizon = now;
            if (!announce)
            {
                foreach (var segment in open)
                {
                    horizon = Math.Min(horizon, segment.Start);
                }
            }

            foreach (var e in tracker.Advance(horizon))
            {
                Assert.True(e.End <= tracker.SettledTo + 1e-9, $"{e} settled before {tracker.SettledTo}");
                events.Add(e);
            }
        }

        for (; next < activity.Count; next++)
        {
            if (!activity[next].Open)
            {
                tracker.Add(activity[next].Segment);
            }
        }

        return (tracker.Complete(duration), events);
    }

    [Theory]
    [InlineData(1, 0.1, true)]
    [InlineData(2, 0.37, true)]
    [InlineData(3, 1.0, false)]
    [InlineData(4, 0.05, false)]
    [InlineData(5, 2.5, true)]
    [InlineData(6, 0.25, true)]
    public void Complete_RandomTimelineFedLive_EqualsBatch(int seed, double step, bool announce)
    {
        var segments = RandomTimeline(seed, 600);
        var duration = segments.Max(s => s.End) + 5;
        var batch = DynamicsAnalyzer.Analyze(segments, duration);
        var (live, events) = PlayLive(segments, duration, step, announce);

        DynamicsAssert.Equal(batch, live);
        Assert.NotEmpty(batch.Overtalks);
        Assert.NotEmpty(batch.NonTalk);

        // Everything that settled live is in the result, and everything in the result settled live (the live run
        // advanced past the end): overtalk, monologues, turns, non-talk (but the trailing silence, closed by Complete).
        Assert.Equal(batch.Overtalks.ToHashSet(), events.Where(e => e.Kind == DynamicsEventKind.Overtalk).Select(e => e.Overtalk!).ToHashSet());
        Assert.Equal(batch.Monologues.Select(m => (m.Start, m.End)), events.Where(e => e.Kind == DynamicsEventKind.Monologue).Select(e => (e.Start, e.End)));
        Assert.Equal(batch.Turns.Count, events.Count(e => e.Kind == DynamicsEventKind.Turn));
        Assert.Equal(batch.NonTalk.Take(batch.NonTalk.Count - 1), events.Where(e => e.Kind == DynamicsEventKind.NonTalk).Select(e => new Span(e.Start, e.End)));
        Assert.Equal(batch.LongSilenceAlertAt, events.SingleOrDefault(e => e.Kind == DynamicsEventKind.LongSilenceAlert)?.Start);
    }

    [Fact]
    public void Complete_RandomTimelines_CoverEveryKindOfEvent()
    {
        // Guards the random test above against timelines too tame to exercise the classification.
        var kinds = new HashSet<(Party, OvertalkKind)>();
        var monologues = 0;
        for (var seed = 1; seed <= 6; seed++)
        {
            var r = DynamicsAnalyzer.Analyze(RandomTimeline(seed, 600), 700);
            kinds.UnionWith(r.Overtalks.Select(o => (o.StartedBy, o.Kind)));
            monologues += r.Monologues.Count;
        }

        Assert.Equal(6, kinds.Count);
        Assert.True(monologues > 0);
    }

    [Fact]
    public void Advance_Interruption_SettlesOnceBothUtterancesAreOver()
    {
        var tracker = new DynamicsTracker();
        tracker.SpeechStarted(Party.Customer, 0);
        Assert.Empty(tracker.Advance(5));
        Assert.Equal(0, tracker.SettledTo);
        tracker.SpeechStarted(Party.Advisor, 8);
        tracker.Add(new PartySegment(Party.Customer, 0, 10));
        Assert.Empty(tracker.Advance(12));
        Assert.Equal(8, tracker.SettledTo);
        tracker.Add(new PartySegment(Party.Advisor, 8, 15));
        Assert.DoesNotContain(tracker.Advance(15.5), e => e.Kind == DynamicsEventKind.Overtalk);

        // 0.7 s after the advisor's last word nothing can extend the utterance: settled.
        var events = tracker.Advance(15.7);
        var interruption = Assert.Single(events, e => e.Kind == DynamicsEventKind.Overtalk).Overtalk!;
        Assert.Equal(OvertalkKind.Interruption, interruption.Kind);
        Assert.Equal(Party.Advisor, interruption.StartedBy);
    }

    [Fact]
    public void Advance_LongSilence_AlertsDuringTheSilence()
    {
        var tracker = new DynamicsTracker();
        tracker.Add(new PartySegment(Party.Customer, 0, 2));
        Assert.DoesNotContain(tracker.Advance(11.9), e => e.Kind == DynamicsEventKind.LongSilenceAlert);
        var alert = Assert.Single(tracker.Advance(12.1), e => e.Kind == DynamicsEventKind.LongSilenceAlert);
        Assert.Equal(12, alert.Start, 1e-9);
    }

    [Fact]
    public void Add_SegmentStartingInSettledTime_Refused()
    {
        var tracker = new DynamicsTracker();
        tracker.Advance(10);
        Assert.Throws<ArgumentException>(() => tracker.Add(new PartySegment(Party.Advisor, 9, 11)));
    }

    [Fact]
    public void Add_OutOfOrderForOneParty_Refused()
    {
        var tracker = new DynamicsTracker();
        tracker.Add(new PartySegment(Party.Customer, 5, 6));
        Assert.Throws<ArgumentException>(() => tracker.Add(new PartySegment(Party.Customer, 1, 2)));
    }

    [Fact]
    public void Complete_Twice_Refused()
    {
        var tracker = new DynamicsTracker();
        tracker.Complete(1);
        Assert.Throws<InvalidOperationException>(() => tracker.Complete(1));
    }
}
