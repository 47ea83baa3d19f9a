using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Tests.Audio.Dynamics;

public class DynamicsFindingsTests
{
    private static PartySegment C(double start, double end) => new(Party.Customer, start, end);

    private static PartySegment A(double start, double end) => new(Party.Advisor, start, end);

    private static Turn T(Party party, string text, double start, double end, params Word[] words) =>
        new() { Party = party, Text = text, Start = start, End = end, Words = words };

    private static IReadOnlyList<Finding> Findings(IReadOnlyList<Turn> turns, double duration, params PartySegment[] segments) =>
        DynamicsFindings.Create(DynamicsAnalyzer.Analyze(segments, duration), turns);

    [Fact]
    public void Create_AdvisorInterruption_NegativeOnAdvisorTurnQuotingWordsSpokenOver()
    {
        Turn[] turns =
        [
            T(Party.Customer, "I have been waiting for three weeks and nobody", 80, 85.4),
            T(Party.Advisor, "Okay let me stop you there, I can see the order.", 83.4, 90,
                new Word("Okay", 83.4, 83.8), new Word("let", 83.9, 84.1), new Word("me", 84.1, 84.3),
                new Word("stop", 84.4, 84.8), new Word("you", 84.9, 85.2), new Word("there,", 85.3, 85.6),
                new Word("I", 86.0, 86.1), new Word("can", 86.1, 86.4)),
        ];
        var findings = Findings(turns, 90, C(80, 85.4), A(83.4, 90));

        var f = Assert.Single(findings, f => f.Signal == Signals.ListeningInterruption);
        Assert.Equal(Party.Advisor, f.Party);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.Equal("interruption", f.Label);
        Assert.Equal(1, f.Turn);
        Assert.Equal("Okay let me stop you there,", f.Quote);
        Assert.Equal(0, f.SpanStart);
        Assert.Equal(f.Quote.Length, f.Length);
        Assert.Equal(83.4, f.Start);
        Assert.Equal(85.4, f.End);
        Assert.Equal(2.0, f.Value!.Value, 1e-9);
        Assert.StartsWith("The advisor started speaking at 1:23.4 while the customer was mid-sentence", f.Detail, StringComparison.Ordinal);
        Assert.NotNull(f.Suggestion);
    }

    [Fact]
    public void Create_Backchannel_PositiveListening()
    {
        Turn[] turns = [T(Party.Customer, "So the bill came and it was double what I expected.", 0, 10), T(Party.Advisor, "Mm-hmm.", 4, 4.5)];
        var f = Assert.Single(Findings(turns, 10, C(0, 10), A(4, 4.5)), f => f.Signal == Signals.ListeningBackchannel);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal(Party.Advisor, f.Party);
        Assert.Equal(1, f.Turn);
        Assert.Equal("Mm-hmm.", f.Quote);
        Assert.Equal(0.5, f.Value!.Value, 1e-9);
    }

    [Fact]
    public void Create_CustomerOverAdvisor_OvertalkLabelledCustomerAndNeverNegative()
    {
        var findings = Findings([], 20, A(0, 10), C(9, 14), A(15, 20), C(17, 19.5));
        var customer = findings.Where(f => f.Signal == Signals.TalkOvertalk && f.Label == "customer").ToList();
        Assert.Equal(2, customer.Count);
        Assert.All(findings.Where(f => f.Party == Party.Customer), f => Assert.NotEqual(Polarity.Negative, f.Polarity));
        Assert.DoesNotContain(findings, f => f.Signal == Signals.ListeningInterruption);
    }

