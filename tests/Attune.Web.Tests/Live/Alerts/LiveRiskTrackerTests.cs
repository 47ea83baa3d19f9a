using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Web.Live.Alerts;

namespace Attune.Web.Tests.Live.Alerts;

public sealed class LiveRiskTrackerTests
{
    private static readonly AlertRule Distress = new("distress", "Customer distressed", AlertSeverity.Critical, AlertRuleKind.Emotion, Intensity: 0.6, Seconds: 20);
    private static readonly AlertRule Interrupts = new("interrupts", "Interrupting", AlertSeverity.Warning, AlertRuleKind.Signal, Signal: Signals.ListeningInterruption, Count: 3, WithinSeconds: 60);
    private static readonly AlertRule NonApology = new("non-apology", "Non-apology", AlertSeverity.Info, AlertRuleKind.Signal, Signal: Signals.ApologyNonApology, Count: 1);
    private static readonly AlertRule Missed = new("missed", "Missed", AlertSeverity.Warning, AlertRuleKind.Signal, Signal: Signals.EmpathyOpportunity, Label: "missed", Count: 1);
    private static readonly AlertRule Quiet = new("quiet", "Long silence", AlertSeverity.Warning, AlertRuleKind.Silence, Seconds: 30);

    private static LiveRiskTracker Tracker(params AlertRule[] rules) => new(new AlertRuleSet(rules));

    private static Finding Advisor(string signal, Polarity polarity = Polarity.Negative, string? label = null) =>
        new() { Signal = signal, Party = Party.Advisor, Turn = 1, Polarity = polarity, Label = label, Detail = "d", Quote = "q" };

    [Fact]
    public void Risk_NothingFed_IsZeroAndSteady()
    {
        var t = Tracker(Distress);
        Assert.Equal(0, t.Risk);
        Assert.Equal(RiskTrend.Steady, t.Trend);
        Assert.Null(t.LatestAlert);
    }

    [Fact]
    public void Emotion_HeldForTheRuleSeconds_FiresOnceWithDetail()
    {
        var t = Tracker(Distress);
        Assert.Empty(t.Emotion(10, "frustration", 0.7, negative: true));
        Assert.Empty(t.Advance(25));
        Assert.Empty(t.Emotion(28, "frustration", 0.8, negative: true));
        var fired = Assert.Single(t.Advance(30));
        Assert.Equal("distress", fired.RuleId);
        Assert.Equal(AlertSeverity.Critical, fired.Severity);
        Assert.Equal(30, fired.Time);
        Assert.Equal("customer frustration at 0.80 (≥ 0.6) for 20 s", fired.Detail);
        // Same episode: no second alert while it lasts.
        Assert.Empty(t.Advance(60));
        Assert.Empty(t.Emotion(61, "distress", 0.9, negative: true));
        Assert.Equal(1, t.AlertCount);
    }

    [Fact]
    public void Emotion_DropsThenReturns_FiresAgainAsANewEpisode()
    {
        var t = Tracker(Distress);
        t.Emotion(0, "frustration", 0.7, true);
        Assert.Single(t.Advance(20));
        Assert.Empty(t.Emotion(30, "neutral", 0.2, false));
        t.Emotion(40, "frustration", 0.9, true);
        Assert.Empty(t.Advance(59));
        Assert.Single(t.Advance(60));
        Assert.Equal(2, t.AlertCount);
    }

    [Fact]
    public void Emotion_BelowIntensityOrNotNegative_NeverFires()
    {
        var t = Tracker(Distress);
        t.Emotion(0, "frustration", 0.5, true);
        t.Emotion(10, "relief", 0.9, false);
        Assert.Empty(t.Advance(100));
    }

    [Fact]
    public void Emotion_ZeroSeconds_FiresAtTheSample()
    {
        var t = Tracker(Distress with { Seconds = 0 });
        Assert.Single(t.Emotion(5, "anxiety", 0.65, true));
    }

    [Fact]
    public void Signal_CountReached_FiresOnceUntilTheWindowEmpties()
    {
        var t = Tracker(Interrupts);
        Assert.Empty(t.Dynamics(10, "interruption", "advisor", 9, 10));
        Assert.Empty(t.Dynamics(20, "interruption", "advisor", 19, 20));
        var fired = Assert.Single(t.Dynamics(30, "interruption", "advisor", 29, 30));
        Assert.Equal("listening.interruption 3 times within 60 s: seen 3 times", fired.Detail);
        Assert.Empty(t.Dynamics(40, "interruption", "advisor", 39, 40));
        // The first ones leave the 60 s window: the condition ends, then three more make a new episode.
        Assert.Empty(t.Advance(95));
        t.Dynamics(100, "interruption", "advisor", 99, 100);
        t.Dynamics(101, "interruption", "advisor", 100, 101);
        Assert.Single(t.Dynamics(102, "interruption", "advisor", 101, 102));
    }

