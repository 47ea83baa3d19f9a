using System.Diagnostics;
using Attune.Analysis.Live.Telephony;
using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class CallPacerTests
{
    private static readonly long Frame = Stopwatch.Frequency / 50;

    private static EncodedConversation Script(int frames = 10) =>
        new(new ConversationAudio("t", "test", new byte[frames * 160], Enumerable.Repeat((byte)0x7F, frames * 160).ToArray()));

    private sealed class Recorder
    {
        public List<TwilioMessage> Messages { get; } = [];

        public TaskCompletionSource? Block { get; set; }

        public ValueTask Send(ReadOnlyMemory<byte> message)
        {
            var parsed = TwilioMessageParser.Parse(message.Span);
            Assert.True(parsed.Success, parsed.Error?.ToString());
            Messages.Add(parsed.Message);
            return Block is { } b ? new ValueTask(b.Task) : ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void Tick_OnTime_OneFramePerTrackPerTickWithTwilioCounters()
    {
        long now = 1_000_000;
        var pacer = new CallPacer(() => now);
        var rec = new Recorder();
        var call = new CallStream("c1", "MZ1", Script(), 0, 100, rec.Send);
        pacer.Add(call);

        for (var tick = 0; tick < 3; tick++)
        {
            pacer.Tick();
            now += Frame;
        }

        var media = rec.Messages.Cast<TwilioMedia>().ToList();
        Assert.Equal(6, media.Count);
        Assert.Equal([2, 3, 4, 5, 6, 7], media.Select(m => m.SequenceNumber));
        Assert.Equal([1, 1, 2, 2, 3, 3], media.Select(m => m.Chunk));
        Assert.Equal([0, 0, 20, 20, 40, 40], media.Select(m => m.TimestampMs));
        Assert.Equal([TwilioTrack.Inbound, TwilioTrack.Outbound], media.Take(2).Select(m => m.Track));
        Assert.All(media.Where(m => m.Track == TwilioTrack.Inbound), m => Assert.All(m.Payload.ToArray(), b => Assert.Equal(0, b)));
        Assert.All(media.Where(m => m.Track == TwilioTrack.Outbound), m => Assert.All(m.Payload.ToArray(), b => Assert.Equal(0x7F, b)));
        Assert.Equal(3, call.Frames.Count);
        Assert.Equal(0, pacer.Lateness.Late);
    }

    [Fact]
    public void Tick_WithALimit_SendsThatManyFramesThenLetsTheCallGo()
    {
        long now = 1_000_000;
        var pacer = new CallPacer(() => now);
        var rec = new Recorder();
        var call = new CallStream("c1", "MZ1", Script(), 0, 100, rec.Send) { Limit = 4 };
        pacer.Add(call);

        var paced = new List<int>();
        for (var tick = 0; tick < 3; tick++)
        {
            paced.Add(pacer.Tick());
            now += 5 * Frame; // late ticks: catching up must stop at the limit
        }

        Assert.Equal(8, rec.Messages.OfType<TwilioMedia>().Count());
        Assert.Equal(4, call.Frames.Count);
        Assert.True(call.Finished.IsCompleted);
        Assert.Equal([1, 0, 0], paced);
    }

    [Fact]
    public void Tick_LateTick_CatchesUpAndCountsTheLateFrames()
    {
        long now = 0;
        var pacer = new CallPacer(() => now);
        var rec = new Recorder();
        var call = new CallStream("c1", "MZ1", Script(), 0, 100, rec.Send);
        pacer.Add(call);
        pacer.Tick();

        now += 5 * Frame; // the loop was away for 100 ms: frames 1..5 are due, 1 and 2 more than 40 ms late
        pacer.Tick();

        Assert.Equal(6, call.NextFrame);
        Assert.Equal(12, rec.Messages.Count);
        Assert.Equal(2, pacer.Lateness.Late);
        Assert.Equal(80, pacer.Lateness.MaxMs, 0.5);
    }

    [Fact]
    public async Task Tick_SendStillInFlight_SkipsThatCallAndResumesWhenItCompletes()
    {
        long now = 0;
        var pacer = new CallPacer(() => now);
        var rec = new Recorder { Block = new TaskCompletionSource() };
        var call = new CallStream("c1", "MZ1", Script(), 0, 100, rec.Send);
        pacer.Add(call);

        pacer.Tick();
        now += Frame;
        pacer.Tick();
        Assert.Single(rec.Messages);
        Assert.Equal(1, pacer.Skipped);

        var blocked = rec.Block;
        rec.Block = null;
        blocked.SetResult();
        await call.Pending!; // the rest of that send runs on the thread pool
        now += Frame;
        pacer.Tick();

        Assert.Equal(3, call.NextFrame);
        Assert.Equal(6, rec.Messages.Count);
    }

    [Fact]
    public void Tick_ScriptWraps_LoopsTheAudioFromItsOffsetAndSendsAMark()
    {
        long now = 0;
        var pacer = new CallPacer(() => now);
        var rec = new Recorder();
        var customer = Enumerable.Repeat((byte)0x11, 160).Concat(Enumerable.Repeat((byte)0x22, 160)).ToArray();
        var call = new CallStream("c1", "MZ1", new EncodedConversation(new ConversationAudio("t", "test", customer, new byte[320])), 1, 100, rec.Send);
        pacer.Add(call);
        for (var i = 0; i < 3; i++)
        {
            pacer.Tick();
            now += Frame;
        }

        var mark = Assert.Single(rec.Messages.OfType<TwilioMark>());
        Assert.Equal("loop-1", mark.Name);
        var inbound = rec.Messages.OfType<TwilioMedia>().Where(m => m.Track == TwilioTrack.Inbound).Select(m => m.Payload.Span[0]);
        Assert.Equal([0x22, 0x11, 0x22], inbound);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], rec.Messages.Select(m => m.SequenceNumber).Order());
    }

    [Fact]
    public void Tick_SendFails_CallStopsWithTheFailure()
    {
        long now = 0;
        var pacer = new CallPacer(() => now);
        var call = new CallStream("c1", "MZ1", Script(), 0, 100, _ => ValueTask.FromException(new IOException("broken pipe")));
        pacer.Add(call);

        pacer.Tick();
        now += Frame;
        pacer.Tick();

        Assert.IsType<IOException>(call.Failure);
    }

    [Fact]
    public void Tick_JoinedOnALateTick_FramesFallDueOnTheTickGridNotOneTickLater()
    {
        long now = 3 * Frame / 20; // this tick ran 3 ms after it was due (at 0)
        var pacer = new CallPacer(() => now);
        var rec = new Recorder();
        var call = new CallStream("c1", "MZ1", Script(), 0, 100, rec.Send);
        pacer.Add(call);
        pacer.Tick(scheduledAt: 0);

        now = Frame + (Frame / 20); // the next tick, 1 ms late: frame 1 is due (at 20 ms), not left for the tick after
        pacer.Tick(scheduledAt: Frame);

        Assert.Equal(2, call.NextFrame);
        Assert.InRange(pacer.Lateness.MaxMs, 0.5, 3.5);
    }
}
