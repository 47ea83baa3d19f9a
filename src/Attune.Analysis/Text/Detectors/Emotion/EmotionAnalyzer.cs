using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// Customer emotion of one text: a learned model for breadth plus a cue lexicon for the
/// contact centre, both negation- and quotation-aware.
/// <list type="number">
/// <item>The <see cref="EmotionModel"/> (softmax regression on word and bigram features,
/// trained on GoEmotions only: Demszky et al. 2020, Apache-2.0) scores nine classes.</item>
/// <item>Each cue of <c>emotion_cues.lex.txt</c> found in the text adds its weight to its class;
/// a negated cue ("I'm not upset", "it's not that I don't understand": a negator up to three
/// words before, within the clause) subtracts it. Quoted words match neither the model nor the cues.</item>
/// <item>The most probable class names the emotion (<see cref="EmotionLabels.FromModelClass"/>),
/// unless its probability is under 0.3 with no cue behind it: then neutral.
/// Intensity = the summed probability of the classes shown as that emotion, raised by 10% per
/// exclamation mark (up to three) and 15% for a word in capitals, capped at 1; 0 for neutral.</item>
/// </list>
/// Measured on GoEmotions dev, DailyDialog and MELD by <c>attune eval</c> (goemotions.ekman,
/// dailydialog.emotion, meld.emotion): the hybrid was kept because it measured better than the
/// model alone on the conversational sets; see the eval notes.
/// </summary>
public static class EmotionAnalyzer
{
    private const int StackFeatures = 512;

    /// <summary>
    /// Least probability for an emotion the cue lexicon does not support. 0.3 measured best of
    /// 0 / 0.3 / 0.4 over GoEmotions dev, DailyDialog and MELD together (goemotions.ekman dev
    /// 0.538 → 0.543, dailydialog.emotion 0.163 → 0.171, meld.emotion 0.419 → 0.418; 0.4 lost
    /// on three of four), and it keeps a weak guess from labelling a plain turn.
    /// </summary>
    internal const float MinProbability = 0.3f;

    /// <summary>The embedded model, loaded once.</summary>
    internal static EmotionModel Model { get; } = LoadEmbedded();

    /// <summary>The model's class names (anger, disgust, fear, joy, sadness, surprise, curiosity, confusion, neutral).</summary>
    public static IReadOnlyList<string> ModelClasses => Model.Classes;

    public static EmotionResult Analyze(string text) => Analyze(Tokenizer.Tokenize(text ?? throw new ArgumentNullException(nameof(text))));

    public static EmotionResult Analyze(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var model = Model;
        var k = model.Classes.Count;
        Span<float> logits = stackalloc float[k];
        var max = EmotionFeatures.MaxCount(text);
        Span<ulong> hashes = max <= StackFeatures ? stackalloc ulong[max] : new ulong[max];
        Span<int> tokenOf = max <= StackFeatures ? stackalloc int[max] : new int[max];
        var n = EmotionFeatures.Extract(text, hashes, tokenOf);
        // the rows are kept for OrderCues, which otherwise looks every feature up a second time
        Span<int> rows = n <= StackFeatures ? stackalloc int[n] : new int[n];
        model.AddLogits(hashes[..n], logits, rows);

        List<EmotionCue>? cues = null;
        var lastEnd = -1;
        foreach (var m in EmotionCues.Matcher.Matches(text))
        {
            if (m.FirstToken < lastEnd)
            {
                continue; // overlapping cue ("charged double" inside "double charged"): count once
            }

            var c = EmotionCues.ClassOf(m.PhraseId);
            var w = EmotionCues.WeightOf(m.PhraseId);
            var negated = Negation.IsNegated(text, m.FirstToken);
            logits[c] += negated ? -w : w;
            lastEnd = m.EndToken;
            (cues ??= []).Add(new EmotionCue(m.FirstToken, m.EndToken, model.Classes[c], true, negated));
        }

        // softmax
        var top = 0;
        for (var c = 1; c < k; c++)
        {
            if (logits[c] > logits[top])
            {
                top = c;
            }
        }

        Span<float> p = stackalloc float[k];
        float sum = 0;
        for (var c = 0; c < k; c++)
        {
            p[c] = MathF.Exp(logits[c] - logits[top]);
            sum += p[c];
        }

        // A weak guess is no emotion: below MinProbability a class needs a lexicon cue behind it.
        var neutral = model.ClassIndex("neutral");
        if (top != neutral && neutral >= 0 && p[top] / sum < MinProbability && !HasCue(cues, model.Classes[top]))
        {
            top = neutral;
        }

        var modelClass = model.Classes[top];
        var emotion = EmotionLabels.FromModelClass(modelClass);
        double intensity = 0;
        if (emotion != EmotionLabels.Neutral)
        {
            float share = 0;
            for (var c = 0; c < k; c++)
            {
                if (EmotionLabels.FromModelClass(model.Classes[c]) == emotion)
                {
                    share += p[c];
                }
            }

            intensity = Math.Min(1, share / sum * Emphasis(text));
        }

        var evidence = OrderCues(text, cues, modelClass, top, rows, tokenOf[..n]);
        return new EmotionResult(emotion, Math.Round(intensity, 3), modelClass, Math.Round(p[top] / sum, 3), evidence);
    }

