using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Prosody;

namespace Attune.Analysis.Audio.Calls;

/// <summary>Settings of the audio analysis of a call; the defaults suit telephone recordings.</summary>
public sealed record CallAudioOptions
{
    public static CallAudioOptions Default { get; } = new();

    /// <summary>Zero-based channel of a stereo recording that carries the customer (default 0 = left, the usual convention).</summary>
    public int CustomerChannel { get; init; }

    public PitchTrackerOptions Pitch { get; init; } = new();

    public VoiceActivityOptions VoiceActivity { get; init; } = new();

    public SpeakingRateOptions SpeakingRate { get; init; } = new();

    public DynamicsOptions Dynamics { get; init; } = new();

    /// <summary>Frames decoded from the file per block (4096 ≈ 0.5 s at 8 kHz).</summary>
    public int BlockFrames { get; init; } = 4096;
}
