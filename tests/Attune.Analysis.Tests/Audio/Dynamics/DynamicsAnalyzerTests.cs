using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.Audio.Dynamics;

public class DynamicsAnalyzerTests
{
    private const double Tolerance = 1e-9;

    private static PartySegment C(double start, double end) => new(Party.Customer, start, end);

    private static PartySegment A(double start, double end) => new(Party.Advisor, start, end);

    private static DynamicsResult Run(double duration, params PartySegment[] segments) => DynamicsAnalyzer.Analyze(segments, duration);

    [Fact]
    public void Analyze_NoSpeech_ReportsNothingAndNoRatio()
    {
        var r = Run(0);
        Assert.Equal(0, r.Duration);
        Assert.Equal(0, r.CustomerTalkSeconds);
        Assert.Null(r.AdvisorTalkRatio);
        Assert.Empty(r.Overtalks);
        Assert.Empty(r.NonTalk);
        Assert.Empty(r.Turns);
        Assert.Empty(r.ResponseLatencies);
        Assert.False(r.LongSilenceAlert);
    }

    [Fact]
    public void Analyze_SilentCall_IsAllNonTalkWithAlertAtTenSeconds()
    {
        var r = Run(12);
        Assert.Equal([new Span(0, 12)], r.NonTalk);
        Assert.Equal(12, r.NonTalkSeconds);
        Assert.Equal(10, r.LongSilenceAlertAt);
    }

    [Fact]
    public void Analyze_TalkTime_CountsOverlappingSegmentsOfOnePartyOnce()
    {
        var r = Run(20, C(0, 5), C(4, 6), A(7, 10));
        Assert.Equal(6, r.CustomerTalkSeconds, Tolerance);
        Assert.Equal(3, r.AdvisorTalkSeconds, Tolerance);
        Assert.Equal(1 / 3.0, r.AdvisorTalkRatio!.Value, Tolerance);
        Assert.Equal(20, r.Duration);
    }

    [Fact]
    public void Analyze_SpeechPastDuration_ExtendsDuration()
    {
        Assert.Equal(12, Run(10, C(0, 12)).Duration);
    }

    [Fact]
    public void Analyze_ShortAdvisorBurstInsideCustomerSpeech_IsBackchannelNotTurn()
    {
        var r = Run(16, C(0, 10), A(4, 4.5), A(11, 15));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(new Overtalk(4, 4.5, Party.Advisor, OvertalkKind.Backchannel, 0.5), o);
        Assert.Equal(1, r.Backchannels);
        Assert.Equal(0, r.InterruptionsByAdvisor);
        Assert.Equal([new PartyTurn(Party.Customer, 0, 10), new PartyTurn(Party.Advisor, 11, 15)], r.Turns);
        Assert.Equal([new Latency(Party.Advisor, 10, 11)], r.ResponseLatencies);
    }

    [Fact]
    public void Analyze_BackchannelInAPauseOfTheCustomer_IsBackchannelWithoutOvertalk()
    {
        var r = Run(10, C(0, 4), C(4.4, 10), A(4.05, 4.35));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(OvertalkKind.Backchannel, o.Kind);
        Assert.Equal(0, o.Seconds);
        Assert.Equal([new PartyTurn(Party.Customer, 0, 10)], r.Turns);
    }

    [Fact]
    public void Analyze_CustomerStopsWithinTwoSecondsAndAdvisorCarriesOn_IsInterruption()
    {
        var r = Run(15, C(0, 10), A(8, 15));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(new Overtalk(8, 10, Party.Advisor, OvertalkKind.Interruption, 2), o);
        Assert.Equal(1, r.InterruptionsByAdvisor);
        Assert.Equal(2, r.OvertalkSeconds, Tolerance);
        Assert.Equal([new Latency(Party.Advisor, 10, 8)], r.ResponseLatencies);
        Assert.Equal(-2, r.ResponseLatencies[0].Seconds);
    }

    [Theory]
    [InlineData(9.7, true)]
    [InlineData(9.4, false)]
    public void Analyze_AdvisorComesInAsCustomerFinishes_IsEarlyReplyNotInterruption(double advisorStart, bool early)
    {
        var r = Run(15, C(0, 10), A(advisorStart, 15));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(early, o.EarlyReply);
        Assert.Equal(early ? OvertalkKind.Overlap : OvertalkKind.Interruption, o.Kind);
        Assert.Equal(early ? 0 : 1, r.InterruptionsByAdvisor);
    }

    [Fact]
    public void Analyze_CustomerKeepsTalkingMoreThanTwoSeconds_IsOverlapNotInterruption()
    {
        var r = Run(15, C(0, 10.5), A(8, 15));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(OvertalkKind.Overlap, o.Kind);
        Assert.Equal(Party.Advisor, o.StartedBy);
        Assert.False(o.Simultaneous);
        Assert.Equal(0, r.InterruptionsByAdvisor);
    }

