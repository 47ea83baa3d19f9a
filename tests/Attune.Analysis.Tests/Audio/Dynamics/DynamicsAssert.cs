using Attune.Analysis.Audio.Dynamics;

namespace Attune.Analysis.Tests.Audio.Dynamics;

/// <summary>Field-by-field equality of results (records compare lists by reference).</summary>
internal static class DynamicsAssert
{
    public static void Equal(DynamicsResult expected, DynamicsResult actual)
    {
        Assert.Equal(expected.Duration, actual.Duration);
        Assert.Equal(expected.CustomerTalkSeconds, actual.CustomerTalkSeconds);
        Assert.Equal(expected.AdvisorTalkSeconds, actual.AdvisorTalkSeconds);
        Assert.Equal(expected.Overtalks, actual.Overtalks);
        Assert.Equal(expected.InterruptionsByAdvisor, actual.InterruptionsByAdvisor);
        Assert.Equal(expected.InterruptionsByCustomer, actual.InterruptionsByCustomer);
        Assert.Equal(expected.Backchannels, actual.Backchannels);
        Assert.Equal(expected.CustomerBackchannels, actual.CustomerBackchannels);
        Assert.Equal(expected.OvertalkSeconds, actual.OvertalkSeconds);
        Assert.Equal(expected.NonTalk, actual.NonTalk);
        Assert.Equal(expected.NonTalkSeconds, actual.NonTalkSeconds);
        Assert.Equal(expected.SilenceSeconds, actual.SilenceSeconds);
        Assert.Equal(expected.LongSilenceAlertAt, actual.LongSilenceAlertAt);
        Assert.Equal(expected.Monologues, actual.Monologues);
        Assert.Equal(expected.ResponseLatencies, actual.ResponseLatencies);
        Assert.Equal(expected.Turns, actual.Turns);
    }
}
