using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Telephony;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

public class TwoChannelTimelineTests
{
    [Fact]
    public void Write_AfterHole_FillsSilenceAndCountsGap()
    {
        var timeline = new TwoChannelTimeline(8000);

        timeline.Write(Party.Customer, 0, [1f, 1f]);
        timeline.Write(Party.Customer, 5, [2f]);
        timeline.Write(Party.Advisor, 0, [3f, 3f, 3f, 3f, 3f, 3f]);

        var customer = new float[10];
        var advisor = new float[10];
        Assert.Equal(6, timeline.Read(customer, advisor));
        Assert.Equal([1f, 1f, 0f, 0f, 0f, 2f], customer[..6]);
        Assert.Equal(3, timeline.CustomerGapSamples);
        Assert.Equal(0, timeline.AdvisorGapSamples);
    }

    [Fact]
    public void Write_OverlappingAlreadyWritten_DropsOverlap()
    {
        var timeline = new TwoChannelTimeline(8000);
        timeline.Write(Party.Advisor, 0, [1f, 1f, 1f]);

        var appended = timeline.Write(Party.Advisor, 1, [9f, 9f, 4f]);

        Assert.Equal(1, appended);
        Assert.Equal(4, timeline.EndOf(Party.Advisor));
        Assert.Equal(2, timeline.AdvisorDroppedSamples);
    }

    [Fact]
    public void Read_OnlyWhatBothChannelsReached_ThenFlushEvensThemOut()
    {
        var timeline = new TwoChannelTimeline(8000);
        timeline.Append(Party.Customer, new float[100]);
        timeline.Append(Party.Advisor, new float[40]);
        Assert.Equal(40, timeline.Available);

        var buffer = new float[200];
        var other = new float[200];
        Assert.Equal(40, timeline.Read(buffer, other));
        Assert.Equal(0, timeline.Available);

        timeline.Flush();
        Assert.Equal(60, timeline.Available);
        Assert.Equal(60, timeline.AdvisorGapSamples);
        Assert.Equal(60, timeline.Read(buffer, other));
        Assert.Equal(100, timeline.ReadPosition);
    }

    [Fact]
    public void Write_OneChannelRunsAheadOfSkew_PadsTheOther()
    {
        var timeline = new TwoChannelTimeline(8000, maxSkewSamples: 50);

        timeline.Append(Party.Customer, new float[120]);

        Assert.Equal(70, timeline.EndOf(Party.Advisor));
        Assert.Equal(70, timeline.Available);
    }

    [Fact]
    public void Append_ManyBlocks_KeepsOrderAcrossGrowthAndCompaction()
    {
        var timeline = new TwoChannelTimeline(8000);
        var read = new List<float>();
        var c = new float[700];
        var a = new float[700];
        for (var block = 0; block < 20; block++)
        {
            var samples = Enumerable.Range(block * 500, 500).Select(i => (float)i).ToArray();
            timeline.Append(Party.Customer, samples);
            timeline.Append(Party.Advisor, samples);
            var n = timeline.Read(c, a);
            read.AddRange(c[..n]);
        }

        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (float)i), read);
    }

    [Fact]
    public void Write_SystemParty_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TwoChannelTimeline(8000).Write(Party.Bot, 0, [1f]));
    }
}
