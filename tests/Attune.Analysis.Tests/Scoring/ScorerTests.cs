using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Scoring;
using static Attune.Analysis.Tests.Scoring.Findings;

namespace Attune.Analysis.Tests.Scoring;

public class ScorerTests
{
    private static Scorecard Card(string criteriaYaml)
    {
        var r = ScorecardLoader.Load("name: Test\ncriteria:\n" + criteriaYaml);
        Assert.True(r.Success, string.Join("; ", r.Errors));
        return r.Value;
    }

    private static readonly Scorecard EmpathyCard = Card("""
          - id: empathy
            rule: { kind: ratio, signal: empathy.opportunity, credit: { given: 1, late: 0.5, missed: 0 } }
            na_when: no_opportunity
            pass_mark: 0.75
        """);

    [Fact]
    public void Score_RatioGivenLateMissed_LateCountsHalf()
    {
        var r = Scorer.Score(EmpathyCard, Result(
            F(Signals.EmpathyOpportunity, "given"),
            F(Signals.EmpathyOpportunity, "late"),
            F(Signals.EmpathyOpportunity, "missed"),
            F(Signals.EmpathyOpportunity, "not needed")));
        var c = Assert.Single(r.Criteria);
        Assert.Equal(0.5, c.Score);
        Assert.Equal(CriterionOutcome.Failed, c.Outcome);
        Assert.Equal(50, r.Score);
        Assert.Equal(3, c.Evidence.Count);
        Assert.Contains("3 opportunities", c.Reason, StringComparison.Ordinal);
        Assert.Contains("1 late (counts 0.5)", c.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RatioAllGiven_Passes()
    {
        var r = Scorer.Score(EmpathyCard, Result(F(Signals.EmpathyOpportunity, "given"), F(Signals.EmpathyOpportunity, "Given")));
        Assert.Equal(CriterionOutcome.Passed, r.Criteria[0].Outcome);
        Assert.Equal(100, r.Score);
    }

    [Fact]
    public void Score_RatioNoOpportunity_NotApplicableAndScoreNull()
    {
        var r = Scorer.Score(EmpathyCard, Result(F(Signals.EmpathyOpportunity, "not_needed"), F(Signals.EmpathyStatement)));
        var c = r.Criteria[0];
        Assert.Equal(CriterionOutcome.NotApplicable, c.Outcome);
        Assert.Null(c.Score);
        Assert.Null(r.Score);
        Assert.StartsWith("no opportunity", c.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RatioWithoutCredit_UsesPolarity()
    {
        var card = Card("  - id: abs\n    rule: { kind: ratio, signal: acknowledge_before_solve }\n");
        var r = Scorer.Score(card, Result(
            F(Signals.AcknowledgeBeforeSolve, polarity: Polarity.Positive),
            F(Signals.AcknowledgeBeforeSolve, polarity: Polarity.Positive),
            F(Signals.AcknowledgeBeforeSolve, polarity: Polarity.Negative),
            F(Signals.AcknowledgeBeforeSolve, polarity: Polarity.Info)));
        Assert.Equal(0.667, r.Criteria[0].Score);
    }

    [Theory]
    [InlineData(0, 0.0, CriterionOutcome.Failed)]
    [InlineData(1, 0.5, CriterionOutcome.Failed)]
    [InlineData(2, 1.0, CriterionOutcome.Passed)]
    [InlineData(5, 1.0, CriterionOutcome.Passed)]
    public void Score_Presence_CountsAgainstAtLeast(int found, double expected, CriterionOutcome outcome)
    {
        var card = Card("  - id: name\n    rule: { kind: presence, signals: [personalisation], at_least: 2 }\n");
        var findings = Enumerable.Range(0, found).Select(_ => F(Signals.Personalisation, polarity: Polarity.Positive)).ToArray();
        var c = Scorer.Score(card, Result(findings)).Criteria[0];
        Assert.Equal(expected, c.Score);
        Assert.Equal(outcome, c.Outcome);
        Assert.Equal(found, c.Evidence.Count);
    }

    [Theory]
    [InlineData(0, 1.0, CriterionOutcome.Passed)]
    [InlineData(1, 1.0, CriterionOutcome.Passed)]
    [InlineData(2, 0.75, CriterionOutcome.Passed)]
    [InlineData(3, 0.5, CriterionOutcome.Failed)]
    [InlineData(9, 0.0, CriterionOutcome.Failed)]
    public void Score_Absence_ToleranceThenPenaltyPerOccurrence(int found, double expected, CriterionOutcome outcome)
    {
        var card = Card("  - id: plain\n    rule: { kind: absence, signals: [language.jargon, language.blame], tolerance: 1, penalty: 0.25 }\n");
        var findings = Enumerable.Range(0, found).Select(i => F(i % 2 == 0 ? Signals.LanguageJargon : Signals.LanguageBlame, polarity: Polarity.Negative)).ToArray();
        var c = Scorer.Score(card, Result(findings)).Criteria[0];
        Assert.Equal(expected, c.Score);
        Assert.Equal(outcome, c.Outcome);
    }

    [Fact]
    public void Score_Absence_ReasonNamesWhatWasFound()
    {
        var card = Card("  - id: plain\n    rule: { kind: absence, signals: [language.jargon] }\n");
        var c = Scorer.Score(card, Result(F(Signals.LanguageJargon), F(Signals.LanguageJargon))).Criteria[0];
        Assert.Contains("2 language.jargon", c.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BalanceApologies_ShareOfSincere()
    {
        var card = Card("  - id: apology\n    rule: { kind: balance, positive: [apology.sincere], negative: [apology.non_apology] }\n    na_when: no_opportunity\n");
        var r = Scorer.Score(card, Result(F(Signals.ApologySincere), F(Signals.ApologyNonApology), F(Signals.ApologyNonApology), F(Signals.ApologySympathy)));
        Assert.Equal(0.333, r.Criteria[0].Score);
        Assert.Equal(3, r.Criteria[0].Evidence.Count);
        Assert.Equal(33.3, r.Score);
    }

    [Theory]
    [InlineData(1, 3, 0.5)]   // 25% open, full marks from 50%
    [InlineData(1, 1, 1.0)]
    [InlineData(3, 0, 1.0)]
    [InlineData(0, 4, 0.0)]
    public void Score_BalanceQuestionsWithTarget_FullMarksAtTarget(int open, int closed, double expected)
    {
        var card = Card("  - id: q\n    rule: { kind: balance, positive: [question.open], negative: [question.closed], target: 0.5 }\n    na_when: no_opportunity\n");
        var findings = Enumerable.Repeat(F(Signals.QuestionOpen), open).Concat(Enumerable.Repeat(F(Signals.QuestionClosed), closed)).ToArray();
        Assert.Equal(expected, Scorer.Score(card, Result(findings)).Criteria[0].Score);
    }

    [Fact]
    public void Score_BalanceNothingCountedWithoutNaWhen_ScoresZero()
    {
        var card = Card("  - id: own\n    rule: { kind: balance, positive: [ownership.commitment], negative: [ownership.deflection] }\n");
        var c = Scorer.Score(card, Result()).Criteria[0];
        Assert.Equal(0, c.Score);
        Assert.Equal(CriterionOutcome.Failed, c.Outcome);
    }

    [Fact]
    public void Score_NaWhenNoneOf_NotApplicableUntilTheSignalOccurs()
    {
        var card = Card("  - id: intent\n    rule: { kind: presence, signals: [reassurance.intent] }\n    na_when: { none_of: [empathy.opportunity=given|late|missed] }\n");
        Assert.Equal(CriterionOutcome.NotApplicable, Scorer.Score(card, Result(F(Signals.EmpathyOpportunity, "not_needed"))).Criteria[0].Outcome);
        Assert.Equal(CriterionOutcome.Failed, Scorer.Score(card, Result(F(Signals.EmpathyOpportunity, "missed"))).Criteria[0].Outcome);
    }

    [Fact]
    public void Score_NaWhenNoTimes_NotApplicableForUntimedTranscript()
    {
        var card = Card("  - id: intr\n    rule: { kind: absence, signals: [listening.interruption] }\n    na_when: { no_times: true }\n");
        Assert.Equal(CriterionOutcome.NotApplicable, Scorer.Score(card, Result(Channel.Voice, timed: false)).Criteria[0].Outcome);
        Assert.Equal(CriterionOutcome.Passed, Scorer.Score(card, Result(Channel.Voice, timed: true)).Criteria[0].Outcome);
    }

    [Fact]
    public void Score_NaWhenChannel_NotApplicableOnThatChannel()
    {
        var card = Card("  - id: intr\n    rule: { kind: absence, signals: [listening.interruption] }\n    na_when: { channel: [chat, email] }\n");
        Assert.Equal(CriterionOutcome.NotApplicable, Scorer.Score(card, Result(Channel.Chat, timed: true)).Criteria[0].Outcome);
        Assert.Equal(CriterionOutcome.Passed, Scorer.Score(card, Result(Channel.Voice, timed: true)).Criteria[0].Outcome);
    }

    [Fact]
    public void Score_WeightedMean_LeavesNotApplicableOut()
    {
        var card = Card("""
              - id: a
                weight: 3
                rule: { kind: presence, signals: [personalisation] }
              - id: b
                weight: 1
                rule: { kind: absence, signals: [language.jargon] }
              - id: c
                weight: 10
                rule: { kind: ratio, signal: empathy.opportunity, credit: { given: 1, missed: 0 } }
                na_when: no_opportunity
            """);
        // a = 1 (weight 3), b = 0.75 (weight 1), c = N/A (weight 10 must not count)
        var r = Scorer.Score(card, Result(F(Signals.Personalisation), F(Signals.LanguageJargon)));
        Assert.Equal(Math.Round(100 * ((3 * 1.0) + (1 * 0.75)) / 4, 1), r.Score);
        Assert.Equal(CriterionOutcome.NotApplicable, r.Criteria[2].Outcome);
    }

    [Fact]
    public void Score_AutoFail_ZeroesTheScoreAndNamesTheReason()
    {
        var card = Card("""
              - id: a
                rule: { kind: presence, signals: [personalisation] }
              - id: respect
                rule: { kind: absence, signals: [language.blame], tolerance: 5 }
                auto_fail: { signals: [language.blame], at_least: 2, reason: blaming the customer }
            """);
        var below = Scorer.Score(card, Result(F(Signals.Personalisation), F(Signals.LanguageBlame)));
        Assert.False(below.AutoFailed);
        Assert.Equal(100, below.Score);

        var r = Scorer.Score(card, Result(F(Signals.Personalisation), F(Signals.LanguageBlame), F(Signals.LanguageBlame, turn: 3)));
        Assert.True(r.AutoFailed);
        Assert.Equal(0, r.Score);
        var c = r.Criteria[1];
        Assert.True(c.AutoFailed);
        Assert.Equal(CriterionOutcome.Failed, c.Outcome);
        Assert.Contains("auto-fail: blaming the customer", c.Reason, StringComparison.Ordinal);
        Assert.Equal(2, c.Evidence.Count);
        Assert.Equal(CriterionOutcome.Passed, r.Criteria[0].Outcome);
    }

    [Fact]
    public void Score_AutoFailOnNotApplicableCriterion_StillFails()
    {
        var card = Card("  - id: own\n    rule: { kind: balance, positive: [ownership.commitment], negative: [empathy.empty] }\n    na_when: no_opportunity\n    auto_fail: { signals: [ownership.deflection] }\n");
        var r = Scorer.Score(card, Result(F(Signals.OwnershipDeflection)));
        Assert.Equal(0, r.Score);
        Assert.Equal(CriterionOutcome.Failed, r.Criteria[0].Outcome);
    }

    [Fact]
    public void Score_DefaultCardOnGoodInteraction_HighScoreWithEvidence()
    {
        var r = Scorer.Score(Scorecard.Default, Result(Channel.Chat, timed: false,
            F(Signals.EmpathyOpportunity, "given"),
            F(Signals.ApologySincere, polarity: Polarity.Positive),
            F(Signals.ListeningParaphrase, polarity: Polarity.Positive),
            F(Signals.QuestionOpen),
            F(Signals.QuestionClosed),
            F(Signals.OwnershipCommitment, polarity: Polarity.Positive),
            F(Signals.ReassuranceIntent, polarity: Polarity.Positive),
            F(Signals.Personalisation, polarity: Polarity.Positive)));
        Assert.Equal(100, r.Score);
        Assert.Equal("Empathy essentials", r.Scorecard);
        Assert.Equal(CriterionOutcome.NotApplicable, r.Criteria.Single(c => c.Id == "no_interruptions").Outcome);
        Assert.All(r.Criteria.Where(c => c.Outcome == CriterionOutcome.Passed && c.Id != "plain_language"), c => Assert.NotEmpty(c.Evidence));
    }

    [Fact]
    public void Score_DefaultCardOnPoorInteraction_LowScore()
    {
        var r = Scorer.Score(Scorecard.Default, Result(
            F(Signals.EmpathyOpportunity, "missed"),
            F(Signals.EmpathyOpportunity, "missed"),
            F(Signals.ApologyNonApology, polarity: Polarity.Negative),
            F(Signals.QuestionClosed),
            F(Signals.OwnershipDeflection, polarity: Polarity.Negative),
            F(Signals.LanguageJargon), F(Signals.LanguageJargon), F(Signals.LanguageJargon)));
        Assert.True(r.Score < 20, $"score {r.Score}");
        Assert.False(r.AutoFailed);
    }
}
