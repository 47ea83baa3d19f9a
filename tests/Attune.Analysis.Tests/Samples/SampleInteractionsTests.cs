using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

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

    [Fact]
    public void Samples_AtLeastTwelve() => Assert.True(SampleFiles().Count >= 12);

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
