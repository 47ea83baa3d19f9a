using System.Globalization;
using Attune.Analysis.Conversations;
using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Analysis.Emotion;

/// <summary>
/// Fuses the emotion read from a customer turn's words with the arousal heard in their voice
/// (<see cref="ArousalEstimator"/>), late fusion: words decide <em>which</em> emotion (voice alone cannot tell anger
/// from excitement), voice moves <em>how intense</em> it is. High-arousal emotions (frustration, anxiety) follow the
/// voice most, low-arousal ones (distress, confusion) less, relief not at all. When the words are neutral but the
/// voice is far above the caller's own baseline, the turn reads as frustration — in a contact centre a raised,
/// faster, higher voice on a neutral sentence is most often exasperation — at a modest intensity, and says so.
/// </summary>
public static class VoiceEmotionFusion
{
    /// <summary>Arousal at or above which a turn with neutral (or no) words is read as frustration from the voice.</summary>
    public const double VoiceOnlyThreshold = 0.75;

    /// <summary>
    /// The fused emotion, intensity and a sentence saying what the voice contributed: appended to the words' description
    /// when the emotion is the words' own, or (when the voice changed it) to "Frustration (0.36) ".
    /// </summary>
    public static (string Emotion, double Intensity, string Note) Fuse(string textEmotion, double textIntensity, TurnVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        if (voice.Arousal is not { } arousal)
        {
            return (textEmotion, textIntensity, "");
        }

        var cues = ArousalEstimator.Cues(voice);
        var heard = cues.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"arousal {arousal:0.00}, as the caller usually sounds")
            : string.Create(CultureInfo.InvariantCulture, $"arousal {arousal:0.00} from {cues}");
        var lift = arousal - 0.5;
        if (textEmotion == EmotionLabels.Neutral)
        {
            if (arousal >= VoiceOnlyThreshold)
            {
                var intensity = Math.Round(Math.Min(1, lift * 1.2), 2);
                return (EmotionLabels.Frustration, intensity, $"from the voice: {heard}; the words alone read as neutral.");
            }

            return (textEmotion, textIntensity, $" Voice: {heard}.");
        }

        var weight = textEmotion switch
        {
            EmotionLabels.Frustration or EmotionLabels.Anxiety => 0.5,
            EmotionLabels.Distress or EmotionLabels.Confusion => 0.25,
            _ => 0.0,
        };
        var fused = Math.Round(Math.Clamp(textIntensity + weight * lift, 0.05, 1), 2);
        var change = fused > textIntensity + 0.005 ? string.Create(CultureInfo.InvariantCulture, $" raised it from {textIntensity:0.00}")
            : fused < textIntensity - 0.005 ? string.Create(CultureInfo.InvariantCulture, $" lowered it from {textIntensity:0.00}")
            : "";
        return (textEmotion, fused, $" Voice: {heard}{change}.");
    }

    /// <summary>A customer turn with no words (audio only): the voice alone.</summary>
    public static (string Emotion, double Intensity, string Detail) FromVoiceOnly(TurnVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        var arousal = voice.Arousal ?? 0.5;
        var cues = ArousalEstimator.Cues(voice);
        var heard = cues.Length == 0 ? "as the caller usually sounds" : cues;
        if (arousal >= VoiceOnlyThreshold)
        {
            return (EmotionLabels.Frustration, Math.Round(Math.Min(1, (arousal - 0.5) * 1.2), 2),
                string.Create(CultureInfo.InvariantCulture, $"Frustration from the voice alone (no transcript): arousal {arousal:0.00} — {heard}."));
        }

        return (EmotionLabels.Neutral, 0, string.Create(CultureInfo.InvariantCulture, $"Neutral from the voice alone (no transcript): arousal {arousal:0.00} — {heard}."));
    }
}
