namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// The prosody of one channel over time, as <see cref="ProsodyBucket"/> sums over consecutive stretches
/// (100 ms to start with). Any time span (a turn known only after the audio, from a transcript or from
/// speech-to-text) is summarised from the buckets it covers, and the charts draw from them. Memory is
/// bounded: when <see cref="Capacity"/> buckets are full, neighbours are merged pairwise and the bucket
/// width doubles (a 10-minute call keeps 100 ms resolution; a 4-hour one 800 ms), so the track of a long
/// call costs the same as that of a short one.
/// </summary>
public sealed class ProsodyTrack
{
    private readonly ProsodyBucket[] _buckets;
    private readonly double _frameSeconds;
    private int _framesPerBucket;
    private int _count;
    private long _frames;

    /// <param name="frameSeconds">Seconds between frames (the pitch tracker's hop, 10 ms).</param>
    /// <param name="framesPerBucket">Frames summed per bucket at first (10 = 100 ms).</param>
    /// <param name="capacity">Buckets kept before neighbours are merged (even, at least 2).</param>
    public ProsodyTrack(double frameSeconds = 0.010, int framesPerBucket = 10, int capacity = 32_768)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(framesPerBucket);
        if (capacity < 2 || capacity % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Capacity must be an even number of at least 2.");
        }

        _buckets = new ProsodyBucket[capacity];
        _frameSeconds = frameSeconds;
        _framesPerBucket = framesPerBucket;
    }

    public int Capacity => _buckets.Length;

    /// <summary>Buckets filled so far.</summary>
    public int Count => _count;

    /// <summary>Seconds per bucket now.</summary>
    public double BucketSeconds => _framesPerBucket * _frameSeconds;

    /// <summary>Seconds covered by the frames added.</summary>
    public double Duration => _frames * _frameSeconds;

    /// <summary>The buckets in time order; bucket <c>i</c> starts at <c>i · BucketSeconds</c>.</summary>
    public ReadOnlySpan<ProsodyBucket> Buckets => _buckets.AsSpan(0, _count);

    /// <summary>Adds the next frame. <paramref name="active"/>: above the noise floor.</summary>
    public void Add(in PitchFrame frame, bool active)
    {
        var index = (int)(_frames / _framesPerBucket);
        while (index >= _buckets.Length)
        {
            Halve();
            index = (int)(_frames / _framesPerBucket);
        }

        if (index >= _count)
        {
            _buckets[index] = new ProsodyBucket { MaxDbfs = float.NegativeInfinity };
            _count = index + 1;
        }

        ref var b = ref _buckets[index];
        b.Frames++;
        b.MaxDbfs = Math.Max(b.MaxDbfs, frame.Dbfs);
        if (active)
        {
            b.ActiveFrames++;
            b.SumActivePower += Math.Pow(10, frame.Dbfs / 10);
        }

        if (frame.Voiced && frame.Hz > 0)
        {
            var st = ProsodyBucket.Semitones(frame.Hz);
            b.VoicedFrames++;
            b.SumSemitones += st;
            b.SumSemitonesSquared += st * st;
        }

        _frames++;
    }

    /// <summary>Counts a syllable nucleus at <paramref name="time"/> (seconds; nuclei are confirmed a little after the frame).</summary>
    public void AddNucleus(double time)
    {
        if (_count == 0)
        {
            return;
        }

        var index = Math.Clamp((int)(time / BucketSeconds), 0, _count - 1);
        _buckets[index].Nuclei++;
    }

    /// <summary>The sums over the buckets overlapping [<paramref name="start"/>, <paramref name="end"/>) seconds.</summary>
    public ProsodyBucket Sum(double start, double end)
    {
        var total = default(ProsodyBucket);
        if (_count == 0 || end <= start)
        {
            return total;
        }

        var width = BucketSeconds;
        // A bucket counts when most of it lies inside the span, so adjacent turns do not share buckets.
        var first = Math.Max(0, (int)Math.Round(start / width));
        var last = Math.Min(_count, (int)Math.Round(end / width));
        if (last <= first)
        {
            last = Math.Min(_count, first + 1);
        }

        for (var i = first; i < last; i++)
        {
            total.Add(_buckets[i]);
        }

        return total;
    }

    private void Halve()
    {
        var half = _count / 2;
        for (var i = 0; i < half; i++)
        {
            var merged = _buckets[2 * i];
            merged.Add(_buckets[2 * i + 1]);
            _buckets[i] = merged;
        }

        if (_count % 2 == 1)
        {
            _buckets[half] = _buckets[_count - 1];
            half++;
        }

        Array.Clear(_buckets, half, _buckets.Length - half);
        _count = half;
        _framesPerBucket *= 2;
    }
}
