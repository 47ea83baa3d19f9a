using System.Text.RegularExpressions;
using Attune.Cli.Reports;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Reports;

public partial class HtmlReportTests
{
    private static readonly string Html = HtmlReport.ToHtml(TestReports.DoubleCharge());

    [Fact]
    public void ToHtml_CustomerTypesScript_ShownAsTextNeverAsMarkup()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_SelfContained_NoExternalAssets()
    {
        Assert.DoesNotMatch(ExternalReference(), Html);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", Html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Findings_MarkedWithExplanationAndSuggestion()
    {
        // the non-apology span is highlighted, its tooltip says what it is and what to say instead
        var mark = Regex.Match(Html, "<mark class=\"neg\" title=\"([^\"]*)\">Sorry for any inconvenience</mark>");
        Assert.True(mark.Success);
        Assert.Contains("Non-apology (apology.non_apology)", mark.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("Try: I&#x27;m sorry we charged you twice.", mark.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"pos\"", Html, StringComparison.Ordinal);
        // and listed with a numbered anchor the highlight links to
        Assert.Matches("<a class=\"ref neg\" href=\"#f(\\d+)\">\\1</a>", Html);
    }

    [Fact]
    public void ToHtml_OverlappingSpans_EveryFindingStillLinked()
    {
        PhraseDetector.Rule[] rules =
        [
            new(Analysis.Conversations.Party.Advisor, "so the bill shows two payments", Analysis.Findings.Signals.ListeningParaphrase, Analysis.Findings.Polarity.Positive, "Paraphrase"),
            new(Analysis.Conversations.Party.Advisor, "two payments for November", Analysis.Findings.Signals.LanguageJargon, Analysis.Findings.Polarity.Negative, "Overlapping"),
        ];
        var report = TestReports.From(Transcripts.Json(turns: [("customer", "It went wrong twice."), ("advisor", "Okay, so the bill shows two payments for November?")]), rules: rules);
        var html = HtmlReport.ToHtml(report);
        var advisor = report.Findings.Where(f => f.Party == Analysis.Conversations.Party.Advisor && f.Length < 40).ToList();
        Assert.Equal(2, advisor.Count);
        foreach (var f in advisor)
        {
            var id = report.Findings.ToList().IndexOf(f);
            Assert.Contains($"id=\"f{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"#f{id}\">{id}</a>", html, StringComparison.Ordinal);
        }

        // the shared words are one piece marked by both (negative wins the colour)
        Assert.Contains("<mark class=\"neg\" title=\"Paraphrase (listening.paraphrase): Paraphrase", html, StringComparison.Ordinal);
        Assert.Contains(">two payments</mark>", html, StringComparison.Ordinal);
        // the turn-level opportunity is a badge, not a highlight over the whole reply
        Assert.Contains("<a class=\"badge neg\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Timeline_OnePointPerCustomerTurnColouredByEmotion()
    {
        var svg = Regex.Match(Html, "<svg class=\"timeline\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(3, Regex.Matches(svg, "<circle ").Count);
        Assert.Contains(EmotionPalette.Colour("frustration"), svg, StringComparison.Ordinal);
        Assert.Contains(EmotionPalette.Colour("relief"), svg, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"trend\"", svg, StringComparison.Ordinal);
        // point tooltips quote the turn, encoded
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ScoreAndCriteria_InTheHeader()
    {
        var report = TestReports.DoubleCharge();
        Assert.Contains($">{report.Score.Score:0.#}</text>", Html, StringComparison.Ordinal);
        foreach (var c in report.Score.Criteria)
        {
            Assert.Contains(c.Name, Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToHtml_Redacted_PersonalDataAbsent()
    {
        Assert.DoesNotContain("4111 1111 1111 1111", Html, StringComparison.Ordinal);
        Assert.Contains("[CARD]", Html, StringComparison.Ordinal);
        Assert.Contains("redacted before analysis", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NoFindingsAtAll_StillAPage()
    {
        var html = HtmlReport.ToHtml(TestReports.From(Transcripts.Json(turns: [("advisor", "Hello.")])));
        Assert.Contains("No advisor behaviour was recognised", html, StringComparison.Ordinal);
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_WritesDemoPageWhenAsked()
    {
        // ATTUNE_DEMO_HTML=/tmp/x.html dotnet test … writes the page for a visual check (headless Chromium screenshot)
        var path = Environment.GetEnvironmentVariable("ATTUNE_DEMO_HTML");
        var report = TestReports.From(Transcripts.LongCall());
        var html = HtmlReport.ToHtml(report);
        if (path is not null)
        {
            File.WriteAllText(path, html);
            var console = new Spectre.Console.Testing.TestConsole { EmitAnsiSequences = true };
            console.Profile.Width = 110;
            TableReport.Write(report, console);
            File.WriteAllText(path + ".txt", console.Output);
        }

        Assert.Contains("relief", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
