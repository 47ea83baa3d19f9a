using Attune.Analysis;
using Attune.Analysis.Scoring;
using Attune.Cli.Reports;

namespace Attune.Cli.Tests.TestKit;

/// <summary>Reports built from a test transcript analysed with the test detector.</summary>
internal static class TestReports
{
    public static AnalysisReport From(string json, bool redact = true, Scorecard? scorecard = null, PhraseDetector.Rule[]? rules = null)
    {
        var read = Attune.Analysis.Conversations.Importers.ConversationReader.ReadText(json, "call.json");
        Assert.True(read.Success, read.Error?.ToString());
        var options = new AnalysisOptions { Redact = redact };
        var result = Analyzer.Analyze(read.Value, options, [new PhraseDetector(rules)]);
        return AnalysisReport.Build("call.json", result, scorecard ?? Scorecard.Default, redact);
    }

    /// <summary>A report of a conversation with no turns (the importers refuse such a file; the live API may still end one).</summary>
    public static AnalysisReport Empty()
    {
        var result = Analyzer.Analyze(new Attune.Analysis.Conversations.Conversation { Turns = [] }, AnalysisOptions.Default, [new PhraseDetector(null)]);
        return AnalysisReport.Build("empty.json", result, Scorecard.Default, true);
    }

    public static AnalysisReport DoubleCharge(bool redact = true, bool times = true) => From(Transcripts.DoubleCharge(times), redact);
}
