using System.Text.Json;
using Attune.Analysis.Conversations;
using Attune.Cli.Commands;
using Attune.Cli.Input;
using Attune.Cli.Tests.TestKit;
using Spectre.Console.Cli.Testing;

namespace Attune.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private static AnalyzeCommand.Settings Settings(params string[] paths) => new() { Paths = paths };

    [Fact]
    public void Run_OneFileTable_PrintsTheReport()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(Settings(file));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Score", r.Out, StringComparison.Ordinal);
        Assert.Contains("Non-apology", r.Out, StringComparison.Ordinal);
        Assert.Contains("advisor Sam Patel", r.Out, StringComparison.Ordinal);
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void Run_OneFileJson_JsonOnStdoutNothingElse()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Format = "json" });
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(file, doc.RootElement.GetProperty("source").GetString());
        Assert.DoesNotContain("<script>", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SeveralFilesJsonToStdout_NdjsonInInputOrder()
    {
        using var dir = new TempDir();
        dir.File("b.json", Transcripts.DoubleCharge());
        dir.File("a.json", Transcripts.Json(turns: [("customer", "Thanks, brilliant."), ("advisor", "I'll make sure it's done.")]));
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [dir.Path], Format = "json" });
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("a.json", JsonDocument.Parse(lines[0]).RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("b.json", JsonDocument.Parse(lines[1]).RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        // the summary goes to standard error, keeping standard output machine-readable
        Assert.Contains("Summary", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DirectoryWithABadFile_OthersSucceedFailureListedExitOne()
    {
        using var dir = new TempDir();
        dir.File("good1.json", Transcripts.DoubleCharge());
        dir.File("good2.json", Transcripts.DoubleCharge(times: false));
        dir.File("broken.json", "{\n  \"turns\": [\n    {\"party\": \"customer\" \"text\": \"x\"}\n  ]\n}");
        dir.File("wrong.json", """{"turns": [{"party": "manager", "text": "x"}]}""");
        var r = CliRun.Analyze(Settings(dir.Path));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("good1.json", r.Out, StringComparison.Ordinal);
        Assert.Contains("good2.json", r.Out, StringComparison.Ordinal);
        Assert.Contains("2 of 4 failed", r.Out, StringComparison.Ordinal);
        Assert.Contains("broken.json:3: malformed JSON", r.Out, StringComparison.Ordinal);
        Assert.Contains("wrong.json at $.turns[0].party: expected", r.Out, StringComparison.Ordinal);
        // failures come after the summary
        Assert.True(r.Out.IndexOf("failed:", StringComparison.Ordinal) > r.Out.IndexOf("Summary", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ReaderThrows_ReportedAsThatFilesFailureWithoutStackTrace()
    {
        using var dir = new TempDir();
        var a = dir.File("a.json", Transcripts.DoubleCharge());
        var b = dir.File("b.json", Transcripts.DoubleCharge());
        ImportResult Read(string path, InputOptions o) =>
            path == b ? throw new InvalidOperationException("boom") : ConversationSource.Read(path, o);
        var r = CliRun.Analyze(Settings(a, b), Read);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("b.json: could not be analysed (InvalidOperationException: boom)", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Out, StringComparison.Ordinal);
        Assert.Contains("a.json", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingPath_FailureExitOne()
    {
        using var dir = new TempDir();
        var good = dir.File("a.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(Settings(good, dir.Combine("nope.json")));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nope.json: no such file or folder", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HtmlToFolder_OnePagePerInput()
    {
        using var dir = new TempDir();
        dir.File("in/a.json", Transcripts.DoubleCharge());
        dir.File("in/sub/b.json", Transcripts.DoubleCharge());
        var outDir = dir.Combine("reports");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [dir.Combine("in")], Format = "html", Out = outDir });
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "a.attune.html")));
        var page = File.ReadAllText(Path.Combine(outDir, "sub", "b.attune.html"));
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("wrote 2 html reports", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutFolderInsideInputFolder_ReportsAreNotReadAgain()
    {
        using var dir = new TempDir();
        dir.File("a.json", Transcripts.DoubleCharge());
        dir.File("b.json", Transcripts.DoubleCharge());
        var settings = new AnalyzeCommand.Settings { Paths = [dir.Path], Format = "json", Out = dir.Combine("out") };
        Assert.Equal(0, CliRun.Analyze(settings).ExitCode);
        var again = CliRun.Analyze(settings);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, Directory.GetFiles(dir.Combine("out")).Length);
    }

    [Fact]
    public void Run_OneInputOutFile_WritesThatFile()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var target = dir.Combine("report.json");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Format = "json", Out = target });
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal("attune-analysis", doc.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void Run_TableToFile_PlainTextWithoutEscapeCodes()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var target = dir.Combine("report.txt");
        Assert.Equal(0, CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Out = target }).ExitCode);
        var text = File.ReadAllText(target);
        Assert.Contains("Empathy when needed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Default_Redacts()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Format = "json" });
        Assert.DoesNotContain("4111 1111 1111 1111", r.Out, StringComparison.Ordinal);
        Assert.Contains("[CARD]", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoRedact_KeepsPersonalData()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Format = "json", NoRedact = true });
        Assert.Contains("4111 1111 1111 1111", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("privacy.redaction", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidScorecard_UsageErrorNamingKeyAndReason()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var card = dir.File("card.yaml", "name: Mine\ncriteria:\n  - id: a\n    weight: 0\n    rule: { kind: presence, signals: [personalisation] }\n");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Scorecard = card });
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is not a valid scorecard", r.Err, StringComparison.Ordinal);
        Assert.Contains("criteria[0].weight: must be > 0 (line 4)", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Run_CustomScorecard_Used()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var card = dir.File("card.yaml", "name: Apologies only\ncriteria:\n  - id: sorry\n    rule: { kind: balance, positive: [apology.sincere], negative: [apology.non_apology] }\n");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Scorecard = card, Format = "json" });
        using var doc = JsonDocument.Parse(r.Out);
        var score = doc.RootElement.GetProperty("score");
        Assert.Equal("Apologies only", score.GetProperty("scorecard").GetString());
        Assert.Equal(50, score.GetProperty("value").GetDouble());
    }

    [Fact]
    public void Run_Glossary_PassedToTheAnalysis()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var glossary = dir.File("g.tsv", "MPAN\tyour meter number\n");
        IReadOnlyDictionary<string, string>? seen = null;
        var stdout = new Spectre.Console.Testing.TestConsole();
        var runner = new AnalyzeRunner(stdout, stdout, detectors: o =>
        {
            seen = o.Glossary;
            return PhraseDetector.Create(o);
        });
        Assert.Equal(0, runner.Run(new AnalyzeCommand.Settings { Paths = [file], Glossary = glossary }));
        Assert.Equal("your meter number", seen!["mpan"]);
    }

    [Fact]
    public void Run_InvalidGlossary_UsageErrorNamesFileAndLine()
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var glossary = dir.File("g.tsv", "MPAN\tyour meter number\nMPAN\tmeter number again\n");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Glossary = glossary });
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("g.tsv:2", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xml", null, null)]
    [InlineData("table", "pdf", null)]
    [InlineData("table", null, "Sam")]
    [InlineData("table", null, "Sam=manager")]
    public void Run_BadOptions_UsageError(string format, string? inputFormat, string? speaker)
    {
        using var dir = new TempDir();
        var file = dir.File("call.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Format = format, InputFormat = inputFormat, Speakers = speaker is null ? [] : [speaker] });
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error:", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SeveralHtmlWithoutOut_UsageError()
    {
        using var dir = new TempDir();
        dir.File("a.json", Transcripts.DoubleCharge());
        dir.File("b.json", Transcripts.DoubleCharge());
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [dir.Path], Format = "html" });
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("need --out DIR", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptyFolder_UsageError()
    {
        using var dir = new TempDir();
        var r = CliRun.Analyze(Settings(dir.Path));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no transcripts found", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SpeakerOption_PassedToTheReader()
    {
        using var dir = new TempDir();
        var file = dir.File("call.txt", "Sam: I'll make sure it's fixed.\nJo: Thanks!\n");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [file], Format = "json", Speakers = ["Sam=advisor", "Jo=customer"] });
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var turns = doc.RootElement.GetProperty("conversation").GetProperty("turns");
        Assert.Equal("advisor", turns[0].GetProperty("party").GetString());
        Assert.Equal("customer", turns[1].GetProperty("party").GetString());
    }

    [Fact]
    public void Run_ManyFilesInParallel_AllAnalysedOnce()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 24; i++)
        {
            dir.File($"c{i:00}.json", Transcripts.DoubleCharge(times: i % 2 == 0));
        }

        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [dir.Path], Format = "json", Jobs = 4 });
        Assert.Equal(0, r.ExitCode);
        var sources = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString())).ToList();
        Assert.Equal(Enumerable.Range(0, 24).Select(i => $"c{i:00}.json"), sources);
    }

    [Fact]
    public void CommandApp_RegisteredVerbParsesRepeatedOptions()
    {
        using var dir = new TempDir();
        var file = dir.File("call.txt", "Sam: Hello.\nJo: Hi.\n");
        var app = new CommandAppTester();
        app.Configure(c => c.AddCommand<AnalyzeCommand>("analyze"));
        var result = app.Run("analyze", file, "--speaker", "Sam=advisor", "--speaker", "Jo=customer", "--no-redact");
        Assert.True(result.ExitCode == 0, result.Output);
        var settings = Assert.IsType<AnalyzeCommand.Settings>(result.Settings);
        Assert.Equal(["Sam=advisor", "Jo=customer"], settings.Speakers);
        Assert.True(settings.NoRedact);
        Assert.Contains("Score", result.Output, StringComparison.Ordinal);
    }
}
