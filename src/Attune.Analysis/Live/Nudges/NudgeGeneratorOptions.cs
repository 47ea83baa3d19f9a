namespace Attune.Analysis.Live.Nudges;

/// <summary>What makes <see cref="NudgeGenerator"/> propose a nudge.</summary>
public sealed record NudgeGeneratorOptions
{
    public static NudgeGeneratorOptions Default { get; } = new();

    /// <summary>
    /// A customer emotion (frustration, distress, anxiety, confusion) at or above this intensity calls for an empathy
    /// phrase. Default 0.5, the same as <see cref="AnalysisOptions.EmpathyEmotionThreshold"/>, so the nudge fires on
    /// the turns the empathy score will count as opportunities.
    /// </summary>
    public double EmotionIntensity { get; init; } = 0.5;

    /// <summary>This many closed questions in a row without an open one earn an open-question nudge (default 3, as the question detector's own hint).</summary>
    public int ClosedQuestionRun { get; init; } = 3;
}
