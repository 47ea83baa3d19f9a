using System.Globalization;
using System.Text;
using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Sentiment;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// <c>customer.emotion</c>: for every customer turn, one of frustration, distress, anxiety,
/// confusion, relief or neutral (<see cref="EmotionLabels"/>) with an intensity 0..1, from
/// <see cref="EmotionAnalyzer"/>; the detail names the cues. Only customers are assessed:
/// advisors are measured on what they do, never on inferred emotion.
/// <para>
/// <c>customer.emotion_journey</c>, at the end: the customer's state at the start and at the end
/// of the interaction, as "start→end" in the state words angry, distressed, anxious, confused,
/// calm, positive (<see cref="EmotionLabels.StateOf"/>). Start = the strongest emotion of the
/// first third of the customer's turns (one to three turns), end = the strongest of the last
/// third; a stretch with no emotion is "calm". Value = (end valence − start valence) / 2, -1..+1
/// (<see cref="EmotionLabels.ValenceOf"/>); polarity positive when the customer ends better off,
/// negative when worse. Evidence is the turn that set the end state, related to the start turn.
/// </para>
/// </summary>
public sealed class EmotionDetector : Detector
{
    private readonly List<(int Turn, string Emotion, double Intensity)> _turns = [];

    public EmotionDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Customer)
        {
            return;
        }

        var voice = turn.Turn.Voice;
        if (turn.Tokens.Tokens.Count == 0)
        {
            // A recording without a transcript: the voice is all there is.
            if (voice?.Arousal is not null)
            {
                var (emotion, intensity, detail) = VoiceEmotionFusion.FromVoiceOnly(voice);
                _turns.Add((turn.Index, emotion, intensity));
                sink.AddTurn(turn, Signals.CustomerEmotion, Polarity.Info, detail, label: emotion, value: intensity);
            }

            return;
        }

        var result = EmotionAnalyzer.Analyze(turn.Tokens, Valence(context, turn));
        if (voice?.Arousal is not null)
        {
            var (emotion, intensity, note) = VoiceEmotionFusion.Fuse(result.Emotion, result.Intensity, voice);
            _turns.Add((turn.Index, emotion, intensity));
            var described = emotion == result.Emotion
                ? Describe(turn, result) + note
                : string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(emotion[0])}{emotion[1..]} ({intensity:0.00}) {note}");
            sink.AddTurn(turn, Signals.CustomerEmotion, Polarity.Info, described, label: emotion, value: intensity);
            return;
        }

        _turns.Add((turn.Index, result.Emotion, result.Intensity));
        sink.AddTurn(turn, Signals.CustomerEmotion, Polarity.Info, Describe(turn, result), label: result.Emotion, value: result.Intensity);
    }

    /// <summary>The turn's customer.sentiment value when that detector ran first (it does in the catalogue), else computed.</summary>
    private static double Valence(ConversationContext context, AnalyzedTurn turn)
    {
        foreach (var f in context.FindingsFor(turn.Index, Signals.CustomerSentiment))
        {
            if (f.Value is { } v)
            {
                return v;
            }
        }

        return SentimentAnalyzer.Score(turn.Tokens).Compound;
    }

    public override void OnEnd(ConversationContext context, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        if (_turns.Count == 0)
        {
            return;
        }

        var span = Math.Clamp((_turns.Count + 2) / 3, 1, 3);
        var start = Strongest(0, span);
        var end = Strongest(_turns.Count - span, _turns.Count);
        var startState = EmotionLabels.StateOf(start.Emotion);
        var endState = EmotionLabels.StateOf(end.Emotion);
        var change = (EmotionLabels.ValenceOf(endState) - EmotionLabels.ValenceOf(startState)) / 2;
        var polarity = change > 0 ? Polarity.Positive : change < 0 ? Polarity.Negative : Polarity.Info;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"Customer journey {startState} → {endState}: {Moment(start)} at the start, {Moment(end)} at the end.");
        var turn = context.Turns[end.Turn];
        sink.AddTurn(turn, Signals.CustomerEmotionJourney, polarity, detail, label: $"{startState}→{endState}",
            value: Math.Round(change, 2), relatedTurn: start.Turn);
    }

    private (int Turn, string Emotion, double Intensity) Strongest(int from, int to)
    {
        var best = _turns[to - 1]; // no emotion: the stretch's last turn stands for it
        var bestIntensity = 0.0;
        for (var i = from; i < to; i++)
        {
            if (_turns[i].Emotion != EmotionLabels.Neutral && _turns[i].Intensity > bestIntensity)
            {
                best = _turns[i];
                bestIntensity = _turns[i].Intensity;
            }
        }

        return best;
    }

    private static string Moment((int Turn, string Emotion, double Intensity) m) =>
        m.Emotion == EmotionLabels.Neutral
            ? string.Create(CultureInfo.InvariantCulture, $"no emotion (turn {m.Turn + 1})")
            : string.Create(CultureInfo.InvariantCulture, $"{m.Emotion} {m.Intensity:0.00} (turn {m.Turn + 1})");

    /// <summary>"Frustration (0.72) from 'charged twice', 'ridiculous'; 'not upset' negated."</summary>
    internal static string Describe(AnalyzedTurn turn, EmotionResult result)
    {
        var sb = new StringBuilder(128);
        sb.Append(char.ToUpperInvariant(result.Emotion[0])).Append(result.Emotion, 1, result.Emotion.Length - 1);
        if (result.Emotion != EmotionLabels.Neutral)
        {
            DecimalText.AppendHundredths(sb.Append(" ("), result.Intensity).Append(')'); // = {Intensity:0.00}
        }

        var supporting = 0;
        foreach (var cue in result.Cues)
        {
            if (cue.Negated || cue.ModelClass != result.ModelClass || supporting == 3)
            {
                continue;
            }

            sb.Append(supporting++ == 0 ? (cue.FromLexicon ? " from " : " from the words ") : ", ");
            sb.Append('\'').Append(Quote(turn, cue)).Append('\'');
        }

        if (result.Emotion == EmotionLabels.Neutral && supporting == 0)
        {
            sb.Append(": no emotion cue");
        }

        if (result.FromSentiment)
        {
            sb.Append(supporting == 0 ? ", inferred from the turn's negative sentiment" : "; inferred from the turn's negative sentiment");
        }

        if (result.ModelClass != result.Emotion && result.Emotion is EmotionLabels.Frustration or EmotionLabels.Neutral && result.ModelClass is not "neutral")
        {
            sb.Append(CultureInfo.InvariantCulture, $" (reads as {result.ModelClass})");
        }

        var negated = 0;
        foreach (var cue in result.Cues)
        {
            if (cue.Negated && negated++ < 2)
            {
                sb.Append("; '").Append(Quote(turn, cue)).Append("' is negated, so not counted");
            }
        }

        return sb.Append('.').ToString();
    }

    private static string Quote(AnalyzedTurn turn, EmotionCue cue)
    {
        var tokens = turn.Tokens.Tokens;
        var first = tokens[cue.FirstToken];
        var last = tokens[Math.Min(cue.EndToken, tokens.Count) - 1];
        return turn.Text[first.Start..last.End];
    }
}
