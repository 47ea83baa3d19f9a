using Attune.Web.Live.Alerts;

namespace Attune.Web.Tests.Live.Alerts;

public sealed class AlertRuleSetTests
{
    [Fact]
    public void Default_Loads_WithEveryKind()
    {
        var rules = AlertRuleSet.Default.Rules;
        Assert.NotEmpty(rules);
        Assert.Contains(rules, r => r.Kind == AlertRuleKind.Emotion);
        Assert.Contains(rules, r => r.Kind == AlertRuleKind.Signal && r.Signal == "listening.interruption");
        Assert.Contains(rules, r => r.Kind == AlertRuleKind.Silence);
        Assert.True(AlertRuleSet.Load(AlertRuleSet.DefaultYaml).Success);
    }

    [Fact]
    public void Load_EveryKind_ReadsAllFields()
    {
        var result = AlertRuleSet.Load("""
            rules:
              - id: distress
                name: Customer distressed
                severity: critical
                kind: emotion
                intensity: 0.7
                seconds: 15
              - id: interrupts
                name: Interrupting
                kind: signal
                signal: listening.interruption
                count: 3
                within_seconds: 120
              - id: missed
                name: Missed empathy
                severity: info
                kind: signal
                signal: empathy.opportunity
                label: missed
              - id: quiet
                name: Quiet
                kind: silence
                seconds: 25
            """);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        var rules = result.Value!.Rules;
        Assert.Equal(new AlertRule("distress", "Customer distressed", AlertSeverity.Critical, AlertRuleKind.Emotion, Intensity: 0.7, Seconds: 15), rules[0]);
        Assert.Equal(new AlertRule("interrupts", "Interrupting", AlertSeverity.Warning, AlertRuleKind.Signal, Signal: "listening.interruption", Count: 3, WithinSeconds: 120), rules[1]);
        Assert.Equal(new AlertRule("missed", "Missed empathy", AlertSeverity.Info, AlertRuleKind.Signal, Signal: "empathy.opportunity", Label: "missed", Count: 1), rules[2]);
        Assert.Equal(new AlertRule("quiet", "Quiet", AlertSeverity.Warning, AlertRuleKind.Silence, Seconds: 25), rules[3]);
    }

    [Fact]
    public void Load_EmptyList_IsNoRules()
    {
        var result = AlertRuleSet.Load("rules: []\n");
        Assert.True(result.Success);
        Assert.Empty(result.Value!.Rules);
    }

    [Theory]
    [InlineData("rules:\n  - id: a\n    kind: emotion\n    intensity: 0.5\n    severity: high\n", 5, "rules[0].severity", "expected info, warning or critical")]
    [InlineData("rules:\n  - id: a\n    kind: mood\n", 3, "rules[0].kind", "expected emotion, signal or silence")]
    [InlineData("rules:\n  - id: a\n    kind: signal\n    signal: listening.interrupt\n", 4, "rules[0].signal", "unknown signal id 'listening.interrupt'")]
    [InlineData("rules:\n  - id: a\n    kind: emotion\n    intensity: 1.5\n", 4, "rules[0].intensity", "expected a number from 0 to 1")]
    [InlineData("rules:\n  - id: a\n    kind: emotion\n    intensity: lots\n", 4, "rules[0].intensity", "'lots' is not a number")]
    [InlineData("rules:\n  - id: a\n    kind: emotion\n", 2, "rules[0].intensity", "is required")]
    [InlineData("rules:\n  - id: a\n    kind: silence\n    seconds: 30\n    count: 2\n", 5, "rules[0].count", "unknown key (expected one of: id, name, severity, kind, seconds)")]
    [InlineData("rules:\n  - id: a\n    kind: signal\n    signal: apology.non_apology\n    count: 2.5\n", 5, "rules[0].count", "not a whole number")]
    [InlineData("rules:\n  - id: Bad Id\n    kind: silence\n    seconds: 30\n", 2, "rules[0].id", "is not a valid id")]
    [InlineData("rules:\n  - kind: silence\n    seconds: 30\n", 2, "rules[0].id", "is required")]
    [InlineData("rules:\n  - id: a\n    kind: silence\n    seconds: 30\n  - id: a\n    kind: silence\n    seconds: 40\n", 5, "rules[1].id", "duplicate id 'a'")]
    [InlineData("rules:\n  - id: a\n    kind: silence\n    seconds: [30\n", 5, "(yaml)", "syntax error")]
    [InlineData("rules: 5\n", 1, "rules", "must be a list of rules")]
    [InlineData("alerts:\n  - id: a\n", 1, "(root).alerts", "unknown key")]
    public void Load_Invalid_NamesLineAndWhatWasExpected(string yaml, int line, string path, string message)
    {
        var result = AlertRuleSet.Load(yaml);
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Path == path && e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        var result = AlertRuleSet.Load("rules:\n  - id: a\n    kind: emotion\n    intensity: 2\n  - id: b\n    kind: silence\n    seconds: 0\n");
        Assert.Equal(["rules[0].intensity", "rules[1].seconds"], result.Errors.Select(e => e.Path));
        Assert.Equal([4, 7], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Load_Empty_SaysWhatIsExpected()
    {
        var result = AlertRuleSet.Load("");
        var error = Assert.Single(result.Errors);
        Assert.Contains("expected a mapping with a list 'rules'", error.Message, StringComparison.Ordinal);
    }
}
