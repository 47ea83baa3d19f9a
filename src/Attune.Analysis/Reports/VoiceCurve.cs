using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Prosody;

namespace Attune.Analysis.Reports;

/// <summary>
/// A channel's pitch and level over time for the charts, at most <see cref="MaxPoints"/> points: neighbouring
/// <see cref="ProsodyTrack"/> buckets are merged (their sums added, so a point is the exact mean over its span)
/// until the series fits. A 10-minute call at 100 ms buckets (6,000) becomes 600 points of 1 s.
/// </summary>
public sealed record VoiceCurve(double Step, IReadOnlyList<VoiceCurve.Point> Points)
{
    public const int MaxPoints = 600;

    /// <summary>A merged stretch: <see cref="Time"/> is its centre (s); pitch is the mean of the voiced frames (null
    /// with fewer than <see cref="MinVoicedFrames"/>); level the power mean of the frames above the noise floor (null when none were).</summary>
    public readonly record struct Point(double Time, double? PitchHz, double? LevelDbfs);

    /// <summary>Voiced 10 ms frames needed for a pitch point: a lone voiced frame is more often an octave slip than a pitch.</summary>
    public const int MinVoicedFrames = 3;

    public static VoiceCurve Of(ChannelAudio channel, int maxPoints = MaxPoints)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPoints);
        var buckets = channel.Track.Buckets;
        var width = channel.Track.BucketSeconds;
        var merge = Math.Max(1, (buckets.Length + maxPoints - 1) / maxPoints);
        var end = Math.Max(channel.Track.Duration, channel.Seconds);
        var points = new List<Point>((buckets.Length / merge) + 1);
        for (var i = 0; i < buckets.Length; i += merge)
        {
            var sum = default(ProsodyBucket);
            var n = Math.Min(merge, buckets.Length - i);
            for (var k = 0; k < n; k++)
            {
                sum.Add(buckets[i + k]);
            }

            var from = i * width;
            var to = end > from ? Math.Min((i + n) * width, end) : (i + n) * width;
            double? pitch = sum.VoicedFrames >= MinVoicedFrames ? ProsodyBucket.Hz(sum.SumSemitones / sum.VoicedFrames) : null;
            double? level = sum.ActiveFrames > 0 && sum.SumActivePower > 0 ? 10 * Math.Log10(sum.SumActivePower / sum.ActiveFrames) : null;
            points.Add(new Point((from + to) / 2, pitch, level));
        }

        return new VoiceCurve(merge * width, points);
    }
}
