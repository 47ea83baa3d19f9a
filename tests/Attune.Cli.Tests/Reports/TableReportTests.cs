using Attune.Cli.Reports;
using Attune.Cli.Tests.TestKit;
using Spectre.Console.Testing;

namespace Attune.Cli.Tests.Reports;

public class TableReportTests
{
    private static string Render(AnalysisReport report)
    {
        var console = new TestConsole();
        console.Profile.Width = 160;
        TableReport.Write(report, console);
        return console.Output;
    }

    [Fact]
    public void Write_DoubleCharge_ShowsScoreCriteriaSentimentAndMoments()
    {
        var report = TestReports.DoubleCharge();
        var text = Render(report);
        Assert.Contains($"Score {report.Score.Score:0.#} / 100", text, StringComparison.Ordinal);
        Assert.Contains("Empathy when needed", text, StringComparison.Ordinal);
        Assert.Contains("1 given, 1 missed", text, StringComparison.Ordinal);
        Assert.Contains("Sentiment", text, StringComparison.Ordinal);
        Assert.Contains("Emotion/turn", text, StringComparison.Ordinal);
        Assert.Contains("frustration", text, StringComparison.Ordinal);
        Assert.Contains("To work on", text, StringComparison.Ordinal);
        Assert.Contains("Done well", text, StringComparison.Ordinal);
        Assert.Contains("Non-apology", text, StringComparison.Ordinal);
        Assert.Contains("→ I'm sorry we charged you twice.", text, StringComparison.Ordinal);
        Assert.Contains("turn 3 · 0:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CustomerTextWithMarkup_PrintedLiterally()
    {
        // "[red]…[/]" typed by a customer must not be read as console markup (nor crash the renderer)
        var report = TestReports.From(Transcripts.Json(turns: [("customer", "furious [red]really[/] <b>"), ("advisor", "I'm so sorry [bold]about[/] that.")]));
        var text = Render(report);
        Assert.Contains("I'm so sorry [bold]about[/] that.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ManyOfOneSignal_CappedAndCounted()
    {
        var turns = Enumerable.Range(0, 10).SelectMany(i => new[] { ("customer", $"It broke again, part {i}."), ("advisor", "I see.") }).ToArray();
        var text = Render(TestReports.From(Transcripts.Json(turns: turns)));
        Assert.Equal(TableReport.PerSignal, text.Split("Backchannel listening.backchannel").Length - 1);
        Assert.Contains($"… and {10 - TableReport.PerSignal} more: backchannel ×{10 - TableReport.PerSignal}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_LongTurn_ShowsContextAroundTheSpan()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 60)) + "sorry for any inconvenience" + string.Concat(Enumerable.Repeat(" more", 60));
        var f = new Analysis.Findings.Finding { Signal = "apology.non_apology", Party = Analysis.Conversations.Party.Advisor, Turn = 0, SpanStart = 300, Length = 27, Quote = "sorry for any inconvenience", Detail = "d" };
        var markup = TableReport.Highlight(text, f, "red");
        Assert.StartsWith("“…", markup, StringComparison.Ordinal);
        Assert.EndsWith("…”", markup, StringComparison.Ordinal);
        Assert.Contains("[bold red underline]sorry for any inconvenience[/]", markup, StringComparison.Ordinal);
        Assert.True(markup.Length < 220);
    }
}
