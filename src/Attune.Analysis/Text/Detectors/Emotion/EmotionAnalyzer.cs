using Attune.Analysis.Text.Detectors.Sentiment;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// Customer emotion of one text: a learned model for breadth plus a cue lexicon for the
/// contact centre, both negation- and quotation-aware.
/// <list type="number">
/// <item>The <see cref="EmotionModel"/> (softmax regression on word and bigram features,
/// trained on GoEmotions only: Demszky et al. 2020, Apache-2.0) scores its classes.</item>
/// <item>Each cue of <c>emotion_cues.lex.txt</c> found in the text (the longest at a word; emoji
/// too) adds its weight to its class; a negated cue ("I'm not upset", "it's not that I don't
/// understand": a negator up to three words before, within the clause) subtracts it. A cue after
/// "but" counts 1.5 times; a hypothetical one ("I'd be furious") or one echoed as a question and
/// denied ("Worried? No.") not at all. Quoted words match neither the model nor the cues.</item>
/// <item>The most probable class names the emotion (<see cref="EmotionLabels.FromModelClass"/>),
/// except: a firm cue (summed weight <see cref="OverrideSupport"/>) overrules a neutral, stance or
/// unbacked reading; a decisive one (<see cref="DecisiveSupport"/>: sarcasm, apologising for an
/// outburst) overrules anything; a class under <see cref="MinProbability"/> with no cue behind it
/// is neutral, and so is one under <see cref="MinProbabilityOverBusiness"/> in a request or an
/// identification. A turn left neutral whose sentiment is at or below
/// -<see cref="NegativeValence"/> takes the negative class the model scores highest, mildly.</item>
/// <item>Intensity = the larger of the summed probability of the classes shown as that emotion
/// and the cues' own strength (strongest cue weight / 3, more after "absolutely", less after "a
/// bit", plus a quarter of each further cue), raised by 10% per exclamation mark (up to three)
/// and 15% for a word in capitals, capped at 1; 0 for neutral.</item>
/// </list>
/// Measured on GoEmotions dev, DailyDialog and MELD by <c>attune eval</c> (goemotions.ekman,
/// dailydialog.emotion, meld.emotion); each rule above was kept only when it did not lower them
/// beyond noise, and the contact-centre readings of samples/ are checked in the tests.
/// </summary>
public static partial class EmotionAnalyzer
{
    private const int StackFeatures = 512;

    /// <summary>
    /// Least probability for an emotion the cue lexicon does not support. 0.3 measured best of
    /// 0 / 0.3 / 0.4 over GoEmotions dev, DailyDialog and MELD together (goemotions.ekman dev
    /// 0.538 → 0.543, dailydialog.emotion 0.163 → 0.171, meld.emotion 0.419 → 0.418; 0.4 lost
    /// on three of four), and it keeps a weak guess from labelling a plain turn.
    /// </summary>
    internal const float MinProbability = 0.3f;

    /// <summary>
    /// Least summed weight of the unnegated cues of an emotion for it to win over a neutral,
    /// stance or unbacked reading of the model: one firm cue (weight 2 and up: "livid", "fed up",
    /// "can't cope") or a mild one and another; a mild or ambiguous cue alone ("what if", "joke",
    /// "on hold") only adds to the model's score. 1.5 cost goemotions.ekman 0.003 on Reddit's
    /// third-person uses of ambiguous words ("people who had theirs stolen").
    /// </summary>
    internal const float OverrideSupport = 2f;

    /// <summary>
    /// Least probability for an emotion no cue supports in a turn the lexicon reads as the
    /// business of the call ("I want to cancel my broadband", "her name's Susan"): the model,
    /// trained on Reddit, finds sadness or anxiety in plain requests.
    /// </summary>
    internal const float MinProbabilityOverBusiness = 0.5f;

    /// <summary>
    /// Probability from which a joy the model found by itself (no cue at all) stands against a
    /// firm cue of another emotion. The model reads praise well, and letting every joy give way
    /// cost goemotions.ekman 0.002 on ironic Reddit comments (0.5422 against 0.5439); a hesitant
    /// joy ("I want to make a formal complaint": desire) gives way, and so does a joy that only a
    /// thanks formula backs ("Thank you. It's all been a bit much").
    /// </summary>
    internal const float JoyHeld = 0.5f;

    /// <summary>
    /// Sentiment (VADER compound) at or below minus this makes a turn the model reads as plainly
    /// neutral a mild negative emotion (<see cref="Analyze(TokenizedText, double)"/>). Measured
    /// 0.3 / 0.4 / 0.5 / 0.6 / 0.7, and applied to the stance classes too: 0.5, on "neutral" only,
    /// was the one that lowered no set (goemotions.ekman 0.5447 → 0.5445, goemotions.group 0.612 →
    /// 0.615, dailydialog.emotion 0.1731 → 0.1736, meld.emotion 0.420 → 0.424); lower thresholds
    /// or the stances too raised MELD more but cost GoEmotions and DailyDialog up to 0.02.
    /// </summary>
    public const double NegativeValence = 0.5;

    /// <summary>Summed cue weight that decides the class whatever the model reads (weight 3 in the lexicon: sarcasm and the like).</summary>
    internal const float DecisiveSupport = 3f;

    /// <summary>The embedded model, loaded once.</summary>
    internal static EmotionModel Model { get; } = LoadEmbedded();

