namespace Attune.Analysis.Audio.Dynamics;

/// <summary>A stretch of time in seconds from the start of the interaction.</summary>
public readonly record struct Span(double Start, double End)
{
    public double Seconds => End - Start;
}
