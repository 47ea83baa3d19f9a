using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Sentiment;

namespace Attune.Analysis.Tests.Text.Detectors.Sentiment;

public class SentimentDetectorTests
{
    private static IReadOnlyList<Finding> Run(params (Party Party, string Text)[] turns)
    {
        var conversation = new Conversation { Turns = [.. turns.Select(t => new Turn { Party = t.Party, Text = t.Text })] };
        var result = Analyzer.Analyze(conversation, AnalysisOptions.Default, [new SentimentDetector(AnalysisOptions.Default)]);
        return [.. result.Findings.Where(f => f.Signal == Signals.CustomerSentiment)];
    }

    [Theory]
    [InlineData("You charged me twice and it's ridiculous!", "negative")]
    [InlineData("Thank you so much, that's brilliant", "positive")]
    [InlineData("I moved house last month", "neutral")]
    [InlineData("I'm not upset, just want it sorted", "positive")]
    public void OnTurn_CustomerTurn_OneWholeTurnFinding(string text, string label)
    {
        var f = Assert.Single(Run((Party.Customer, text)));
        Assert.Equal(label, f.Label);
        Assert.Equal(text, f.Quote);
        Assert.Equal(0, f.SpanStart);
        Assert.InRange(f.Value!.Value, -1, 1);
        Assert.Equal(Party.Customer, f.Party);
    }

    [Fact]
    public void OnTurn_AdvisorTurn_NotAssessed() =>
        Assert.Empty(Run((Party.Advisor, "I'm so sorry, that's terrible"), (Party.Bot, "Great!")));

    [Fact]
    public void OnTurn_NegativeTurn_DetailNamesStrongestWords()
    {
        var f = Assert.Single(Run((Party.Customer, "I was charged twice and I'm not happy")));
        Assert.Contains("'charged twice'", f.Detail, StringComparison.Ordinal);
        Assert.Contains("'not happy'", f.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Customer sentiment negative", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_MixedTurn_DetailNamesDissentingWord()
    {
        var f = Assert.Single(Run((Party.Customer, "The advisor was lovely but the refund is a disaster")));
        Assert.Contains("against it 'lovely'", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_NoSentimentWords_DetailSaysSo()
    {
        var f = Assert.Single(Run((Party.Customer, "My postcode is AB1 2CD")));
        Assert.Contains("no word carries sentiment", f.Detail, StringComparison.Ordinal);
    }
}
