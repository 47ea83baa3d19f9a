using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Cli.Bench;

namespace Attune.Cli.Tests.Bench;

public class TextThroughputTests
{
    /// <summary>Records what it is shown and emits one finding per turn.</summary>
    private sealed class RecordingDetector(List<(int Index, Party Party, string Text, double? Start)> seen) : Detector
    {
        public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
        {
            seen.Add((turn.Index, turn.Party, turn.Text, turn.Turn.Start));
            sink.AddTurn(turn, Signals.CustomerSentiment, Polarity.Info, "seen");
        }
    }

    private static (TextThroughput Bench, List<(int Index, Party Party, string Text, double? Start)> Seen) Create(int turnsPerConversation)
    {
        var seen = new List<(int, Party, string, double?)>();
        var bench = new TextThroughput(new AnalysisOptions { Redact = false }, _ => [new RecordingDetector(seen)], turnsPerConversation);
        return (bench, seen);
    }

    [Fact]
    public void Run_FiveLines_EachAnalysedOnceAlternatingCustomerAndAdvisor()
    {
        var (bench, seen) = Create(turnsPerConversation: 2);
        var findings = bench.Run(["a", "b", "c", "d", "e"], 0, 5);

        Assert.Equal(5, findings);
        Assert.Equal(["a", "b", "c", "d", "e"], seen.Select(s => s.Text));
        Assert.Equal([Party.Customer, Party.Advisor, Party.Customer, Party.Advisor, Party.Customer], seen.Select(s => s.Party));
        // conversations of two turns: indexes restart, times too
        Assert.Equal([0, 1, 0, 1, 0], seen.Select(s => s.Index));
        Assert.Equal([0.0, 4.0, 0.0, 4.0, 0.0], seen.Select(s => s.Start!.Value));
    }

    [Fact]
    public void Run_Range_OnlyThoseLines()
    {
        var (bench, seen) = Create(turnsPerConversation: 20);
        bench.Run(["a", "b", "c", "d"], 1, 2);
        Assert.Equal(["b", "c"], seen.Select(s => s.Text));
    }

    [Fact]
    public void Measure_CountsEveryLineOfTheMeasuredPass()
    {
        var (bench, seen) = Create(turnsPerConversation: 3);
        var lines = Enumerable.Range(0, 50).Select(i => $"sentence {i}").ToList();
        var r = bench.Measure(lines, TimeSpan.Zero);

        Assert.Equal(50, r.Sentences);
        Assert.Equal(50, r.Findings);
        Assert.Equal(1, r.DetectorCount);
        Assert.True(r.Seconds > 0);
        Assert.True(r.AllocatedBytes > 0);
        Assert.True(r.PeakWorkingSetBytes > 0);
        // one warm-up pass and one measured pass
        Assert.Equal(100, seen.Count);
    }

    [Theory]
    [InlineData(0, Party.Customer)]
    [InlineData(1, Party.Advisor)]
    [InlineData(99_999, Party.Advisor)]
    public void PartyOf_LineIndex_EvenCustomerOddAdvisor(int line, Party expected) =>
        Assert.Equal(expected, TextThroughput.PartyOf(line));

    [Fact]
    public void Constructor_FullSet_UsesWholeCatalogueWithRedaction()
    {
        var bench = new TextThroughput(DetectorSet.All);
        Assert.Equal(DetectorCatalog.Create(AnalysisOptions.Default).Count, bench.DetectorCount);
        Assert.True(bench.Options.Redact);
        Assert.False(new TextThroughput(DetectorSet.Sentiment).Options.Redact);
    }
}
