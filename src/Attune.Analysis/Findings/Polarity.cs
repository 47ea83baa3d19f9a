namespace Attune.Analysis.Findings;

/// <summary>Whether a finding counts for (+), against (−) or is information about the interaction.</summary>
public enum Polarity
{
    Info,
    Positive,
    Negative,
}
