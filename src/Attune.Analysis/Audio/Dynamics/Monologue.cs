namespace Attune.Analysis.Audio.Dynamics;

/// <summary>The advisor speaking continuously (pauses shorter than <see cref="DynamicsOptions.TurnGapSeconds"/>) for longer than <see cref="DynamicsOptions.MonologueSeconds"/>.</summary>
public sealed record Monologue(double Start, double End)
{
    public double Seconds => End - Start;
}
