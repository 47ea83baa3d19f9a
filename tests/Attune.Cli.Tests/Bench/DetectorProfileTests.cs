using Attune.Analysis;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Cli.Bench;

namespace Attune.Cli.Tests.Bench;

public class DetectorProfileTests
{
    private sealed class Busy : Detector
    {
        public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink) =>
            sink.AddTurn(turn, Signals.CustomerSentiment, Polarity.Info, "seen");
    }

    private sealed class Idle : Detector;

    [Fact]
    public void Measure_TwoDetectors_OneRowEachThenSessionAndTotal()
    {
        var bench = new TextThroughput(new AnalysisOptions { Redact = false }, _ => [new Busy(), new Idle()], 2);

        var rows = DetectorProfile.Measure(bench, ["a", "b", "c"]);

        Assert.Equal(["Busy", "Idle", "session", "total"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.True(r.MicrosecondsPerSentence >= 0));
        var parts = rows.Take(3).Sum(r => r.MicrosecondsPerSentence);
        Assert.Equal(rows[^1].MicrosecondsPerSentence, parts, 6);
    }
}
