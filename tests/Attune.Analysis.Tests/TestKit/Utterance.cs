using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>
/// One stretch of synthetic speech in a <see cref="SyntheticCall"/>: espeak-ng says <paramref name="Text"/> with the
/// given voice, rate (words per minute, espeak <c>-s</c>), pitch (0–99, <c>-p</c>) and amplitude (0–200, <c>-a</c>).
/// <paramref name="At"/> is where its first audible sample goes (espeak's own leading silence is trimmed), in seconds
/// from <see cref="Anchor"/>.
/// </summary>
public sealed record Utterance(
    Party Party,
    double At,
    string Text,
    string Voice = "en-us",
    int Wpm = 160,
    int Pitch = 50,
    int Amplitude = 100)
{
    /// <summary>What <see cref="At"/> counts from (default: the start of the call).</summary>
    public UtteranceAnchor Anchor { get; init; } = UtteranceAnchor.CallStart;

    /// <summary>
    /// Cut the speech this many seconds after its audible start (with a 10 ms fade, no click): a speaker who stops
    /// mid-sentence because they were interrupted. Null = say the whole text.
    /// </summary>
    public double? StopAfter { get; init; }
}
