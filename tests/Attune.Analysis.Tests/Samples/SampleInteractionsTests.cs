using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Tests.Samples;

/// <summary>The demo interactions under samples/ are the README's first command: every one must import and analyse.</summary>
public class SampleInteractionsTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(SamplesFolder()).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order())
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_ImportsAndAnalyses(string file)
    {
        var result = ConversationReader.ReadFile(Path.Combine(SamplesFolder(), file));
        Assert.True(result.Success, result.Error?.ToString());
        Assert.True(result.Value.Turns.Count >= 10, $"{file} has only {result.Value.Turns.Count} turns");
        Assert.Contains(result.Value.Turns, t => t.Party == Party.Customer);
        Assert.Contains(result.Value.Turns, t => t.Party == Party.Advisor);
        var analysis = Analyzer.Analyze(result.Value);
        Assert.Equal(result.Value.Turns.Count, analysis.Conversation.Turns.Count);
    }

    // How a careful listener hears each customer from start to end (customer.emotion_journey).
    [Theory]
    [InlineData("complaints-angry-to-calm.json", "angry→positive")]
    [InlineData("fraud-sim-swap-reassured.json", "anxious→positive")]
    [InlineData("care-bereavement-closure.json", "distressed→positive")]
    [InlineData("care-elderly-digital-landline.json", "confused→positive")]
    [InlineData("tech-jargon-call.transcribe.json", "confused→positive")]
    [InlineData("billing-non-apology.json", "angry→angry")]
    [InlineData("billing-double-charge.json", "angry→positive")]
    public void Sample_EmotionJourney_AsACarefulListenerHearsIt(string file, string journey)
    {
        var findings = Analyze(file).Findings;
        Assert.Equal(journey, Assert.Single(findings, f => f.Signal == Signals.CustomerEmotionJourney).Label);
    }

    [Fact]
    public void Sample_AngryToCalm_StartsFuriousAndNegativeEndsPositive()
    {
        var findings = Analyze("complaints-angry-to-calm.json").Findings;
        var emotions = findings.Where(f => f.Signal == Signals.CustomerEmotion).ToList();
        var sentiments = findings.Where(f => f.Signal == Signals.CustomerSentiment).ToList();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("frustration", emotions[i].Label);
            Assert.True(emotions[i].Value >= 0.8, $"turn {emotions[i].Turn}: intensity {emotions[i].Value}");
            Assert.Equal("negative", sentiments[i].Label);
        }

        Assert.Equal("relief", emotions[^1].Label);
        Assert.Equal("positive", sentiments[^1].Label);
    }

    [Fact]
    public void Samples_AtLeastTwelve() => Assert.True(SampleFiles().Count >= 12);

    private static AnalysisResult Analyze(string file)
    {
        var read = ConversationReader.ReadFile(Path.Combine(SamplesFolder(), file));
        Assert.True(read.Success, read.Error?.ToString());
        return Analyzer.Analyze(read.Value);
    }

    private static string SamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attune.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "samples");
    }
}