    [Fact]
    public void Analyze_LongAdvisorBurstCustomerCarriesOn_IsOverlapAndAdvisorTurn()
    {
        var r = Run(10, C(0, 10), A(4, 5.5));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(OvertalkKind.Overlap, o.Kind);
        Assert.Equal(0, r.Backchannels);
        Assert.Contains(new PartyTurn(Party.Advisor, 4, 5.5), r.Turns);
    }

    [Fact]
    public void Analyze_AdvisorStopsTooWhenCustomerStops_IsNotInterruption()
    {
        // The advisor did not carry on after the customer stopped.
        var r = Run(12, C(0, 10), A(8.5, 10));
        Assert.Equal(OvertalkKind.Overlap, Assert.Single(r.Overtalks).Kind);
    }

    [Fact]
    public void Analyze_CustomerSpeaksOverAdvisor_IsCustomerOverlap()
    {
        var r = Run(10, A(0, 10), C(5, 7));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(new Overtalk(5, 7, Party.Customer, OvertalkKind.Overlap, 2), o);
        Assert.Equal(0, r.InterruptionsByCustomer);
    }

    [Fact]
    public void Analyze_CustomerCutsInAndAdvisorGivesWay_IsCustomerInterruption()
    {
        var r = Run(14, A(0, 10), C(9, 14));
        Assert.Equal(OvertalkKind.Interruption, Assert.Single(r.Overtalks).Kind);
        Assert.Equal(1, r.InterruptionsByCustomer);
        Assert.Equal(0, r.InterruptionsByAdvisor);
    }

    [Fact]
    public void Analyze_CustomerMmHmmInsideAdvisorSpeech_IsCustomerBackchannel()
    {
        var r = Run(10, A(0, 10), C(3, 3.4));
        Assert.Equal(1, r.CustomerBackchannels);
        Assert.Equal(0, r.Backchannels);
        Assert.Equal([new PartyTurn(Party.Advisor, 0, 10)], r.Turns);
    }

    [Theory]
    [InlineData(5.0, 5.0, Party.Advisor)]
    [InlineData(5.0, 5.15, Party.Advisor)]
    [InlineData(5.15, 5.0, Party.Customer)]
    public void Analyze_SimultaneousStart_IsOverlapStartedByTheLaterOne(double customerStart, double advisorStart, Party startedBy)
    {
        var r = Run(10, C(customerStart, 8), A(advisorStart, 9));
        var o = Assert.Single(r.Overtalks);
        Assert.Equal(OvertalkKind.Overlap, o.Kind);
        Assert.True(o.Simultaneous);
        Assert.Equal(startedBy, o.StartedBy);
        Assert.Equal(0, r.InterruptionsByAdvisor + r.InterruptionsByCustomer);
    }

    [Fact]
    public void Analyze_OverlapShorterThanMinimum_IsNotOvertalk()
    {
        var r = Run(10, C(0, 5), A(4.95, 9));
        Assert.Empty(r.Overtalks);
        Assert.Equal(0, r.OvertalkSeconds);
        Assert.Equal(2, r.Turns.Count);
    }

    [Theory]
    [InlineData(5.0, false)]
    [InlineData(5.1, true)]
    public void Analyze_NonTalk_IsOverThreeSecondsNotAtThree(double advisorStart, bool nonTalk)
    {
        var r = Run(advisorStart + 2, C(0, 2), A(advisorStart, advisorStart + 2));
        if (nonTalk)
        {
            Assert.Equal([new Span(2, advisorStart)], r.NonTalk);
            Assert.Equal(advisorStart - 2, r.NonTalkSeconds, Tolerance);
        }
        else
        {
            Assert.Empty(r.NonTalk);
            Assert.Equal(0, r.NonTalkSeconds);
        }
    }

    [Fact]
    public void Analyze_NonTalk_IncludesLeadingAndTrailingSilence()
    {
        var r = Run(20, C(4, 5));
        Assert.Equal([new Span(0, 4), new Span(5, 20)], r.NonTalk);
    }

    [Fact]
    public void Analyze_ManyGapsUnderTwoSeconds_NoAlert()
    {
        var segments = new List<PartySegment>();
        for (var i = 0; i < 20; i++)
        {
            segments.Add(new PartySegment(i % 2 == 0 ? Party.Customer : Party.Advisor, i * 3.0, (i * 3.0) + 1.1));
        }

        var r = DynamicsAnalyzer.Analyze(segments, 60);
        Assert.Equal(0, r.SilenceSeconds);
        Assert.False(r.LongSilenceAlert);
    }

    [Theory]
    [InlineData(4, false, 0.0)]
    [InlineData(5, true, 14.5)]
    public void Analyze_GapsOfTwoAndAHalfSeconds_AlertWhenTotalExceedsTen(int gaps, bool alert, double at)
    {
        // Speech of 0.5 s, then a 2.5 s gap, repeated; the call ends with speech.
        var segments = new List<PartySegment>();
        for (var i = 0; i <= gaps; i++)
        {
            segments.Add(C(i * 3.0, (i * 3.0) + 0.5));
        }

        var r = DynamicsAnalyzer.Analyze(segments, (gaps * 3.0) + 0.5);
        Assert.Equal(gaps * 2.5, r.SilenceSeconds, Tolerance);
        Assert.Equal(alert, r.LongSilenceAlert);
        if (alert)
        {
            // Four gaps make exactly 10 s: the fifth (from 12.5 s) passes the limit once it counts, at 2 s.
            Assert.Equal(at, r.LongSilenceAlertAt!.Value, Tolerance);
        }
    }

