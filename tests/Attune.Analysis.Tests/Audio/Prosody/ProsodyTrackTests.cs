using Attune.Analysis.Audio.Prosody;

namespace Attune.Analysis.Tests.Audio.Prosody;

public class ProsodyTrackTests
{
    private static PitchFrame Frame(int i, double hz, float dbfs) => new(i * 0.01, hz, hz > 0, hz > 0 ? 0.1f : 1f, dbfs);

    [Fact]
    public void Sum_SpanOfVoicedFrames_GivesMeanSemitonesAndPowerMean()
    {
        var track = new ProsodyTrack();
        for (var i = 0; i < 100; i++)
        {
            track.Add(Frame(i, i < 50 ? 100 : 200, -20), active: true);
        }

        var first = track.Sum(0, 0.5);
        Assert.Equal(50, first.VoicedFrames);
        Assert.Equal(0, first.SumSemitones / first.VoicedFrames, 6);
        var second = track.Sum(0.5, 1.0);
        Assert.Equal(12, second.SumSemitones / second.VoicedFrames, 6);
        Assert.Equal(-20, 10 * Math.Log10(second.SumActivePower / second.ActiveFrames), 4);
    }

    [Fact]
    public void Add_BeyondCapacity_MergesBucketsAndKeepsTotals()
    {
        var track = new ProsodyTrack(capacity: 8);
        for (var i = 0; i < 1000; i++)
        {
            track.Add(Frame(i, 150, -30), active: i % 2 == 0);
        }

        Assert.True(track.Count <= 8);
        Assert.True(track.BucketSeconds >= 1.0);
        var all = track.Sum(0, 100);
        Assert.Equal(1000, all.Frames);
        Assert.Equal(500, all.ActiveFrames);
        Assert.Equal(1000, all.VoicedFrames);
    }

    [Fact]
    public void AddNucleus_CountsInTheBucketOfItsTime()
    {
        var track = new ProsodyTrack();
        for (var i = 0; i < 100; i++)
        {
            track.Add(Frame(i, 0, -60), active: false);
        }

        track.AddNucleus(0.25);
        track.AddNucleus(0.75);
        Assert.Equal(1, track.Sum(0, 0.5).Nuclei);
        Assert.Equal(2, track.Sum(0, 1).Nuclei);
    }

    [Fact]
    public void Ctor_OddCapacity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProsodyTrack(capacity: 7));
    }
}
