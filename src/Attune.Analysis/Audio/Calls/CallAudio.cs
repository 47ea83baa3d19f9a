using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Audio.Calls;

/// <summary>The audio analysis of a call recording: per channel prosody and speech, and the conversation dynamics.</summary>
public sealed record CallAudio
{
    public required AudioFormat Format { get; init; }

    public double Duration { get; init; }

    public required ChannelAudio Customer { get; init; }

    /// <summary>The advisor's channel; null for a mono recording (both parties on one channel cannot be separated by channel).</summary>
    public ChannelAudio? Advisor { get; init; }

    /// <summary>Talk time, overtalk, silences, monologues and latencies; from both channels.</summary>
    public required DynamicsResult Dynamics { get; init; }

    /// <summary>What could not be measured and why (silent channel, clipping, one channel only, …), for the report.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
