namespace Attune.Analysis.Live.Calls;

/// <summary>What a <see cref="LiveCallUpdate"/> reports.</summary>
public enum LiveCallUpdateKind
{
    /// <summary>A settled <see cref="Audio.Dynamics.DynamicsEvent"/> (turn, overtalk, non-talk, long-silence alert, monologue): final.</summary>
    Dynamics,

    /// <summary>
    /// Provisional, at once: the advisor has been talking over the customer for <see cref="LiveCallOptions.OvertalkAlertSeconds"/>
    /// (an interruption in progress). Whether it was an interruption or an overlap settles later as a <see cref="Dynamics"/> update.
    /// </summary>
    Overtalk,

    /// <summary>Provisional, at once: nobody has spoken for <see cref="LiveCallOptions.SilenceAlertSeconds"/> (a silence in progress).</summary>
    LongSilence,

    /// <summary>The customer's voice arousal (0..1, against their own baseline) over a speech segment that just closed.</summary>
    Arousal,

    /// <summary>A nudge the <see cref="Nudges.NudgePolicy"/> let through.</summary>
    Nudge,
}
