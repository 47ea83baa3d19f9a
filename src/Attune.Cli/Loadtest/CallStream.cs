using System.Diagnostics;
using System.Text;

namespace Attune.Cli.Loadtest;

/// <summary>
/// One simulated Twilio call as the pacing loop sees it: its script (looped, starting <c>offset</c> frames in), the
/// counters Twilio keeps (<c>sequenceNumber</c> per message, <c>chunk</c> per track from 1, <c>timestamp</c> in ms), when
/// each frame left (<see cref="Frames"/>) and the send that is still in flight, if any. <paramref name="send"/> writes one
/// text message to the socket; sends of one call are never concurrent.
/// </summary>
public sealed class CallStream(string sessionId, string streamSid, EncodedConversation script, long offset, int capacityFrames,
    Func<ReadOnlyMemory<byte>, ValueTask> send)
{
    private readonly byte[] _buffer = new byte[TwilioMessageBuilder.MaxMediaBytes];
    private readonly byte[] _sid = Encoding.UTF8.GetBytes(streamSid);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string SessionId { get; } = sessionId;

    public string StreamSid { get; } = streamSid;

    public FrameTimeline Frames { get; } = new(capacityFrames);

    /// <summary>The next Twilio sequenceNumber (connected has none; start is 1).</summary>
    public long Sequence { get; set; } = 2;

    /// <summary>Frames (both tracks) sent so far = the next frame to send.</summary>
    public long NextFrame { get; private set; }

    /// <summary>Stopwatch timestamp frame 0 was due; set when the pacer takes the call on.</summary>
    public long Start { get; internal set; }

    internal Task? Pending { get; set; }

    /// <summary>
    /// Frames to send in all (null: loop the script until stopped). Once they are sent the pacer lets the call go and
    /// <see cref="Finished"/> completes; the caller then stops it.
    /// </summary>
    public long? Limit { get; init; }

    /// <summary>Completes when <see cref="Limit"/> frames have been sent (never without a limit).</summary>
    public Task Finished => _finished.Task;

    /// <summary>Whether every frame of <see cref="Limit"/> has been sent.</summary>
    internal bool Done => NextFrame >= Limit;

    internal void MarkFinished() => _finished.TrySetResult();

    /// <summary>Why sending stopped (socket error or closed by the server); null while it goes on.</summary>
    public Exception? Failure { get; internal set; }

    /// <summary>Sends every frame due before frame <paramref name="due"/>, timing each against its due time.</summary>
    internal async Task SendDueAsync(long due, long frameTicks, Func<long> clock, LatenessMeter lateness)
    {
        if (Limit is { } limit)
        {
            due = Math.Min(due, limit);
        }

        while (NextFrame < due)
        {
            var k = NextFrame;
            var now = clock();
            lateness.Add((now - (Start + (k * frameTicks))) * 1000.0 / Stopwatch.Frequency);
            Frames.Add(now);
            var scriptFrame = offset + k;
            if (k > 0 && scriptFrame % script.Frames == 0)
            {
                // Twilio sends mark to acknowledge the server's own marks; here one per loop of the script exercises the parser.
                await send(TwilioMessageBuilder.Mark(Sequence++, StreamSid, $"loop-{scriptFrame / script.Frames}")).ConfigureAwait(false);
            }

            await SendMediaAsync(true, k, scriptFrame).ConfigureAwait(false);
            await SendMediaAsync(false, k, scriptFrame).ConfigureAwait(false);
            NextFrame = k + 1;
        }
    }

    private ValueTask SendMediaAsync(bool inbound, long k, long scriptFrame)
    {
        var length = TwilioMessageBuilder.WriteMedia(_buffer, Sequence++, inbound, k + 1, k * 20, script.Payload(inbound, scriptFrame), _sid);
        return send(_buffer.AsMemory(0, length));
    }
}
