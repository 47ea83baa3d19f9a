using Attune.Analysis.Conversations;
using Attune.Analysis.Scoring;

namespace Attune.Analysis.Tests.Scoring;

public class ScorecardLoaderTests
{
    private const string Valid = """
        name: Test card
        criteria:
          - id: empathy
            name: Empathy
            weight: 2
            rule:
              kind: ratio
              signal: empathy.opportunity
              credit: { given: 1, late: 0.5, missed: 0 }
            na_when: no_opportunity
          - id: plain
            rule: { kind: absence, signals: [language.jargon], tolerance: 1, penalty: 0.5 }
          - id: intent
            rule: { kind: presence, signals: [reassurance.intent] }
            na_when: { none_of: [empathy.opportunity=given|late|missed], channel: [email], no_times: true }
            auto_fail: { signals: [language.blame], at_least: 2 }
          - id: questions
            rule: { kind: balance, positive: [question.open], negative: [question.closed], target: 0.5 }
        """;

    private static ScorecardError SingleError(string yaml)
    {
        var r = ScorecardLoader.Load(yaml);
        Assert.False(r.Success);
        return Assert.Single(r.Errors);
    }

    private static string WithCriterion(string criterionYaml) => $"""
        name: Card
        criteria:
          - id: first
            rule: {"{"} kind: presence, signals: [personalisation] {"}"}
          - id: second
            rule: {"{"} kind: presence, signals: [personalisation] {"}"}
        {criterionYaml}
        """;

    [Fact]
    public void Load_ValidCard_ReadsEveryPart()
    {
        var r = ScorecardLoader.Load(Valid);
        Assert.True(r.Success, string.Join("; ", r.Errors));
        var card = r.Value;
        Assert.Equal("Test card", card.Name);
        Assert.Equal(4, card.Criteria.Count);

        var empathy = card.Criteria[0];
        Assert.Equal(2, empathy.Weight);
        var ratio = Assert.IsType<RatioRule>(empathy.Rule);
        Assert.Equal(0.5, ratio.Credit!["late"]);
        Assert.True(empathy.NotApplicableWhen.NoOpportunity);

        var plain = card.Criteria[1];
        Assert.Equal("plain", plain.Name);
        Assert.Equal(1, plain.Weight);
        var absence = Assert.IsType<AbsenceRule>(plain.Rule);
        Assert.Equal(1, absence.Tolerance);
        Assert.Equal(0.5, absence.Penalty);

        var intent = card.Criteria[2];
        Assert.Equal(["given", "late", "missed"], intent.NotApplicableWhen.NoneOf[0].Labels);
        Assert.Equal([Channel.Email], intent.NotApplicableWhen.Channels);
        Assert.True(intent.NotApplicableWhen.NoTimes);
        Assert.Equal(2, intent.AutoFail!.AtLeast);

        Assert.Equal(0.5, Assert.IsType<BalanceRule>(card.Criteria[3].Rule).Target);
    }

