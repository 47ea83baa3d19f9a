using Attune.Analysis.Live.Nudges;

namespace Attune.Analysis.Tests.Live.Nudges;

public class NudgePolicyTests
{
    private static Nudge N(string kind, double time) => new(kind, NudgeKinds.DefaultPriority(kind), kind, time, 0);

    private static string Shown(NudgePolicy policy, params Nudge[] moment) => NudgeScript.Kinds(policy.Offer(moment));

    [Theory]
    [InlineData(10, "")] // 10 s after the first: cooling down
    [InlineData(29.9, "")]
    [InlineData(30, NudgeKinds.PlainWord)] // the default cooldown is 30 s
    [InlineData(45, NudgeKinds.PlainWord)]
    public void Offer_SameKindAgain_DroppedWithinTheCooldown(double later, string expected)
    {
        var policy = new NudgePolicy();
        Assert.Equal(NudgeKinds.PlainWord, Shown(policy, N(NudgeKinds.PlainWord, 0)));
        Assert.Equal(expected, Shown(policy, N(NudgeKinds.PlainWord, later)));
    }

    [Fact]
    public void Offer_OtherKindDuringCooldown_Shown()
    {
        var policy = new NudgePolicy();
        Shown(policy, N(NudgeKinds.PlainWord, 0));
        Assert.Equal(NudgeKinds.Empathy, Shown(policy, N(NudgeKinds.Empathy, 5)));
    }

    [Fact]
    public void Offer_CooldownByKind_OverridesTheDefault()
    {
        var policy = new NudgePolicy(new NudgePolicyOptions { CooldownByKind = new Dictionary<string, double> { [NudgeKinds.Empathy] = 10 } });
        Shown(policy, N(NudgeKinds.Empathy, 0));
        Assert.Equal(NudgeKinds.Empathy, Shown(policy, N(NudgeKinds.Empathy, 12)));
    }

    [Fact]
    public void Offer_FourthNudgeInAMinute_DroppedByTheCap()
    {
        var policy = new NudgePolicy();
        Shown(policy, N(NudgeKinds.Empathy, 0));
        Shown(policy, N(NudgeKinds.PlainWord, 10));
        Shown(policy, N(NudgeKinds.OpenQuestion, 20));
        Assert.Equal("", Shown(policy, N(NudgeKinds.LetThemFinish, 30)));
        Assert.Equal(NudgeKinds.LetThemFinish, Shown(policy, N(NudgeKinds.LetThemFinish, 60))); // the first left the window
    }

    [Fact]
    public void Offer_CapReachedInOneMoment_HigherPriorityWinsAndTheRestAreDropped()
    {
        var policy = new NudgePolicy(new NudgePolicyOptions { CapPerWindow = 2 });
        var shown = Shown(policy, N(NudgeKinds.PlainWord, 5), N(NudgeKinds.OpenQuestion, 5), N(NudgeKinds.AcknowledgeFirst, 5), N(NudgeKinds.Empathy, 5));
        Assert.Equal($"{NudgeKinds.AcknowledgeFirst} | {NudgeKinds.Empathy}", shown);
        // dropped, not queued: once the window frees, the old low-priority hints do not come back
        Assert.Equal("", Shown(policy, []));
        Assert.Equal(NudgeKinds.LetThemFinish, Shown(policy, N(NudgeKinds.LetThemFinish, 70)));
    }

    [Fact]
    public void Offer_PriorityOverride_ChangesTheWinner()
    {
        var policy = new NudgePolicy(new NudgePolicyOptions { CapPerWindow = 1, Priorities = new Dictionary<string, int> { [NudgeKinds.PlainWord] = 100 } });
        Assert.Equal(NudgeKinds.PlainWord, Shown(policy, N(NudgeKinds.Empathy, 0), N(NudgeKinds.PlainWord, 0)));
    }

    [Fact]
    public void Mute_OneKind_OnlyThatKindSilencedUntilUnmuted()
    {
        var policy = new NudgePolicy();
        policy.Mute(NudgeKinds.PlainWord, 1);
        Assert.Equal(NudgeKinds.Empathy, Shown(policy, N(NudgeKinds.PlainWord, 2), N(NudgeKinds.Empathy, 2)));
        policy.Unmute(NudgeKinds.PlainWord, 3);
        Assert.Equal(NudgeKinds.PlainWord, Shown(policy, N(NudgeKinds.PlainWord, 4)));
    }

    [Fact]
    public void Mute_All_SilencesEveryKindUntilUnmuted()
    {
        var policy = new NudgePolicy();
        policy.Mute(null, 1);
        Assert.Equal("", Shown(policy, N(NudgeKinds.AcknowledgeFirst, 2), N(NudgeKinds.Empathy, 2)));
        policy.Unmute(null, 3);
        Assert.Equal($"{NudgeKinds.AcknowledgeFirst} | {NudgeKinds.Empathy}", Shown(policy, N(NudgeKinds.Empathy, 4), N(NudgeKinds.AcknowledgeFirst, 4)));
    }

    [Fact]
    public void Unmute_All_KeepsKindsMutedOneByOne()
    {
        var policy = new NudgePolicy();
        policy.Mute(NudgeKinds.PlainWord, 1);
        policy.Mute(null, 2);
        policy.Unmute(null, 3);
        Assert.True(policy.IsMuted(NudgeKinds.PlainWord));
        Assert.False(policy.IsMuted(NudgeKinds.Empathy));
    }

    [Fact]
    public void Offer_MutedNudge_DoesNotUseTheCapOrStartACooldown()
    {
        var policy = new NudgePolicy(new NudgePolicyOptions { CapPerWindow = 1 });
        policy.Mute(NudgeKinds.PlainWord, 0);
        Shown(policy, N(NudgeKinds.PlainWord, 1));
        policy.Unmute(NudgeKinds.PlainWord, 2);
        Assert.Equal(NudgeKinds.PlainWord, Shown(policy, N(NudgeKinds.PlainWord, 3)));
    }

    [Fact]
    public void MuteLog_RecordsEveryChangeWithItsTime()
    {
        var policy = new NudgePolicy();
        policy.Mute(NudgeKinds.Empathy, 12.5);
        policy.Mute(null, 40);
        policy.Unmute(null, 55);
        Assert.Equal(
            [new MuteEvent(12.5, NudgeKinds.Empathy, true), new MuteEvent(40, null, true), new MuteEvent(55, null, false)],
            policy.MuteLog);
    }

    [Fact]
    public void Offer_ScriptedCall_PolicyThinsTheGeneratorsNudges()
    {
        string[] lines =
        [
            "C: This is ridiculous, I've been charged twice!", "A: Please give me your account number.",
            "C: I'm so angry, this is the third month in a row!", "A: Sorry for any inconvenience caused.",
        ];
        var all = NudgeScript.Run("call-7", lines);
        var shown = NudgeScript.Run("call-7", new NudgePolicy(), lines);
        Assert.True(shown.Count < all.Count, $"{shown.Count} of {all.Count}");
        Assert.Single(shown, n => n.Kind == NudgeKinds.Empathy); // the second flare-up is 20 s later, inside the cooldown
    }
}
