using System.Text;
using Attune.Analysis;
using Attune.Analysis.Scoring;
using Attune.Cli.Input;
using Attune.Cli.Reports;

namespace Attune.Cli.Tests.TestKit;

/// <summary>Reports built from a test transcript analysed with the test detector.</summary>
internal static class TestReports
{
    public static AnalysisReport From(string json, bool redact = true, Scorecard? scorecard = null, PhraseDetector.Rule[]? rules = null)
    {
        var read = InterimJsonReader.Read(Encoding.UTF8.GetBytes(json), "call.json", InputOptions.Default);
        Assert.True(read.Success, read.Error?.ToString());
        var options = new AnalysisOptions { Redact = redact };
        var result = Analyzer.Analyze(read.Value, options, [new PhraseDetector(rules)]);
        return AnalysisReport.Build("call.json", result, scorecard ?? Scorecard.Default, redact);
    }

    public static AnalysisReport DoubleCharge(bool redact = true, bool times = true) => From(Transcripts.DoubleCharge(times), redact);
}
