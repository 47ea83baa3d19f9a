namespace Attune.Analysis.Audio.Prosody;

/// <summary>One span of speech on one channel, found by <see cref="VoiceActivityDetector"/>.</summary>
/// <param name="Start">Start in seconds (beginning of the first speech frame's hop).</param>
/// <param name="End">End in seconds (end of the last speech frame's hop, not including the hangover).</param>
public readonly record struct SpeechSegment(double Start, double End)
{
    /// <summary>Length in seconds.</summary>
    public double Duration => End - Start;
}
