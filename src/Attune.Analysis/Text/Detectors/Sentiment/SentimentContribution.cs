namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>
/// One word's (or phrase's) share of a sentiment score: its character span in the text, its
/// final valence after the rules, and the modifier that changed it most, if any
/// ("not", "very", "but", "CAPS"…), for the explanation shown to a QA analyst.
/// </summary>
public readonly record struct SentimentContribution(int Start, int Length, double Valence, string? Modifier);
