using Attune.Cli.Bench;

namespace Attune.Cli.Tests.Bench;

public class ThroughputResultTests
{
    [Fact]
    public void Rates_FromCountsAndSeconds()
    {
        var r = new ThroughputResult(Sentences: 100_000, Seconds: 2.0, AllocatedBytes: 150_000_000, PeakWorkingSetBytes: 80_000_000, Findings: 12, DetectorCount: 20);
        Assert.Equal(50_000, r.SentencesPerSecond, 6);
        Assert.Equal(20, r.MicrosecondsPerSentence, 6);
        Assert.Equal(1_500, r.AllocatedBytesPerSentence, 6);
    }

    [Fact]
    public void RatioTo_PeerRate_HowManyTimesFaster()
    {
        var r = new ThroughputResult(100_000, 2.0, 0, 0, 0, 1);
        Assert.Equal(3.0, r.RatioTo(50_000.0 / 3), 6);
    }

    [Fact]
    public void Rates_ZeroSecondsOrSentences_ZeroNotInfinity()
    {
        var r = new ThroughputResult(0, 0, 0, 0, 0, 0);
        Assert.Equal(0, r.SentencesPerSecond);
        Assert.Equal(0, r.MicrosecondsPerSentence);
        Assert.Equal(0, r.AllocatedBytesPerSentence);
        Assert.Equal(0, new ThroughputResult(10, 1, 0, 0, 0, 0).RatioTo(0));
    }
}
