using Attune.Analysis.Audio.Calls;

namespace Attune.Analysis.Live.Calls;

/// <summary>Settings of <see cref="LiveCallAnalyzer"/>.</summary>
public sealed record LiveCallOptions
{
    public static LiveCallOptions Default { get; } = new();

    /// <summary>The audio analysis (the same settings as the batch path, so both give the same result).</summary>
    public CallAudioOptions Audio { get; init; } = CallAudioOptions.Default;

    /// <summary>
    /// Seconds both have spoken since the advisor came in on the customer's open speech before the provisional overtalk
    /// alert (default 0.6): longer than a backchannel's overlap usually lasts (most "mm-hmm"s are shorter) and than the
    /// few hundred milliseconds ordinary speaker changes overlap by (Heldner &amp; Edlund 2010), short enough to be in the
    /// moment — the settled interruption needs the customer to stop, up to <c>InterruptionStopSeconds</c> later. Our choice.
    /// </summary>
    public double OvertalkAlertSeconds { get; init; } = 0.6;

    /// <summary>
    /// Seconds of silence in progress (neither party speaking, after someone has spoken) before the provisional
    /// long-silence alert. Null (default) = <see cref="Audio.Dynamics.DynamicsOptions.NonTalkSeconds"/> (3 s, the Contact
    /// Lens non-talk definition): the alert fires the moment the silence becomes non-talk.
    /// </summary>
    public double? SilenceAlertSeconds { get; init; }

    internal double SilenceAlert => SilenceAlertSeconds ?? Audio.Dynamics.NonTalkSeconds;

    /// <summary>Refuses settings that cannot work.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Audio);
        Audio.Dynamics.Validate();
        if (!(OvertalkAlertSeconds >= 0) || double.IsInfinity(OvertalkAlertSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(OvertalkAlertSeconds), OvertalkAlertSeconds, "LiveCallOptions.OvertalkAlertSeconds must be zero or a positive number of seconds.");
        }

        if (SilenceAlertSeconds is { } s && (!(s > 0) || double.IsInfinity(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(SilenceAlertSeconds), s, "LiveCallOptions.SilenceAlertSeconds must be a positive number of seconds.");
        }
    }
}
