using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>
/// Where an utterance's audible speech really is in the generated files: <see cref="StartSample"/> is its first sample
/// with |x| above <see cref="SyntheticCall.AudibleThreshold"/>, <see cref="EndSample"/> one past its last such sample.
/// </summary>
public sealed record UtteranceTruth(int Index, Utterance Utterance, long StartSample, long EndSample, int SampleRate)
{
    public Party Party => Utterance.Party;

    public double Start => (double)StartSample / SampleRate;

    public double End => (double)EndSample / SampleRate;

    public SpeechSpan Span => new(Start, End);
}