    [Fact]
    public void Load_WeightZero_RefusedWithKeyPath()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                weight: 0
                rule: { kind: presence, signals: [personalisation] }
            """));
        Assert.Equal("criteria[2].weight", e.Path);
        Assert.Equal("must be > 0", e.Message);
        Assert.Equal("criteria[2].weight: must be > 0 (line 8)", e.ToString());
    }

    [Fact]
    public void Load_NegativeWeight_Refused()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                weight: -2
                rule: { kind: presence, signals: [personalisation] }
            """));
        Assert.Equal("criteria[2].weight", e.Path);
    }

    [Fact]
    public void Load_UnknownKey_RefusedNamingTheKeyAndTheAllowedOnes()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                wieght: 2
                rule: { kind: presence, signals: [personalisation] }
            """));
        Assert.Equal("criteria[2].wieght", e.Path);
        Assert.Contains("unknown key", e.Message, StringComparison.Ordinal);
        Assert.Contains("weight", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTopLevelKey_Refused()
    {
        var e = SingleError("name: x\nscore_to_pass: 3\ncriteria:\n  - id: a\n    rule: { kind: presence, signals: [personalisation] }\n");
        Assert.Equal("score_to_pass", e.Path);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Load_UnknownKeyInRule_Refused()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                rule: { kind: absence, signals: [language.jargon], tolerence: 2 }
            """));
        Assert.Equal("criteria[2].rule.tolerence", e.Path);
    }

    [Fact]
    public void Load_UnknownRuleKind_Refused()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                rule: { kind: average, signals: [language.jargon] }
            """));
        Assert.Equal("criteria[2].rule.kind", e.Path);
        Assert.Contains("unknown rule kind 'average'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSignal_RefusedWithItsPosition()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                rule: { kind: absence, signals: [language.jargon, language.swearing] }
            """));
        Assert.Equal("criteria[2].rule.signals[1]", e.Path);
        Assert.Contains("unknown signal 'language.swearing'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSignalInNaWhen_Refused()
    {
        var e = SingleError(WithCriterion("""
              - id: third
                rule: { kind: presence, signals: [personalisation] }
                na_when: { none_of: [customer.anger] }
            """));
        Assert.Equal("criteria[2].na_when.none_of[0]", e.Path);
    }

    [Fact]
    public void Load_DuplicateIds_Refused()
    {
        var e = SingleError(WithCriterion("""
              - id: first
                rule: { kind: presence, signals: [personalisation] }
            """));
        Assert.Equal("criteria[2].id", e.Path);
        Assert.Contains("duplicate id 'first'", e.Message, StringComparison.Ordinal);
        Assert.Contains("criteria[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlSyntaxError_RefusedWithLine()
    {
        var e = SingleError("name: x\ncriteria:\n  - id: a\n    rule: { kind: presence, signals: [personalisation]\n");
        Assert.Equal("(yaml)", e.Path);
        Assert.StartsWith("syntax error", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Load_TabIndentedYaml_RefusedNotThrown()
    {
        var r = ScorecardLoader.Load("name: x\ncriteria:\n\t- id: a\n");
        Assert.False(r.Success);
        Assert.Equal("(yaml)", r.Errors[0].Path);
    }

    [Fact]
    public void Load_SeveralMistakes_AllReported()
    {
        var r = ScorecardLoader.Load("""
            criteria:
              - id: a
                weight: 0
                rule: { kind: presence, signals: [nope] }
              - id: Bad Id
                rule: { kind: ratio }
            """);
        Assert.False(r.Success);
        var paths = r.Errors.Select(e => e.Path).ToList();
        Assert.Contains("name", paths);
        Assert.Contains("criteria[0].weight", paths);
        Assert.Contains("criteria[0].rule.signals[0]", paths);
        Assert.Contains("criteria[1].id", paths);
        Assert.Contains("criteria[1].rule.signals", paths);
    }

    [Theory]
    [InlineData("rule: { kind: presence, signals: [personalisation] }\n    na_when: no_opportunity", "criteria[0].na_when")]
    [InlineData("rule: { kind: presence, signals: [personalisation] }\n    na_when: sometimes", "criteria[0].na_when")]
    [InlineData("rule: { kind: presence, signals: [personalisation] }\n    na_when: { channel: [fax] }", "criteria[0].na_when.channel[0]")]
    [InlineData("rule: { kind: presence, signals: [personalisation], at_least: 0 }", "criteria[0].rule.at_least")]
    [InlineData("rule: { kind: absence, signals: [language.jargon], penalty: 2 }", "criteria[0].rule.penalty")]
    [InlineData("rule: { kind: balance, positive: [question.open], negative: [question.closed], target: 0 }", "criteria[0].rule.target")]
    [InlineData("rule: { kind: balance, positive: [question.open] }", "criteria[0].rule.negative")]
    [InlineData("rule: { kind: ratio, signal: empathy.opportunity, credit: { given: 2 } }", "criteria[0].rule.credit.given")]
    [InlineData("rule: { kind: ratio, signal: empathy.opportunity, signals: [empathy.opportunity] }", "criteria[0].rule.signal")]
    [InlineData("rule: { kind: ratio, signal: \"empathy.opportunity=\" }", "criteria[0].rule.signal")]
    [InlineData("rule: { kind: presence, signals: [personalisation] }\n    pass_mark: 1.5", "criteria[0].pass_mark")]
    [InlineData("rule: { kind: presence, signals: [personalisation] }\n    weight: heavy", "criteria[0].weight")]
    [InlineData("rule: [presence]", "criteria[0].rule")]
    [InlineData("name: no rule here", "criteria[0].rule")]
    public void Load_InvalidCriterion_RefusedAtPath(string criterionBody, string expectedPath)
    {
        var e = SingleError($"name: card\ncriteria:\n  - id: a\n    {criterionBody}\n");
        Assert.Equal(expectedPath, e.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just a string")]
    [InlineData("name: x")]
    [InlineData("name: x\ncriteria: []")]
    [InlineData("name: x\ncriteria: {a: 1}")]
    [InlineData("---\nname: a\n---\nname: b\n")]
    public void Load_NotACard_Refused(string yaml)
    {
        var r = ScorecardLoader.Load(yaml);
        Assert.False(r.Success);
        Assert.NotEmpty(r.Errors);
    }

    [Fact]
    public void LoadFile_Missing_RefusedNotThrown()
    {
        var r = ScorecardLoader.LoadFile(Path.Combine(Path.GetTempPath(), "attune-no-such-card.yaml"));
        Assert.False(r.Success);
        Assert.Contains("cannot read", r.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_EmpathyEssentials_IsValidAndCoversTheDocumentedCriteria()
    {
        var card = Scorecard.Default;
        Assert.Equal("Empathy essentials", card.Name);
        Assert.Equal(
            ["empathy_when_needed", "sincere_apology", "active_listening", "open_questions", "ownership", "plain_language", "no_interruptions", "reassurance", "personalisation"],
            card.Criteria.Select(c => c.Id));
    }

    [Fact]
    public void Default_DocsCopy_MatchesTheEmbeddedResource()
    {
        // docs/scorecards/empathy-essentials.yaml is what users read and copy: it must not drift
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attune.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var docs = File.ReadAllText(Path.Combine(dir.FullName, "docs", "scorecards", "empathy-essentials.yaml"));
        Assert.Equal(ScorecardLoader.DefaultYaml(), docs);
    }
}