    /// <summary>Cues that support the winning class first; when the lexicon found none, the two words the model weighted most for it.</summary>
    private static List<EmotionCue> OrderCues(TokenizedText text, List<EmotionCue>? cues, string modelClass, int top,
        ReadOnlySpan<int> rows, ReadOnlySpan<int> tokenOf)
    {
        var result = new List<EmotionCue>(3);
        if (cues is not null)
        {
            foreach (var c in cues)
            {
                if (c.ModelClass == modelClass && !c.Negated)
                {
                    result.Add(c);
                }
            }

            foreach (var c in cues)
            {
                if (c.ModelClass != modelClass || c.Negated)
                {
                    result.Add(c); // negated or outvoted cues, shown after
                }
            }
        }

        if (result.Count > 0 && result[0].ModelClass == modelClass && !result[0].Negated)
        {
            return result;
        }

        // Learned evidence: sum each token's feature weights for the winning class.
        var tokens = text.Tokens.Count;
        Span<float> weight = tokens <= StackFeatures ? stackalloc float[tokens] : new float[tokens];
        for (var i = 0; i < rows.Length; i++)
        {
            if (tokenOf[i] < 0)
            {
                continue;
            }

            var row = rows[i];
            if (row >= 0)
            {
                weight[tokenOf[i]] += Model.Weight(row, top);
            }
        }

        var learned = new List<EmotionCue>(2);
        for (var pick = 0; pick < 2; pick++)
        {
            var best = -1;
            for (var t = 0; t < tokens; t++)
            {
                if (weight[t] > 0.25f && (best < 0 || weight[t] > weight[best]))
                {
                    best = t;
                }
            }

            if (best < 0)
            {
                break;
            }

            learned.Add(new EmotionCue(best, best + 1, modelClass, false, false));
            weight[best] = 0;
        }

        learned.AddRange(result);
        return learned;
    }

    private static bool HasCue(List<EmotionCue>? cues, string modelClass)
    {
        if (cues is null)
        {
            return false;
        }

        foreach (var c in cues)
        {
            if (c.ModelClass == modelClass && !c.Negated)
            {
                return true;
            }
        }

        return false;
    }

    private static double Emphasis(TokenizedText text)
    {
        var bangs = 0;
        var caps = false;
        foreach (var t in text.Tokens)
        {
            if (t.Quoted)
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                foreach (var ch in text.Text.AsSpan(t.Start, t.Length))
                {
                    bangs += ch == '!' ? 1 : 0;
                }
            }
            else if (t.Kind == TokenKind.Word && t.Length > 1 && !caps)
            {
                caps = IsAllCaps(text.Text.AsSpan(t.Start, t.Length));
            }
        }

        return 1 + (0.1 * Math.Min(bangs, 3)) + (caps ? 0.15 : 0);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static EmotionModel LoadEmbedded()
    {
        var assembly = typeof(EmotionAnalyzer).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("Emotion.emotion_model.bin", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The embedded emotion model (emotion_model.bin) is missing from the build.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return EmotionModel.Load(stream);
    }
}
