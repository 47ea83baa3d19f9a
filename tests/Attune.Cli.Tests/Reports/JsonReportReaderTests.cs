using System.Text.Json;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Reports;

public partial class JsonReportReaderTests
{
    public static TheoryData<string> Reports => ["double-charge", "empty", "recording", "audio-only", "mono"];

    private static AnalysisReport Make(string name) => name switch
    {
        "double-charge" => TestReports.DoubleCharge(),
        "empty" => TestReports.Empty(),
        "recording" => TestRecordings.WithTranscript(),
        "audio-only" => TestRecordings.AudioOnly(),
        _ => TestRecordings.Mono(),
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Read_WrittenReport_WritesBackTheSameJson(string name)
    {
        var json = JsonReport.ToJson(Make(name), indented: true);
        var again = JsonReport.ToJson(JsonReportReader.Read(json), indented: true);
        Assert.Equal(json, again);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Read_WrittenReport_RendersTheSameSections(string name)
    {
        // the web workspace renders stored reports with the CLI's section renderers: they must draw the same thing
        var report = Make(name);
        var read = JsonReportReader.Read(JsonReport.ToJson(report, indented: false), Attune.Analysis.Scoring.Scorecard.Default);
        foreach (var section in new Action<AnalysisReport, System.Text.StringBuilder>[]
                 {
                     (r, h) => HtmlReport.Criteria(r, h), (r, h) => HtmlReport.Sentiment(r, h), (r, h) => HtmlReport.Transcript(r, h),
                     (r, h) => HtmlReport.FindingsList(r, h), (r, h) => HtmlReport.Audio(r, h), (r, h) => HtmlReport.Notes(r, h),
                 })
        {
            var expected = new System.Text.StringBuilder();
            var actual = new System.Text.StringBuilder();
            section(report, expected);
            section(read, actual);
            SameDrawing(expected.ToString(), actual.ToString());
        }
    }

    /// <summary>
    /// Equal markup, numbers within 0.5 of each other: the JSON keeps pitch to 0.1 Hz and levels to 0.01 dB, so a chart
    /// redrawn from it may land a tenth of a pixel away from the original.
    /// </summary>
    private static void SameDrawing(string expected, string actual)
    {
        Assert.Equal(Number().Replace(expected, "#"), Number().Replace(actual, "#"));
        var a = Number().Matches(expected).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var b = Number().Matches(actual).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < a.Count; i++)
        {
            Assert.True(Math.Abs(a[i] - b[i]) <= 0.5, $"number {i}: {a[i]} vs {b[i]}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial System.Text.RegularExpressions.Regex Number();

    [Fact]
    public void Read_Recording_KeepsEvidenceAsTheSameFindingObjects()
    {
        var read = JsonReportReader.Read(JsonReport.ToJson(TestRecordings.WithTranscript(), indented: false));
        var evidence = read.Score.Criteria.SelectMany(c => c.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, f => Assert.Contains(read.Findings, g => ReferenceEquals(f, g)));
        Assert.NotNull(read.Result.Audio);
        Assert.Contains(read.Conversation.Turns, t => t.Voice?.Arousal is not null);
    }

    [Fact]
    public void Read_NotAReport_Throws()
    {
        Assert.ThrowsAny<JsonException>(() => JsonReportReader.Read("{\"format\":\"other\"}"));
        Assert.ThrowsAny<JsonException>(() => JsonReportReader.Read("not json"));
    }
}
