using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;
using Attune.Analysis.Findings;
using Attune.Web.Demo;

namespace Attune.Web.Tests.Demo;

public sealed class InteractionGeneratorTests
{
    private static readonly DateTimeOffset End = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    private static Conversation Read(byte[] json)
    {
        var read = ConversationReader.ReadBytes(json, "generated", new ImportOptions { Format = "json" });
        Assert.True(read.Success, read.Error?.ToString());
        return read.Value;
    }

    [Fact]
    public void Generate_SameSeedAndIndex_SameBytesInAnyOrder()
    {
        var a = new InteractionGenerator(End, seed: 7);
        var b = new InteractionGenerator(End, seed: 7);
        var forward = Enumerable.Range(0, 50).Select(a.Generate).ToList();
        var backward = Enumerable.Range(0, 50).Reverse().Select(b.Generate).Reverse().ToList();

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Generate_OtherSeed_OtherInteraction()
    {
        Assert.NotEqual(new InteractionGenerator(End, seed: 1).Generate(3), new InteractionGenerator(End, seed: 2).Generate(3));
    }

    [Fact]
    public void Generate_Many_ImportAsAttuneJsonWithRosterMetadataWithinTheYear()
    {
        var generator = new InteractionGenerator(End);
        var advisors = InteractionGenerator.Advisors.ToDictionary(a => a.Id);
        for (var i = 0; i < 300; i++)
        {
            var c = Read(generator.Generate(i));

            Assert.Equal(InteractionGenerator.ExternalId(i), c.Metadata.InteractionId);
            Assert.True(advisors.TryGetValue(c.Metadata.AdvisorId!, out var advisor), c.Metadata.AdvisorId);
            Assert.Equal(advisor.Name, c.Metadata.AdvisorName);
            Assert.Equal(advisor.TeamId, c.Metadata.Team);
            Assert.InRange(c.Metadata.StartedAt!.Value, End.AddDays(-366), End);
            Assert.InRange(c.Turns.Count, 6, 40);
            Assert.Contains(c.Turns, t => t.Party == Party.Customer);
            Assert.Contains(c.Turns, t => t.Party == Party.Advisor);
            Assert.All(c.Turns, t => Assert.True(t.End >= t.Start));
        }
    }

    [Fact]
    public void Generate_Many_VariedTranscriptsAdvisorsChannelsAndDates()
    {
        var generator = new InteractionGenerator(End);
        var conversations = Enumerable.Range(0, 400).Select(i => Read(generator.Generate(i))).ToList();

        Assert.Equal(400, conversations.Select(c => string.Join("\n", c.Turns.Select(t => t.Text))).Distinct().Count());
        Assert.True(conversations.Select(c => c.Metadata.AdvisorId).Distinct().Count() >= 35, "most of the 40 advisors appear");
        Assert.Equal(InteractionGenerator.Teams.Count, conversations.Select(c => c.Metadata.Team).Distinct().Count());
        Assert.Equal(2, conversations.Select(c => c.Channel).Distinct().Count());
        Assert.True(conversations.Select(c => c.Metadata.StartedAt!.Value.Month).Distinct().Count() == 12, "dates spread over the year");
    }

    [Fact]
    public void Generate_Analysed_ShowsTheBehavioursThePagesFilterOn()
    {
        var generator = new InteractionGenerator(End);
        var signals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 200; i++)
        {
            foreach (var f in Analyzer.Analyze(Read(generator.Generate(i)), new AnalysisOptions { Redact = true }).Findings)
            {
                signals[f.Signal] = signals.GetValueOrDefault(f.Signal) + 1;
            }
        }

        // Good and bad apologies, customer emotions, questions and jargon all occur, none in every interaction.
        Assert.InRange(signals.GetValueOrDefault(Signals.ApologyNonApology), 10, 199);
        Assert.InRange(signals.GetValueOrDefault(Signals.ApologySincere), 10, 400);
        Assert.True(signals.GetValueOrDefault(Signals.CustomerEmotion) > 50);
        Assert.True(signals.Count >= 15, string.Join(", ", signals.Keys));
    }

    [Fact]
    public void Generate_PhoneNumbers_NeverReachTheAnalysedText()
    {
        var generator = new InteractionGenerator(End);
        for (var i = 0; i < 200; i++)
        {
            var result = Analyzer.Analyze(Read(generator.Generate(i)), new AnalysisOptions { Redact = true });
            Assert.DoesNotContain(result.Conversation.Turns, t => t.Text.Contains("07700 900", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Generate_NegativeIndex_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InteractionGenerator(End).Generate(-1));
    }
}
