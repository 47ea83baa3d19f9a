using System.Globalization;
using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Text.Detectors.VoiceArousal;

/// <summary>
/// <c>customer.arousal</c>: for every customer turn of a recording, the arousal 0..1 that <see cref="ArousalEstimator"/>
/// measured against the caller's own baseline (carried on <see cref="Turn.Voice"/>), labelled calm (&lt; 0.35),
/// usual, raised (≥ 0.65) or high (≥ 0.8), with the cues that moved it. Advisors' turns are never assessed.
/// </summary>
public sealed class VoiceArousalDetector : Detector
{
    public VoiceArousalDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Customer || turn.Turn.Voice is not { Arousal: { } arousal } voice)
        {
            return;
        }

        var label = Label(arousal);
        var cues = ArousalEstimator.Cues(voice);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"Voice arousal {arousal:0.00} ({label}) against this caller's own baseline{(cues.Length > 0 ? ": " + cues : ": pitch, loudness and pace as usual")}.");
        sink.AddTurn(turn, Signals.CustomerArousal, Polarity.Info, detail, label: label, value: arousal);
    }

    /// <summary>calm, usual, raised or high.</summary>
    public static string Label(double arousal) => arousal switch
    {
        >= 0.8 => "high",
        >= 0.65 => "raised",
        < 0.35 => "calm",
        _ => "usual",
    };
}
