using Attune.Cli.Reports;
using Attune.Cli.Tests.TestKit;
using Spectre.Console.Testing;

namespace Attune.Cli.Tests.Reports;

public class AudioTableTests
{
    private static string Render(AnalysisReport report, int width = 120)
    {
        var console = new TestConsole();
        console.Profile.Width = width;
        TableReport.Write(report, console);
        return console.Output;
    }

    [Fact]
    public void Write_Recording_AudioSectionWithTheFigures()
    {
        var text = Render(TestRecordings.WithTranscript());
        Assert.Contains("Audio", text, StringComparison.Ordinal);
        Assert.Contains("PCM 16-bit, 8000 Hz, stereo · customer on the left channel", text, StringComparison.Ordinal);
        Assert.Contains("advisor share", text, StringComparison.Ordinal);
        Assert.Contains("interruptions 1 by the advisor", text, StringComparison.Ordinal);
        Assert.Contains("1 span over 3 s", text, StringComparison.Ordinal);
        Assert.Contains("median", text, StringComparison.Ordinal);
        Assert.Contains("LUFS", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(200)]
    public void Write_Recording_TimelineFitsTheConsole(int width)
    {
        var lines = Render(TestRecordings.WithTranscript(), width).Split('\n');
        var customer = lines.Single(l => l.StartsWith("Customer  ", StringComparison.Ordinal));
        var advisor = lines.Single(l => l.StartsWith("Advisor   ", StringComparison.Ordinal));
        Assert.Contains('█', customer);
        Assert.Contains('·', customer);
        Assert.Contains('░', customer); // the 5 s silence
        Assert.Equal(customer.TrimEnd().Length, advisor.TrimEnd().Length);
        Assert.True(customer.TrimEnd().Length <= Math.Min(width, TableReport.Width), $"{customer.TrimEnd().Length} columns at width {width}");
        Assert.Contains(lines, l => l.Contains('▲', StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Recording_ArousalBarPerCustomerTurn()
    {
        var report = TestRecordings.WithTranscript();
        var text = Render(report);
        Assert.Contains("Customer arousal", text, StringComparison.Ordinal);
        var customerTurns = report.Conversation.Turns.Select((t, i) => (t, i)).Where(x => x.t.Voice?.Arousal is not null).Select(x => x.i + 1).ToList();
        Assert.NotEmpty(customerTurns);
        foreach (var n in customerTurns)
        {
            Assert.Matches($@"turn {n}\s+\d:\d\d [█·]{{10}} \d\.\d\d", text);
        }

        Assert.DoesNotMatch(@"turn 2\s+\d:\d\d [█·]{10}", text); // turn 2 is the advisor's
    }

    [Fact]
    public void Write_AudioOnly_NoteShownAtTheTop()
    {
        var text = Render(TestRecordings.AudioOnly());
        var note = text.IndexOf("Transcription skipped", StringComparison.Ordinal);
        Assert.True(note > 0);
        Assert.True(note < text.IndexOf("Score", StringComparison.Ordinal));
        Assert.Contains("--transcript", text, StringComparison.Ordinal);
        Assert.Contains("not transcribed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Mono_OneTimelineRowAndSaysSo()
    {
        var lines = Render(TestRecordings.Mono()).Split('\n');
        Assert.Single(lines, l => l.StartsWith("Customer  ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Advisor   ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("no advisor channel (mono)", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Transcript_NoAudioSectionNoNote()
    {
        var text = Render(TestReports.DoubleCharge());
        Assert.DoesNotContain("── Audio", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Timeline", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" Note ", text, StringComparison.Ordinal);
    }
}
