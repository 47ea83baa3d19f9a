namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// The conversation dynamics of one interaction (BEHAVIOURS.md "Conversation dynamics"): talk time and ratio,
/// overtalk with interruptions and backchannels, non-talk time, monologues, response latencies and the turns.
/// All times in seconds from the start of the interaction.
/// </summary>
public sealed record DynamicsResult
{
    /// <summary>Length of the interaction: the duration given, or the end of the last speech if that is later.</summary>
    public required double Duration { get; init; }

    /// <summary>Time the customer spoke (overlapping segments counted once).</summary>
    public required double CustomerTalkSeconds { get; init; }

    public required double AdvisorTalkSeconds { get; init; }

    /// <summary>Advisor share of all speech, 0..1: advisor / (advisor + customer); null when nobody spoke.</summary>
    public double? AdvisorTalkRatio => CustomerTalkSeconds + AdvisorTalkSeconds > 0
        ? AdvisorTalkSeconds / (CustomerTalkSeconds + AdvisorTalkSeconds)
        : null;

    /// <summary>Overtalk events in time order, including backchannels.</summary>
    public required IReadOnlyList<Overtalk> Overtalks { get; init; }

    /// <summary>The advisor came in on the customer mid-utterance and the customer gave way (<c>listening.interruption</c>).</summary>
    public required int InterruptionsByAdvisor { get; init; }

    /// <summary>The customer came in on the advisor and the advisor gave way.</summary>
    public required int InterruptionsByCustomer { get; init; }

    /// <summary>Advisor backchannels inside customer speech (<c>listening.backchannel</c>).</summary>
    public required int Backchannels { get; init; }

    /// <summary>Customer backchannels inside advisor speech ("mm-hmm" while the advisor explains).</summary>
    public required int CustomerBackchannels { get; init; }

    /// <summary>Total time both spoke at once, over the overtalk events.</summary>
    public required double OvertalkSeconds { get; init; }

    /// <summary>Spans of more than <see cref="DynamicsOptions.NonTalkSeconds"/> with neither party speaking, including before the first and after the last speech.</summary>
    public required IReadOnlyList<Span> NonTalk { get; init; }

    /// <summary>Total of <see cref="NonTalk"/>.</summary>
    public required double NonTalkSeconds { get; init; }

    /// <summary>Total of the gaps of at least <see cref="DynamicsOptions.IgnoreGapsBelowSeconds"/> with neither party speaking: what the long-silence alert compares.</summary>
    public required double SilenceSeconds { get; init; }

    /// <summary>When <see cref="SilenceSeconds"/> passed <see cref="DynamicsOptions.LongSilenceAlertSeconds"/>; null if it never did.</summary>
    public double? LongSilenceAlertAt { get; init; }

    public bool LongSilenceAlert => LongSilenceAlertAt is not null;

    public required IReadOnlyList<Monologue> Monologues { get; init; }

    /// <summary>Latency of every reply (a turn taking the floor from the other party), in order of the replies.</summary>
    public required IReadOnlyList<Latency> ResponseLatencies { get; init; }

    /// <summary>The turn segmentation, ordered by start (customer first on a tie).</summary>
    public required IReadOnlyList<PartyTurn> Turns { get; init; }
}
