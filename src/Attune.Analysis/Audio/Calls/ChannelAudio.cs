using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>What was measured on one channel of a call.</summary>
public sealed record ChannelAudio
{
    public required Party Party { get; init; }

    /// <summary>Zero-based channel in the recording (0 = left).</summary>
    public int ChannelIndex { get; init; }

    public double Seconds { get; init; }

    /// <summary>Speech segments from voice activity, in time order.</summary>
    public IReadOnlyList<SpeechSegment> Speech { get; init; } = [];

    public double SpeechSeconds { get; init; }

    /// <summary>Integrated loudness of the channel (ITU-R BS.1770-4), LUFS; null when nothing passes the gates (silence).</summary>
    public double? IntegratedLufs { get; init; }

    /// <summary>The voice-activity detector's noise floor at the end, dBFS.</summary>
    public double NoiseFloorDbfs { get; init; }

    /// <summary>Largest sample magnitude, dBFS.</summary>
    public double PeakDbfs { get; init; }

    /// <summary>Level of the loudest 10 ms frame, dBFS.</summary>
    public double LoudestFrameDbfs { get; init; }

    /// <summary>Share of samples at full scale.</summary>
    public double ClippedShare { get; init; }

    /// <summary>Mean sample value (a DC offset; removed before analysis).</summary>
    public double DcOffset { get; init; }

    /// <summary>Syllable nuclei found.</summary>
    public long Nuclei { get; init; }

    /// <summary>Pitch, level and syllables over time.</summary>
    public required ProsodyTrack Track { get; init; }
}
