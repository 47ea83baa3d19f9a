using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Nudges;

namespace Attune.Analysis.Live.Calls;

/// <summary>
/// Something <see cref="LiveCallAnalyzer"/> found while the call was streaming.
/// </summary>
/// <param name="Kind">What it is; the other members that apply are set.</param>
/// <param name="StreamTime">Seconds of audio processed when it was emitted (the analyser's <see cref="LiveCallAnalyzer.Position"/>):
/// the latency from the audio that caused it is this minus <see cref="End"/>.</param>
/// <param name="Start">Start (s) of what it is about: the event, the overtalk or silence in progress, the measured segment.</param>
/// <param name="End">End (s): of the event or segment; for a provisional alert, the time the condition was met.</param>
/// <param name="Party">Whose turn or monologue, who started the overtalk, whose voice; null for silences and nudges.</param>
public sealed record LiveCallUpdate(LiveCallUpdateKind Kind, double StreamTime, double Start, double End, Party? Party = null)
{
    /// <summary>The settled event (<see cref="LiveCallUpdateKind.Dynamics"/>), or the provisional one an alert stands for.</summary>
    public DynamicsEvent? Dynamics { get; init; }

    /// <summary>How the customer's segment sounded, with <see cref="TurnVoice.Arousal"/> (<see cref="LiveCallUpdateKind.Arousal"/>).</summary>
    public TurnVoice? Voice { get; init; }

    /// <summary>Arousal 0..1 (<see cref="LiveCallUpdateKind.Arousal"/>).</summary>
    public double? Arousal => Voice?.Arousal;

    /// <summary>calm, usual, raised or high, as the batch <c>customer.arousal</c> finding labels it.</summary>
    public string? Label { get; init; }

    /// <summary>The nudge to show (<see cref="LiveCallUpdateKind.Nudge"/>).</summary>
    public Nudge? Nudge { get; init; }
}