    [Fact]
    public void Analyze_AlertInsideAGap_AtTheInstantTheTotalPassesTen()
    {
        // 2.5 + 2.5 + 2.5 = 7.5 s, then a 4 s gap from 10 s: 10 s reached 2.5 s into it.
        var r = Run(15, C(0, 1), C(3.5, 4), C(6.5, 7), C(9.5, 10), C(14, 15));
        Assert.Equal(12.5, r.LongSilenceAlertAt!.Value, Tolerance);
    }

    [Theory]
    [InlineData(59.0, false)]
    [InlineData(61.0, true)]
    public void Analyze_AdvisorTalkingWithSmallPauses_MonologueOverSixtySeconds(double end, bool monologue)
    {
        var segments = new List<PartySegment>();
        for (var t = 0.0; t < end - 10; t += 10)
        {
            segments.Add(A(t, t + 9.5));
        }

        segments.Add(A(50, end));
        var r = DynamicsAnalyzer.Analyze(segments, end);
        Assert.Equal([new PartyTurn(Party.Advisor, 0, end)], r.Turns);
        if (monologue)
        {
            Assert.Equal([new Monologue(0, end)], r.Monologues);
        }
        else
        {
            Assert.Empty(r.Monologues);
        }
    }

    [Fact]
    public void Analyze_PauseLongerThanTurnGap_BreaksMonologue()
    {
        var r = Run(70, A(0, 30), A(30.8, 61), C(62, 70));
        Assert.Empty(r.Monologues);
        Assert.Equal(3, r.Turns.Count);
    }

    [Fact]
    public void Analyze_TurnGap_MergesShortPausesOnly()
    {
        Assert.Single(Run(5, C(0, 2), C(2.5, 4)).Turns);
        Assert.Equal(2, Run(5, C(0, 2), C(2.8, 4)).Turns.Count);
    }

    [Fact]
    public void Analyze_ResponseLatency_FromEndOfTurnToStartOfReply()
    {
        var r = Run(12, C(0, 5), A(5.6, 10), C(11, 12));
        Assert.Equal([new Latency(Party.Advisor, 5, 5.6), new Latency(Party.Customer, 10, 11)], r.ResponseLatencies);
        Assert.Equal(0.6, r.ResponseLatencies[0].Seconds, Tolerance);
    }

    [Fact]
    public void Analyze_ResponseLatency_OverlapThatLeavesCustomerTalkingIsNotAReply()
    {
        var r = Run(25, C(0, 20), A(5, 7), A(22, 25));
        Assert.Equal(OvertalkKind.Overlap, Assert.Single(r.Overtalks).Kind);
        Assert.Equal([new Latency(Party.Advisor, 20, 22)], r.ResponseLatencies);
    }

    [Fact]
    public void Analyze_ResponseLatency_SecondTurnAfterAPauseIsNotAReply()
    {
        var r = Run(12, C(0, 5), A(6, 8), A(9, 12));
        Assert.Equal([new Latency(Party.Advisor, 5, 6)], r.ResponseLatencies);
    }

    [Fact]
    public void Analyze_OnePartyOnly_NoOvertalkNoLatency()
    {
        var r = Run(12, C(0, 5), C(10, 12));
        Assert.Equal(0, r.AdvisorTalkRatio);
        Assert.Equal(7, r.CustomerTalkSeconds, Tolerance);
        Assert.Empty(r.Overtalks);
        Assert.Empty(r.ResponseLatencies);
        Assert.Equal([new Span(5, 10)], r.NonTalk);
        Assert.Equal(2, r.Turns.Count);
    }

    [Fact]
    public void Analyze_SegmentsInAnyOrder_SameResult()
    {
        PartySegment[] segments = [C(0, 10), A(4, 4.5), A(8, 15), C(16, 20), A(19, 25)];
        var sorted = DynamicsAnalyzer.Analyze(segments, 30);
        var shuffled = DynamicsAnalyzer.Analyze(segments.Reverse(), 30);
        DynamicsAssert.Equal(sorted, shuffled);
    }

    [Fact]
    public void Analyze_BotSegment_Refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Run(5, new PartySegment(Party.Bot, 0, 1)));
        Assert.Contains("Bot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SegmentEndingBeforeItStarts_Refused()
    {
        Assert.Throws<ArgumentException>(() => Run(5, C(2, 1)));
    }

    [Fact]
    public void Analyze_InvalidOption_RefusedNamingTheKey()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DynamicsAnalyzer.Analyze([], 1, new DynamicsOptions { TurnGapSeconds = -1 }));
        Assert.Equal(nameof(DynamicsOptions.TurnGapSeconds), e.ParamName);
    }
}