    [Fact]
    public void Create_AdvisorTalksOverCustomerWhoCarriesOn_NegativeOvertalk()
    {
        var f = Assert.Single(Findings([], 15, C(0, 12), A(8, 15)), f => f.Signal == Signals.TalkOvertalk && f.Label != "total");
        Assert.Equal("advisor", f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
    }

    [Fact]
    public void Create_EarlyReply_InformationOnly()
    {
        var findings = Findings([], 15, C(0, 10), A(9.7, 15));
        var f = Assert.Single(findings, f => f.Signal == Signals.TalkOvertalk && f.Label != "total");
        Assert.Equal("early_reply", f.Label);
        Assert.Equal(Polarity.Info, f.Polarity);
        Assert.DoesNotContain(findings, f => f.Signal == Signals.ListeningInterruption);
    }

    [Fact]
    public void Create_SimultaneousStart_InformationOnly()
    {
        var f = Assert.Single(Findings([], 10, C(5, 8), A(5.1, 9)), f => f.Signal == Signals.TalkOvertalk && f.Label != "total");
        Assert.Equal("simultaneous", f.Label);
        Assert.Equal(Polarity.Info, f.Polarity);
    }

    [Fact]
    public void Create_Summaries_TalkTimeRatioOvertalkAndNonTalkOnTurnZero()
    {
        var findings = Findings([], 30, C(0, 10), A(11, 16), C(20, 25));
        var customer = Assert.Single(findings, f => f.Signal == Signals.TalkTime && f.Party == Party.Customer);
        Assert.Equal(15, customer.Value!.Value, 1e-9);
        Assert.Equal("The customer spoke for 0:15.0 of 0:30.0 (50 % of the call).", customer.Detail);
        Assert.Equal(5, Assert.Single(findings, f => f.Signal == Signals.TalkTime && f.Party == Party.Advisor).Value!.Value, 1e-9);
        var ratio = Assert.Single(findings, f => f.Signal == Signals.TalkRatio);
        Assert.Equal(0.25, ratio.Value!.Value, 1e-9);
        Assert.Equal(0, ratio.Turn);
        Assert.Equal("", ratio.Quote);
        Assert.Equal(0, Assert.Single(findings, f => f.Signal == Signals.TalkOvertalk).Value);
        var nonTalk = findings.Where(f => f.Signal == Signals.SilenceNonTalk).ToList();
        Assert.Equal(9, Assert.Single(nonTalk, f => f.Label == "total").Value!.Value, 1e-9); // 16–20 and 25–30
        Assert.Equal(2, nonTalk.Count(f => f.Label == "non_talk"));
    }

    [Fact]
    public void Create_LongSilenceAndMonologue_Negative()
    {
        var findings = Findings([], 100, A(0, 65), C(80, 81), A(95, 100));
        var monologue = Assert.Single(findings, f => f.Signal == Signals.TalkMonologue);
        Assert.Equal(Polarity.Negative, monologue.Polarity);
        Assert.Equal(65, monologue.Value!.Value, 1e-9);
        var alert = Assert.Single(findings, f => f.Label == "alert");
        Assert.Equal(Signals.SilenceNonTalk, alert.Signal);
        Assert.Equal(Polarity.Negative, alert.Polarity);
        Assert.Equal(75, alert.Start!.Value, 1e-9);
    }

    [Fact]
    public void Create_ResponseTimes_PerAdvisorReplyAndMedian()
    {
        var findings = Findings([], 30, C(0, 5), A(5.5, 10), C(11, 15), A(16.5, 20), C(21, 25), A(27, 30));
        var replies = findings.Where(f => f.Signal == Signals.ResponseTime && f.Label == "advisor").Select(f => f.Value!.Value).ToList();
        Assert.Equal([0.5, 1.5, 2.0], replies);
        Assert.Equal(1.5, Assert.Single(findings, f => f.Signal == Signals.ResponseTime && f.Label == "median").Value);
    }

    [Fact]
    public void Create_EventsInTimeOrderAfterSummaries()
    {
        var findings = Findings([], 40, C(0, 10), A(4, 4.5), A(8, 15), C(20, 25), A(24.5, 40));
        var events = findings.SkipWhile(f => f.Start == 0 && f.End == 40).ToList();
        Assert.NotEmpty(events);
        Assert.Equal(events.OrderBy(f => f.Start).Select(f => f.Start), events.Select(f => f.Start));
    }

    [Fact]
    public void Create_NoTurns_TurnZeroAndEmptyQuote()
    {
        var f = Assert.Single(Findings([], 15, C(0, 10), A(8, 15)), f => f.Signal == Signals.ListeningInterruption);
        Assert.Equal(0, f.Turn);
        Assert.Equal("", f.Quote);
    }

    [Fact]
    public void Create_TurnWithoutWords_QuotesTheStartOfItsText()
    {
        var text = string.Join(' ', Enumerable.Repeat("words", 60));
        Turn[] turns = [T(Party.Customer, "Hello", 0, 10), T(Party.Advisor, text, 8, 15)];
        var f = Assert.Single(Findings(turns, 15, C(0, 10), A(8, 15)), f => f.Signal == Signals.ListeningInterruption);
        Assert.Equal(1, f.Turn);
        Assert.True(f.Quote.Length <= 120);
        Assert.StartsWith(f.Quote, text, StringComparison.Ordinal);
        Assert.EndsWith("words", f.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NoOverlap_NearestTimedTurn()
    {
        Turn[] turns = [new() { Party = Party.Customer, Text = "untimed" }, T(Party.Customer, "a", 0, 2), T(Party.Advisor, "b", 10, 12)];
        Assert.Equal(2, DynamicsFindings.Locate(turns, Party.Customer, 8, 8));
        Assert.Equal(1, DynamicsFindings.Locate(turns, Party.Advisor, 1, 1.5));
        Assert.Equal(-1, DynamicsFindings.Locate([turns[0]], Party.Advisor, 1, 1.5));
    }

    [Theory]
    [InlineData(83.4, "1:23.4")]
    [InlineData(0, "0:00.0")]
    [InlineData(59.96, "1:00.0")]
    [InlineData(3723.25, "1:02:03.3")]
    public void Clock_Seconds_MinutesSecondsTenths(double seconds, string expected)
    {
        Assert.Equal(expected, DynamicsFindings.Clock(seconds));
    }
}
