using System.Text.RegularExpressions;
using Attune.Cli.Reports;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Reports;

public class HtmlReportAudioTests
{
    private static string Svg(string html, string cls)
    {
        var m = Regex.Match(html, $"<svg class=\"timeline {cls}\"[^>]*>.*?</svg>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no {cls} chart");
        return m.Value;
    }

    [Fact]
    public void ToHtml_Recording_ThreeAccessibleFigures()
    {
        var html = HtmlReport.ToHtml(TestRecordings.WithTranscript());
        foreach (var cls in new[] { "calltl", "curves", "arousal" })
        {
            Assert.Matches($"<figure class=\"chart\"><svg class=\"timeline {cls}\" viewBox=\"[^\"]+\" role=\"img\" aria-label=\"[^\"]{{20,}}\">", html);
        }

        Assert.Equal(3, Regex.Matches(html, "<figure class=\"chart\">.*?<figcaption>", RegexOptions.Singleline).Count);
        Assert.Contains("aria-label=\"Timeline of the call, 0:27", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Recording_TimelineMarksSpeechOvertalkNonTalkAndInterruption()
    {
        var svg = Svg(HtmlReport.ToHtml(TestRecordings.WithTranscript()), "calltl");
        Assert.Contains(">Customer</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Advisor</text>", svg, StringComparison.Ordinal);
        Assert.Contains("<title>Customer speech 0:00.", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"overtalk\"", svg, StringComparison.Ordinal);
        Assert.Matches("class=\"intr\"[^>]*><title>Interruption by the advisor at 0:11\\.[0-9]", svg);
        Assert.Matches("class=\"nontalk\"[^>]*><title>Non-talk 0:1[34]\\.[0-9]–0:1[89]\\.[0-9]", svg);
    }

    [Fact]
    public void ToHtml_Recording_CustomerCurvesWithTurnBoundaries()
    {
        var report = TestRecordings.WithTranscript();
        var svg = Svg(HtmlReport.ToHtml(report), "curves");
        Assert.Contains("class=\"pitch\"", svg, StringComparison.Ordinal);
        Assert.Matches("class=\"pitch\"[^>]*d=\"M[0-9.]+ [0-9.]+L", svg);
        Assert.Matches("class=\"level\" d=\"M[0-9.]+ [0-9.]+L", svg);
        Assert.Equal(report.Conversation.Turns.Count, Regex.Matches(svg, "class=\"boundary\"").Count);
        Assert.Equal(3, Regex.Matches(svg, "class=\"cturn\"").Count);
    }

    [Fact]
    public void ToHtml_Recording_ArousalBarPerCustomerTurnWithCues()
    {
        var report = TestRecordings.WithTranscript();
        var svg = Svg(HtmlReport.ToHtml(report), "arousal");
        var measured = report.Conversation.Turns.Count(t => t.Voice?.Arousal is not null);
        Assert.True(measured > 0);
        Assert.Equal(measured, Regex.Matches(svg, "<title>Turn \\d+ · [^<]*arousal [01]\\.\\d\\d").Count);
        Assert.Contains("Cues against the caller&#x27;s baseline: pitch", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Recording_TranscriptTextEscapedEverywhere()
    {
        var html = HtmlReport.ToHtml(TestRecordings.WithTranscript());
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Recording_TurnsShowTimeSpanAndVoiceBadge()
    {
        var html = HtmlReport.ToHtml(TestRecordings.WithTranscript());
        Assert.Matches("<span class=\"time\">0:08–0:12</span><span class=\"voice\" style=\"--c:#[0-9a-f]{6}\" title=\"How this turn sounded", html);
        Assert.Matches("<span class=\"voice\" title=\"[^\"]*\"><svg[^>]*>.*?</svg>level \\d+", html);
    }

    [Fact]
    public void ToHtml_AudioOnly_NoteCalloutAtTheTopAndHeardTurns()
    {
        var html = HtmlReport.ToHtml(TestRecordings.AudioOnly());
        var callout = html.IndexOf("<aside class=\"callout\" role=\"note\"", StringComparison.Ordinal);
        Assert.True(callout > 0);
        Assert.True(callout < html.IndexOf("class=\"overview\"", StringComparison.Ordinal));
        Assert.Contains("Transcription skipped", html, StringComparison.Ordinal);
        Assert.Contains("heard in the audio, not transcribed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Mono_TimelineHasOneRow()
    {
        var svg = Svg(HtmlReport.ToHtml(TestRecordings.Mono()), "calltl");
        Assert.Contains(">Customer</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">Advisor</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Transcript_NoAudioSectionNoCallout()
    {
        var html = HtmlReport.ToHtml(TestReports.DoubleCharge());
        Assert.DoesNotContain("Call audio", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"callout\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"voice\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_WritesRecordingDemoPageWhenAsked()
    {
        // ATTUNE_DEMO_AUDIO_HTML=/tmp/x.html dotnet test … writes the synthetic call's page (and .txt console report) for a visual check
        var path = Environment.GetEnvironmentVariable("ATTUNE_DEMO_AUDIO_HTML");
        var report = TestRecordings.WithTranscript();
        var html = HtmlReport.ToHtml(report);
        if (path is not null)
        {
            File.WriteAllText(path, html);
            var console = new Spectre.Console.Testing.TestConsole();
            console.Profile.Width = 110;
            TableReport.Write(report, console);
            File.WriteAllText(path + ".txt", console.Output);
        }

        Assert.Contains("Backchannel by the advisor at 0:20.", html, StringComparison.Ordinal);
    }
}
