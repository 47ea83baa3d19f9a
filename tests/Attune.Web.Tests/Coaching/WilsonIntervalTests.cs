using Attune.Web.Coaching;

namespace Attune.Web.Tests.Coaching;

public class WilsonIntervalTests
{
    // reference values: Wilson (1927) formula with z = 1.96; e.g. 8/10 → 0.4902–0.9433 (also R: prop.test(8, 10, correct = FALSE))
    [Theory]
    [InlineData(8, 10, 0.4902, 0.9433)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(50, 100, 0.4038, 0.5962)]
    [InlineData(1, 3, 0.0615, 0.7923)]
    public void Of_KnownCounts_MatchesPublishedInterval(long passed, long trials, double lower, double upper)
    {
        var w = WilsonInterval.Of(passed, trials);
        Assert.Equal(lower, w.Lower, 4);
        Assert.Equal(upper, w.Upper, 4);
    }

    [Fact]
    public void Of_NoTrials_IsTheWholeRangeWithNoRate()
    {
        var w = WilsonInterval.Of(0, 0);
        Assert.Null(w.Rate);
        Assert.Equal((0.0, 1.0), (w.Lower, w.Upper));
    }

    [Fact]
    public void ClearlyAbove_OverlappingIntervals_IsFalse()
    {
        Assert.False(WilsonInterval.Of(8, 10).ClearlyAbove(WilsonInterval.Of(6, 10)));
        Assert.True(WilsonInterval.Of(95, 100).ClearlyAbove(WilsonInterval.Of(60, 100)));
        Assert.True(WilsonInterval.Of(60, 100).ClearlyBelow(WilsonInterval.Of(95, 100)));
    }
}
