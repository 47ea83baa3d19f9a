namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// Settings of <see cref="DynamicsTracker"/> and <see cref="DynamicsAnalyzer"/>, all in seconds. Defaults follow the
/// published definitions of BEHAVIOURS.md where there is one (Amazon Connect Contact Lens for non-talk time,
/// BEHAVIOURS.md for interruptions and monologues) and are our own choice otherwise (said so below).
/// </summary>
public sealed record DynamicsOptions
{
    public static DynamicsOptions Default { get; } = new();

    /// <summary>
    /// A span longer than this (seconds) with neither party speaking is non-talk time. Default 3.0, the Contact Lens
    /// definition ("periods of silence longer than 3 seconds"); exactly 3.0 s is not non-talk.
    /// </summary>
    public double NonTalkSeconds { get; init; } = 3.0;

    /// <summary>Long-silence alert when the total silence (gaps of at least <see cref="IgnoreGapsBelowSeconds"/>) exceeds this (seconds). Default 10.0.</summary>
    public double LongSilenceAlertSeconds { get; init; } = 10.0;

    /// <summary>Gaps shorter than this (seconds) do not count towards the long-silence alert: ordinary turn-taking pauses. Default 2.0.</summary>
    public double IgnoreGapsBelowSeconds { get; init; } = 2.0;

    /// <summary>The advisor speaking continuously for longer than this (seconds) is a monologue. Default 60.0 (BEHAVIOURS.md).</summary>
    public double MonologueSeconds { get; init; } = 60.0;

    /// <summary>
    /// A party's speech segments closer than this (seconds) form one turn (and one utterance for overtalk and
    /// monologues): pauses within a sentence and voice-activity dropouts. Default 0.7: our choice, above the usual
    /// within-utterance pause and voice-activity hangover, below the pause at which listeners take the floor.
    /// </summary>
    public double TurnGapSeconds { get; init; } = 0.7;

    /// <summary>
    /// An utterance at most this long (seconds) inside the other party's utterance, which does not stop them, is a
    /// backchannel ("mm-hmm", "I see"). Default 1.0: our choice, longer than any usual acknowledgement token.
    /// </summary>
    public double BackchannelMaxSeconds { get; init; } = 1.0;

    /// <summary>Overlaps shorter than this (seconds) are not overtalk (voice-activity edges). Default 0.1.</summary>
    public double MinOvertalkSeconds { get; init; } = 0.1;

    /// <summary>
    /// An interruption: the party spoken over stops within this many seconds of the other coming in, and the one who
    /// came in carries on. Default 2.0 (BEHAVIOURS.md <c>listening.interruption</c>).
    /// </summary>
    public double InterruptionStopSeconds { get; init; } = 2.0;

    /// <summary>
    /// Coming in less than this many seconds before the other's utterance ends, and carrying on, is an early reply
    /// (an anticipated end of turn), not an interruption: speaker changes often overlap by a few hundred
    /// milliseconds in ordinary conversation (Heldner &amp; Edlund 2010, "Pauses, gaps and overlaps in conversations").
    /// It stays an <see cref="OvertalkKind.Overlap"/> with <see cref="Overtalk.EarlyReply"/> set. Default 0.5: our choice.
    /// </summary>
    public double EarlyReplySeconds { get; init; } = 0.5;

    /// <summary>
    /// Two utterances starting within this many seconds of each other are a simultaneous start: neither could
    /// have reacted to the other (about the human speech reaction time), so nobody interrupted. Default 0.2: our choice.
    /// </summary>
    public double SimultaneousStartSeconds { get; init; } = 0.2;

    /// <summary>Refuses settings that cannot work, naming the key.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is negative, not a number, or out of its range.</exception>
    public void Validate()
    {
        Positive(NonTalkSeconds, nameof(NonTalkSeconds));
        Positive(LongSilenceAlertSeconds, nameof(LongSilenceAlertSeconds));
        NotNegative(IgnoreGapsBelowSeconds, nameof(IgnoreGapsBelowSeconds));
        Positive(MonologueSeconds, nameof(MonologueSeconds));
        Positive(TurnGapSeconds, nameof(TurnGapSeconds));
        NotNegative(BackchannelMaxSeconds, nameof(BackchannelMaxSeconds));
        NotNegative(MinOvertalkSeconds, nameof(MinOvertalkSeconds));
        NotNegative(InterruptionStopSeconds, nameof(InterruptionStopSeconds));
        NotNegative(SimultaneousStartSeconds, nameof(SimultaneousStartSeconds));
        NotNegative(EarlyReplySeconds, nameof(EarlyReplySeconds));
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"DynamicsOptions.{name} must be a positive number of seconds.");
        }
    }

    private static void NotNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"DynamicsOptions.{name} must be zero or a positive number of seconds.");
        }
    }
}