    [Fact]
    public void Signal_FromFindings_WithLabelFilter_CountsOnlyThatLabel()
    {
        var t = Tracker(Missed, NonApology);
        Assert.Empty(t.Findings(5, [Advisor(Signals.EmpathyOpportunity, label: "given", polarity: Polarity.Positive)]));
        var fired = t.Findings(12, [Advisor(Signals.EmpathyOpportunity, label: "missed"), Advisor(Signals.ApologyNonApology)]);
        Assert.Equal(["missed", "non-apology"], fired.Select(a => a.RuleId).Order());
        // No window: one episode per interaction.
        Assert.Empty(t.Findings(30, [Advisor(Signals.ApologyNonApology)]));
    }

    [Fact]
    public void Silence_NonTalkSpanLongEnough_Fires()
    {
        var t = Tracker(Quiet);
        Assert.Empty(t.Dynamics(20, "nonTalk", null, 5, 20));
        var fired = Assert.Single(t.Dynamics(60, "nonTalk", null, 25, 60));
        Assert.Equal("no one spoke for 35 s (from 25 s)", fired.Detail);
    }

    [Fact]
    public void Silence_FromActivity_FiresWhileItLastsAndNotAgainForTheSameSpan()
    {
        var t = Tracker(Quiet);
        t.Activity(10);
        Assert.Empty(t.Advance(39));
        Assert.Single(t.Advance(40));
        Assert.Empty(t.Advance(50));
        // The same silence settled later as a nonTalk span is not a second episode.
        Assert.Empty(t.Dynamics(55, "nonTalk", null, 10, 54));
        t.Activity(54);
        Assert.Single(t.Advance(90));
    }

    [Fact]
    public void Risk_AngryRisingCustomerWithAlertsAndAdvisorMistakes_IsHighAndRising()
    {
        var t = Tracker(Distress with { Seconds = 0 }, NonApology);
        t.Emotion(0, "neutral", 0.1, false);
        t.Emotion(20, "frustration", 0.8, true);
        t.Findings(25, [Advisor(Signals.ApologyNonApology), Advisor(Signals.LanguageBlame)]);
        // 45×0.8 = 36; rise 0.8 − 0 → 20 (capped); alerts critical 15 + info 4 = 19; advisor 2 × 5 = 10 → 85.
        Assert.Equal(85, t.Risk);
        Assert.Equal(RiskTrend.Rising, t.Trend);
    }

    [Fact]
    public void Risk_CustomerCalming_FallsAndOldEventsStopCounting()
    {
        var t = Tracker(NonApology);
        t.Emotion(0, "frustration", 0.8, true);
        t.Findings(5, [Advisor(Signals.ApologyNonApology)]);
        t.Emotion(30, "frustration", 0.6, true);
        t.Emotion(50, "neutral", 0.1, false);
        Assert.Equal(RiskTrend.Falling, t.Trend);
        // 0 level, no rise; alert info 4 and advisor 5 still recent.
        Assert.Equal(9, t.Risk);
        t.Advance(200);
        Assert.Equal(0, t.Risk);
        Assert.Equal(RiskTrend.Steady, t.Trend);
    }

    [Fact]
    public void Risk_SteadyAnger_IsSteady()
    {
        var t = Tracker();
        t.Emotion(0, "frustration", 0.7, true);
        t.Emotion(70, "frustration", 0.7, true);
        t.Emotion(80, "frustration", 0.72, true);
        Assert.Equal(RiskTrend.Steady, t.Trend);
        Assert.Equal(33, t.Risk); // 45 × 0.72 = 32.4, plus 40 × the 0.02 rise over the 70 s sample = 0.8
    }

    [Fact]
    public void Dynamics_AdvisorInterruption_WeighsOnRiskButCustomerOvertalkDoesNot()
    {
        var t = Tracker();
        t.Dynamics(10, "overtalk", "customer", 9, 10);
        Assert.Equal(0, t.Risk);
        t.Dynamics(12, "interruption", "advisor", 11, 12);
        Assert.Equal(5, t.Risk);
    }

    [Theory]
    [InlineData("frustration", true)]
    [InlineData("distress", true)]
    [InlineData("anxiety", true)]
    [InlineData("confusion", true)]
    [InlineData("relief", false)]
    [InlineData("neutral", false)]
    [InlineData(null, false)]
    public void IsNegativeEmotion_Labels(string? label, bool negative) => Assert.Equal(negative, LiveRiskTracker.IsNegativeEmotion(label));
}
