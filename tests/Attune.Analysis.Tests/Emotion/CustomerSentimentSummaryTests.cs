using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Tests.Emotion;

public class CustomerSentimentSummaryTests
{
    private static AnalysisResult Result(params double[] customerSentiments)
    {
        var turns = new List<Turn>();
        var findings = new List<Finding>();
        foreach (var v in customerSentiments)
        {
            findings.Add(new Finding { Signal = Signals.CustomerSentiment, Party = Party.Customer, Turn = turns.Count, Quote = "x", Detail = "d", Value = v });
            turns.Add(new Turn { Party = Party.Customer, Text = "x" });
            turns.Add(new Turn { Party = Party.Advisor, Text = "y" });
        }

        return new AnalysisResult(new Conversation { Turns = turns }, findings);
    }

    [Fact]
    public void From_AngryThenCalm_PositiveTrendAndEndWeightedScore()
    {
        var s = CustomerSentimentSummary.From(Result(-0.8, -0.4, 0.2, 0.6));
        Assert.Equal(140, s.Trend);
        Assert.Equal(-80, s.Start);
        Assert.Equal(60, s.End);
        // end-weighted mean is above the plain mean (-0.1)
        Assert.True(s.Score > -10);
        Assert.Equal(4, s.Turns);
        Assert.Equal(-4, s.Quarters[0]);
        Assert.Equal(3, s.Quarters[3]);
    }

    [Fact]
    public void From_NoCustomerTurns_AllNull()
    {
        var s = CustomerSentimentSummary.From(Result());
        Assert.Null(s.Score);
        Assert.Null(s.Trend);
        Assert.All(s.Quarters, q => Assert.Null(q));
    }

    [Fact]
    public void From_OneTurn_ScoreIsThatTurn()
    {
        var s = CustomerSentimentSummary.From(Result(0.5));
        Assert.Equal(50, s.Score);
        Assert.Equal(0, s.Trend);
    }
}