    /// <summary>The model's class names (anger, disgust, fear, joy, sadness, surprise, curiosity, confusion, neutral).</summary>
    public static IReadOnlyList<string> ModelClasses => Model.Classes;

    public static EmotionResult Analyze(string text) => Analyze(Tokenizer.Tokenize(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>The emotion of a tokenised text; its sentiment is computed here (<see cref="SentimentAnalyzer"/>).</summary>
    public static EmotionResult Analyze(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text, SentimentAnalyzer.Score(text).Compound);
    }

    /// <summary>
    /// The emotion of a tokenised text whose sentiment (the VADER compound of
    /// <see cref="SentimentAnalyzer"/>, -1..+1) is already known, as in a conversation where
    /// <c>customer.sentiment</c> scored the turn first.
    /// </summary>
    public static EmotionResult Analyze(TokenizedText text, double valence)
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

        Span<float> support = stackalloc float[k]; // summed weight of the unnegated cues, per class
        Span<float> strongest = stackalloc float[k]; // intensity of the strongest unnegated cue, per class
        Span<float> others = stackalloc float[k]; // summed intensity of the other unnegated cues, per class
        var neutral = model.ClassIndex("neutral");
        var cues = AddCues(text, neutral, logits, support, strongest, others);

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

        top = Decide(model.Classes, top, logits, p[top] / sum, support, neutral);
        var inferred = false;
        if (top == neutral && valence <= -NegativeValence && support[neutral] < OverrideSupport)
        {
            // A plainly negative turn is not "no emotion": with nothing in the lexicon to say
            // otherwise, the negative class the model scores highest names it, mildly.
            top = MostNegative(model.Classes, logits);
            inferred = true;
        }

        var modelClass = model.Classes[top];
        var emotion = EmotionLabels.FromModelClass(modelClass);
        double intensity = 0;
        if (emotion != EmotionLabels.Neutral)
        {
            // The model's probability for the emotion, or what its cues say when they say more
            // ("absolutely livid" is strong whatever the model's share): the strongest cue plus a
            // quarter of each further one.
            float share = 0;
            float cue = 0;
            for (var c = 0; c < k; c++)
            {
                if (EmotionLabels.FromModelClass(model.Classes[c]) == emotion)
                {
                    share += p[c];
                    cue = Math.Max(cue, strongest[c] + (0.25f * others[c]));
                }
            }

            if (inferred)
            {
                cue = Math.Max(cue, (float)(-valence / 2)); // inferred from the sentiment: half its strength
            }

            intensity = Math.Min(1, Math.Max(share / sum, cue) * Emphasis(text));
        }

        var evidence = OrderCues(text, cues, modelClass, top, rows, tokenOf[..n]);
        return new EmotionResult(emotion, Math.Round(intensity, 3), modelClass, Math.Round(p[top] / sum, 3), evidence, inferred);
    }

    /// <summary>The class a text is labelled with: the model's best unless the cues say otherwise (see the class summary).</summary>
    private static int Decide(IReadOnlyList<string> classes, int top, ReadOnlySpan<float> logits, float probability,
        ReadOnlySpan<float> support, int neutral)
    {
        var k = classes.Count;

        // A stated feeling is not outvoted by a reading the lexicon does not back. When the
        // model's best class shows as no emotion, or is an emotion with no firm cue behind it,
        // a firm cue for an emotion decides: "No phone call, no text, nothing. I'm absolutely
        // livid" (approval by the model) is frustration; "Sorry, you've lost me there" (sadness,
        // from "sorry") is confusion; "Thank you. It's all been a bit much" (joy, from the
        // thanks, a formula) is distress. Only a confident joy the model found by itself, with
        // no cue at all, stands (JoyHeld).
        if (EmotionLabels.FromModelClass(classes[top]) == EmotionLabels.Neutral
            || (support[top] < OverrideSupport && (top != Model.ClassIndex("joy") || support[top] > 0 || probability < JoyHeld)))
        {
            var best = -1;
            for (var c = 0; c < k; c++)
            {
                if (support[c] >= OverrideSupport && EmotionLabels.FromModelClass(classes[c]) != EmotionLabels.Neutral
                    && (best < 0 || logits[c] > logits[best]))
                {
                    best = c;
                }
            }

            top = best >= 0 ? best : top;
        }

        // A decisive cue (sarcasm, "thanks for nothing"; a customer apologising for an outburst)
        // says what the words it is made of do not, so it wins over any reading of them.
        for (var c = 0; c < k; c++)
        {
            if (support[c] >= DecisiveSupport && support[c] > support[top])
            {
                top = c;
            }
        }

        // A weak guess is no emotion: below MinProbability a class needs a lexicon cue behind it;
        // below MinProbabilityOverBusiness when the turn is plainly about the business of the
        // call (a request, an identification: a firm neutral cue) and no cue backs the emotion.
        if (top != neutral && neutral >= 0 && support[top] <= 0
            && (probability < MinProbability || (support[neutral] >= OverrideSupport && probability < MinProbabilityOverBusiness)))
        {
            top = neutral;
        }

        return top;
    }

    /// <summary>Of anger, disgust, fear and sadness, the class with the highest score.</summary>
    private static int MostNegative(IReadOnlyList<string> classes, ReadOnlySpan<float> logits)
    {
        var best = -1;
        for (var c = 0; c < classes.Count; c++)
        {
            if (classes[c] is "anger" or "disgust" or "fear" or "sadness" && (best < 0 || logits[c] > logits[best]))
            {
                best = c;
            }
        }

        return best;
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
