using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;
using Attune.Cli.Reports;

namespace Attune.Cli.Tests.Reports;

public class VoiceCurveTests
{
    /// <summary>A channel of <paramref name="seconds"/> of 10 ms frames: voiced at 200 Hz and -20 dBFS in the first half, silent after.</summary>
    private static ChannelAudio Channel(double seconds)
    {
        var track = new ProsodyTrack();
        var frames = (int)(seconds * 100);
        for (var i = 0; i < frames; i++)
        {
            var speaking = i < frames / 2;
            track.Add(new PitchFrame(i * 0.01, speaking ? 200 : 0, speaking, 0.1f, speaking ? -20f : -70f), active: speaking);
        }

        return new ChannelAudio { Party = Party.Customer, Seconds = seconds, Track = track };
    }

    [Fact]
    public void Of_TenMinutes_MergedToTheCapWithExactMeans()
    {
        var curve = VoiceCurve.Of(Channel(600));
        Assert.InRange(curve.Points.Count, 500, VoiceCurve.MaxPoints);
        Assert.Equal(1.0, curve.Step, 6);
        var first = curve.Points[0];
        Assert.Equal(0.5, first.Time, 6);
        Assert.Equal(200, first.PitchHz!.Value, 3);
        Assert.Equal(-20, first.LevelDbfs!.Value, 3);
        var last = curve.Points[^1];
        Assert.Null(last.PitchHz);
        Assert.Null(last.LevelDbfs);
    }

    [Fact]
    public void Of_ShortCall_KeepsEveryBucket()
    {
        var curve = VoiceCurve.Of(Channel(20));
        Assert.Equal(200, curve.Points.Count);
        Assert.Equal(0.1, curve.Step, 6);
    }

    [Fact]
    public void Of_Cap_NeverExceeded()
    {
        Assert.InRange(VoiceCurve.Of(Channel(61), maxPoints: 50).Points.Count, 1, 50);
    }
}
