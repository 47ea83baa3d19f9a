using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class LatencyHistogramTests
{
    [Fact]
    public void Summary_OneToHundred_NearestRankPercentiles()
    {
        var h = new LatencyHistogram();
        foreach (var v in Enumerable.Range(1, 100).Reverse())
        {
            h.Add(v);
        }

        var s = h.Summary();

        Assert.Equal(100, s.Count);
        Assert.Equal(50, s.P50);
        Assert.Equal(95, s.P95);
        Assert.Equal(99, s.P99);
        Assert.Equal(100, s.Max);
        Assert.Equal(50.5, s.Mean, 6);
    }

    [Fact]
    public void Summary_OneSlowEventInTen_ShowsInP95AndP99NotP50()
    {
        var h = new LatencyHistogram();
        for (var i = 0; i < 9; i++)
        {
            h.Add(10);
        }

        h.Add(900);

        var s = h.Summary();
        Assert.Equal(10, s.P50);
        Assert.Equal(900, s.P95);
        Assert.Equal(900, s.P99);
    }

    [Fact]
    public void Summary_Empty_NaN()
    {
        var s = new LatencyHistogram().Summary();

        Assert.Equal(0, s.Count);
        Assert.True(double.IsNaN(s.P99));
    }

    [Fact]
    public void AddAll_MergesSamples()
    {
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        a.Add(1);
        b.Add(3);
        b.Add(2);

        a.AddAll(b);

        Assert.Equal(3, a.Count);
        Assert.Equal(3, a.Summary().Max);
    }
}
