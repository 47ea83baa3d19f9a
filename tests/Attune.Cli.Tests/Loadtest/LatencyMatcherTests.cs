using System.Diagnostics;
using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class LatencyMatcherTests
{
    private static readonly long Ms = Stopwatch.Frequency / 1000;

    private static LiveEventEnvelope Event(string session, long seq, string? reference = null, double? streamTime = null) =>
        new(session, seq, new LiveTrigger(reference, streamTime, DateTimeOffset.UnixEpoch));

    [Fact]
    public void Observe_ChatRef_TimedFromThePostsSendTime()
    {
        var m = new LatencyMatcher();
        m.SetWindow(0, long.MaxValue);
        m.TurnSent("chat-1#3", 1000 * Ms);

        m.Observe("nudge", Event("chat-1", 1, reference: "chat-1#3"), 1120 * Ms);
        m.Observe("findings", Event("chat-1", 2, reference: "chat-1#3"), 1100 * Ms);

        var s = m.Chat.Summary();
        Assert.Equal(2, s.Count);
        Assert.Equal(120, s.Max, 3);
        Assert.Equal(0, m.Call.Count);
    }

    [Fact]
    public void Observe_CallStreamTime_TimedFromTheFrameHoldingThatPosition()
    {
        var m = new LatencyMatcher();
        var frames = new FrameTimeline(100);
        for (var k = 0; k < 100; k++)
        {
            frames.Add((5000 + (k * 20)) * Ms); // frame k sent at 5000 + 20k ms
        }

        m.CallStarted("call-1", frames);
        m.SetWindow(0, long.MaxValue);

        // Position 1.00 s = end of frame 49 (sent at 5980 ms); the event arrives at 6030 ms → 50 ms.
        m.Observe("dynamics", Event("call-1", 1, streamTime: 1.0), 6030 * Ms);

        Assert.Equal(50, m.Call.Summary().Max, 3);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.005, 0)]
    [InlineData(0.02, 0)]
    [InlineData(0.021, 1)]
    [InlineData(1.0, 49)]
    public void FrameOf_Position_LastFrameNeededToReachIt(double t, long frame) => Assert.Equal(frame, FrameTimeline.FrameOf(t));

    [Fact]
    public void Observe_OutsideWindowUnmatchedOrNotTimedKind_NotInTheFigures()
    {
        var m = new LatencyMatcher();
        m.TurnSent("early", 10 * Ms);
        m.TurnSent("inside", 200 * Ms);
        m.SetWindow(100 * Ms, 1000 * Ms);

        m.Observe("nudge", Event("s", 1, reference: "early"), 300 * Ms);
        m.Observe("nudge", Event("s", 2, reference: "unknown"), 300 * Ms);
        m.Observe("nudge", Event("s", 3, streamTime: 2.0), 300 * Ms);
        m.Observe("turn", Event("s", 4, reference: "inside"), 300 * Ms);
        m.Observe("alert", Event("s", 5, reference: "inside"), 300 * Ms);

        Assert.Equal(1, m.Chat.Count);
        Assert.Equal(1, m.OutsideWindow);
        Assert.Equal(2, m.Unmatched);
        Assert.Equal(1, m.UnmatchedCounts["nudge/ref"]);
        Assert.Equal(1, m.UnmatchedCounts["nudge/streamTime"]);
        Assert.Equal(5, m.Events);
        Assert.Equal(3, m.EventCounts["nudge"]);
    }

    [Fact]
    public void Observe_BeforeTheWindowIsSet_KeptApartFromTheFigures()
    {
        // The ramp: a cold server's first turns answer slowly, and their events arrive before the window opens.
        var m = new LatencyMatcher();
        m.TurnSent("ramp", 10 * Ms);
        m.Observe("nudge", Event("s", 1, reference: "ramp"), 210 * Ms);

        m.SetWindow(1000 * Ms, 2000 * Ms);
        m.TurnSent("late-ramp", 900 * Ms);
        m.TurnSent("inside", 1100 * Ms);
        m.Observe("findings", Event("s", 2, reference: "late-ramp"), 1000 * Ms);
        m.Observe("findings", Event("s", 3, reference: "inside"), 1103 * Ms);

        Assert.Equal(1, m.Chat.Count);
        Assert.Equal(3, m.Chat.Summary().Max, 3);
        Assert.Equal(2, m.OutsideWindow);
        Assert.Equal(2, m.BeforeWindow.Count);
        Assert.Equal(200, m.BeforeWindow.Summary().Max, 3);
    }

    [Fact]
    public void Observe_SeqJumps_CountsTheMissingEvents()
    {
        var m = new LatencyMatcher();

        m.Observe("turn", Event("s", 1), 0);
        m.Observe("turn", Event("s", 2), 0);
        m.Observe("turn", Event("s", 5), 0);
        m.Observe("turn", Event("other", 1), 0);

        Assert.Equal(2, m.SeqGaps);
    }
}
