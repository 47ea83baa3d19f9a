using Attune.Web.Live.Alerts;

namespace Attune.Web.Tests.Live.Alerts;

public sealed class AlertRuleTests
{
    [Fact]
    public void Describe_Emotion_NamesIntensityAndDuration() =>
        Assert.Equal("customer negative emotion ≥ 0.6 for 20 s", new AlertRule("a", "A", AlertSeverity.Critical, AlertRuleKind.Emotion, Intensity: 0.6, Seconds: 20).Describe());

    [Fact]
    public void Describe_EmotionAtOnce_LeavesOutTheDuration() =>
        Assert.Equal("customer negative emotion ≥ 0.4", new AlertRule("a", "A", AlertSeverity.Warning, AlertRuleKind.Emotion, Intensity: 0.4).Describe());

    [Fact]
    public void Describe_SignalWithLabelAndWindow_NamesAll() =>
        Assert.Equal("empathy.opportunity (missed) 2 times within 300 s",
            new AlertRule("a", "A", AlertSeverity.Warning, AlertRuleKind.Signal, Signal: "empathy.opportunity", Label: "missed", Count: 2, WithinSeconds: 300).Describe());

    [Fact]
    public void Describe_Silence_NamesSeconds() =>
        Assert.Equal("no one speaking for 30 s", new AlertRule("a", "A", AlertSeverity.Warning, AlertRuleKind.Silence, Seconds: 30).Describe());
}
