namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// The emotion of one text: <see cref="Emotion"/> is an id of <see cref="EmotionLabels"/>,
/// <see cref="Intensity"/> 0..1 (0 for neutral); <see cref="ModelClass"/> is the finer class it
/// came from (anger, disgust, fear, joy, sadness, surprise, curiosity, confusion, neutral) with
/// its probability; <see cref="Cues"/> the words behind it, strongest first.
/// <see cref="FromSentiment"/>: no cue and no model class named it; the turn's clearly negative
/// sentiment did (a mild emotion, see <see cref="EmotionAnalyzer.NegativeValence"/>).
/// </summary>
public sealed record EmotionResult(string Emotion, double Intensity, string ModelClass, double Probability, IReadOnlyList<EmotionCue> Cues,
    bool FromSentiment = false);
