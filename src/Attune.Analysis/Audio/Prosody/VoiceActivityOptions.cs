namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Settings of <see cref="VoiceActivityDetector"/>. Levels are in dB relative to the adaptive noise floor unless
/// named *Dbfs; times are in seconds. The defaults suit telephone (8 kHz, G.711) and studio speech.
/// </summary>
public sealed record VoiceActivityOptions
{
    /// <summary>Time between frames (s); must match the pitch tracker's hop (10 ms).</summary>
    public double HopSeconds { get; init; } = 0.010;

    /// <summary>An unvoiced frame counts as speech (keeps a segment open) only this far above the noise floor (dB).</summary>
    public double OnsetDb { get; init; } = 9;

    /// <summary>A voiced frame counts as speech this far above the noise floor (dB): periodicity is evidence enough.</summary>
    public double VoicedOnsetDb { get; init; } = 4;

    /// <summary>
    /// Frames this far above the floor (dB) extend a segment's edges: the look-back before the first speech frame
    /// (an unvoiced consonant before the vowel) and the decaying tail after the last one.
    /// </summary>
    public double BoundaryDb { get; init; } = 3;

    /// <summary>
    /// The floor never goes below this (dBFS): digital silence is -120 dBFS, and G.711 quantisation or dither turns
    /// it into isolated ±1-step values around -75..-85 dBFS, which must not count as a rise above the floor.
    /// </summary>
    public double MinFloorDbfs { get; init; } = -70;

    /// <summary>Window of the minimum statistics (s): the floor is the lowest frame level seen within it.</summary>
    public double FloorWindowSeconds { get; init; } = 1.5;

    /// <summary>How fast the floor may rise (dB/s) towards a higher window minimum inside a segment; it drops at once.</summary>
    public double FloorRiseDbPerSecond { get; init; } = 6;

    /// <summary>A segment stays open across pauses up to this long (s): pauses inside an utterance are not gaps.</summary>
    public double HangoverSeconds { get; init; } = 0.22;

    /// <summary>Consecutive voiced speech frames (s) that confirm an onset: line noise and clicks are aperiodic.</summary>
    public double MinVoicedSeconds { get; init; } = 0.03;

    /// <summary>Segments shorter than this (s) are dropped: clicks and bursts. A backchannel ("mm-hmm", 250 ms) is kept.</summary>
    public double MinSpeechSeconds { get; init; } = 0.08;

    /// <summary>Longest look-back (s) before the first voiced speech frame: unvoiced onsets ("s", "f", "h") are rarely longer.</summary>
    public double LookBackSeconds { get; init; } = 0.25;

    /// <summary>
    /// A segment closes when no voiced frame has been seen for this long (s), even if loud aperiodic frames go on:
    /// line noise switched on mid-utterance must not hold a segment open until the floor has caught up.
    /// </summary>
    public double MaxUnvoicedSeconds { get; init; } = 0.5;

    /// <summary>
    /// Voiced frames more than this many dB under the channel's running speech level are not its speech: on a
    /// dual-channel recording the other party leaks in (crosstalk, line echo) typically 30-45 dB down. A quiet
    /// backchannel is 10-20 dB under loud speech. Before the channel's first speech there is no level to compare with.
    /// </summary>
    public double CrosstalkDb { get; init; } = 30;

    /// <summary>
    /// A segment's soft edges (decays, breath, a faint final release) count as speech only down to this many dB under the
    /// channel's speech level: on a near-silent line the floor alone would stretch a turn by the inaudible tail of its
    /// last sound (tens of ms), which skews turn ends, latencies and overtalk. 40 dB under the speech is inaudible on a call.
    /// </summary>
    public double TailRangeDb { get; init; } = 40;

    /// <summary>How fast the running speech level of <see cref="CrosstalkDb"/> falls (dB/s) when the speaker gets quieter; it rises at once.</summary>
    public double SpeechLevelDecayDbPerSecond { get; init; } = 1;
}
