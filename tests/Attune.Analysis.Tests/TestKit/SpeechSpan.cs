namespace Attune.Analysis.Tests.TestKit;

/// <summary>An interval of the call in seconds, [Start, End).</summary>
public readonly record struct SpeechSpan(double Start, double End)
{
    public double Duration => End - Start;

    public override string ToString() => FormattableString.Invariant($"{Start:0.000}–{End:0.000} s");
}
