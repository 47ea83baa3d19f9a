namespace Attune.Analysis.Conversations;

/// <summary>
/// How a turn sounded, measured from the party's channel of the recording over the turn's time span.
/// Level, pitch and rate are measured for both parties (conversation dynamics); the z-scores and arousal
/// are computed for customers only (PRODUCT.md: emotion is inferred for customers, never for advisors).
/// </summary>
public sealed record TurnVoice
{
    /// <summary>Seconds of the turn with the channel above its noise floor (speech or loud non-speech).</summary>
    public double ActiveSeconds { get; init; }

    /// <summary>Seconds of voiced speech (a pitch was found).</summary>
    public double VoicedSeconds { get; init; }

    /// <summary>Mean pitch of the voiced frames (mean in semitones, shown in Hz); null with too little voicing.</summary>
    public double? PitchHz { get; init; }

    /// <summary>Pitch range in semitones: 2.56 standard deviations (the 10th to 90th percentile of a normal spread).</summary>
    public double? PitchRangeSemitones { get; init; }

    /// <summary>Power mean of the active frames, dBFS.</summary>
    public double LoudnessDbfs { get; init; }

    /// <summary>Loudness on a 0–100 scale (-60 dBFS → 0, -10 dBFS → 100), for people rather than engineers.</summary>
    public int LoudnessScore { get; init; }

    /// <summary>Syllable nuclei per second of active speech (from the intensity envelope).</summary>
    public double? SyllablesPerSecond { get; init; }

    /// <summary>Words per minute: from word timings when the turn has them, else estimated from the syllable rate.</summary>
    public double? WordsPerMinute { get; init; }

    /// <summary>True when <see cref="WordsPerMinute"/> came from word timings rather than syllables.</summary>
    public bool RateFromWords { get; init; }

    /// <summary>Customer only: arousal 0..1 against the caller's own baseline; null for advisors or when not measurable.</summary>
    public double? Arousal { get; init; }

    /// <summary>Customer only: pitch level as a z-score against the caller's baseline.</summary>
    public double? PitchZ { get; init; }

    /// <summary>Customer only: pitch range as a z-score against the caller's baseline.</summary>
    public double? RangeZ { get; init; }

    /// <summary>Customer only: loudness as a z-score against the caller's baseline.</summary>
    public double? LoudnessZ { get; init; }

    /// <summary>Customer only: speaking rate as a z-score against the caller's baseline.</summary>
    public double? RateZ { get; init; }
}
