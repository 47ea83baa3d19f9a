namespace Attune.Analysis.Audio.Dynamics;

/// <summary>What a <see cref="DynamicsEvent"/> reports.</summary>
public enum DynamicsEventKind
{
    /// <summary>An overtalk event (interruption, backchannel or overlap): see <see cref="DynamicsEvent.Overtalk"/>.</summary>
    Overtalk,

    /// <summary>A span of more than <see cref="DynamicsOptions.NonTalkSeconds"/> with neither party speaking.</summary>
    NonTalk,

    /// <summary>Total silence (gaps of at least <see cref="DynamicsOptions.IgnoreGapsBelowSeconds"/>) passed <see cref="DynamicsOptions.LongSilenceAlertSeconds"/> at <see cref="DynamicsEvent.Start"/>.</summary>
    LongSilenceAlert,

    /// <summary>An advisor monologue.</summary>
    Monologue,

    /// <summary>A turn of the segmentation (<see cref="DynamicsEvent.Party"/> says whose).</summary>
    Turn,
}
