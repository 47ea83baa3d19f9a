namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>
/// VADER-style sentiment of a text: <see cref="Compound"/> is the normalised valence -1..+1;
/// <see cref="Positive"/>, <see cref="Neutral"/> and <see cref="Negative"/> are the shares of
/// the text's words that carry each polarity (they add up to 1, or are all 0 for an empty text).
/// </summary>
public readonly record struct SentimentScore(double Compound, double Positive, double Neutral, double Negative)
{
    /// <summary>Compound at or above which a text is positive (and at or below minus which it is negative), as in the VADER paper.</summary>
    public const double Threshold = 0.05;

    /// <summary>"positive", "neutral" or "negative" by the ±0.05 thresholds.</summary>
    public string Label => LabelFor(Compound);

    public static string LabelFor(double compound) =>
        compound >= Threshold ? "positive" : compound <= -Threshold ? "negative" : "neutral";
}
