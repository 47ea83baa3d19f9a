namespace Attune.Analysis.Live.Telephony;

/// <summary>A growable FIFO of samples with an absolute position: the samples not yet read of one channel.</summary>
internal sealed class SampleQueue
{
    private float[] _buffer = new float[1024];
    private int _start;
    private int _count;

    /// <summary>Absolute sample index one past the last sample ever appended.</summary>
    public long End { get; private set; }

    public int Count => _count;

    public void Append(ReadOnlySpan<float> samples)
    {
        Reserve(samples.Length);
        samples.CopyTo(_buffer.AsSpan(_start + _count));
        _count += samples.Length;
        End += samples.Length;
    }

    public void AppendSilence(int length)
    {
        Reserve(length);
        _buffer.AsSpan(_start + _count, length).Clear();
        _count += length;
        End += length;
    }

    public void Take(Span<float> destination)
    {
        _buffer.AsSpan(_start, destination.Length).CopyTo(destination);
        _start += destination.Length;
        _count -= destination.Length;
        if (_count == 0)
        {
            _start = 0;
        }
    }

    private void Reserve(int extra)
    {
        if (_start + _count + extra <= _buffer.Length)
        {
            return;
        }

        // Compact first; grow only when the unread samples themselves do not fit.
        var needed = _count + extra;
        var target = needed <= _buffer.Length ? _buffer : new float[Math.Max(needed, _buffer.Length * 2)];
        _buffer.AsSpan(_start, _count).CopyTo(target);
        _buffer = target;
        _start = 0;
    }
}
