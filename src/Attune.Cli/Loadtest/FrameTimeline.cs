namespace Attune.Cli.Loadtest;

/// <summary>
/// When the generator sent each 20 ms frame of one call (Stopwatch timestamps), so an event whose trigger says
/// "stream position t" is timed from the moment the audio holding t left the generator. Frame k holds [0.02·k, 0.02·(k+1)).
/// One writer (the pacing loop), many readers (SignalR handlers): slots are written before the count is published.
/// </summary>
public sealed class FrameTimeline(int capacity)
{
    public const double FrameSeconds = 0.020;

    private readonly long[] _sentAt = new long[capacity];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Records frame <see cref="Count"/> as sent at <paramref name="timestamp"/>; beyond capacity it is not kept.</summary>
    public void Add(long timestamp)
    {
        var n = _count;
        if (n < _sentAt.Length)
        {
            _sentAt[n] = timestamp;
            Volatile.Write(ref _count, n + 1);
        }
    }

    /// <summary>
    /// The frame holding the audio just before <paramref name="streamTime"/> (the last one the server needed to reach that
    /// position): frame ⌈t / 20 ms⌉ − 1, or frame 0 for t ≤ 0.
    /// </summary>
    public static long FrameOf(double streamTime) =>
        Math.Max(0, (long)Math.Ceiling((streamTime / FrameSeconds) - 1e-6) - 1);

    /// <summary>When the frame holding <paramref name="streamTime"/> was sent; false if it was not (yet) sent or recorded.</summary>
    public bool TrySentAt(double streamTime, out long timestamp)
    {
        var frame = FrameOf(streamTime);
        if (double.IsNaN(streamTime) || frame >= Count)
        {
            timestamp = 0;
            return false;
        }

        timestamp = _sentAt[frame];
        return true;
    }
}
