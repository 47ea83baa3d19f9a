using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// Trains an <see cref="EmotionModel"/>: softmax regression with AdaGrad (Duchi et al. 2011)
/// on soft targets, so a text with several gold emotions spreads its target evenly over them
/// (GoEmotions is multi-label). Deterministic for a given seed. Kept in the core library so
/// the training and run-time feature code can never drift apart.
/// </summary>
public static class EmotionModelTrainer
{
    /// <summary>Trains on (text, gold class indices) pairs; every text needs at least one class.</summary>
    public static EmotionModel Train(IReadOnlyList<(string Text, int[] Classes)> rows, IReadOnlyList<string> classes, EmotionTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(classes);
        options ??= new EmotionTrainingOptions();
        var k = classes.Count;
        if (k < 2)
        {
            throw new ArgumentException("At least two classes are needed.", nameof(classes));
        }

        // 1. features of every row, and how many rows each feature occurs in
        var hashed = new ulong[rows.Count][];
        var frequency = new Dictionary<ulong, int>();
        var seen = new HashSet<ulong>();
        for (var i = 0; i < rows.Count; i++)
        {
            var tokens = Tokenizer.Tokenize(rows[i].Text);
            var max = EmotionFeatures.MaxCount(tokens);
            var h = new ulong[max];
            var n = EmotionFeatures.Extract(tokens, h, new int[max]);
            seen.Clear();
            var list = new List<ulong>(n);
            for (var j = 0; j < n; j++)
            {
                if (seen.Add(h[j]))
                {
                    list.Add(h[j]);
                    frequency[h[j]] = frequency.GetValueOrDefault(h[j]) + 1;
                }
            }

            hashed[i] = [.. list];
        }

        var index = new Dictionary<ulong, int>();
        foreach (var (hash, count) in frequency.OrderBy(p => p.Key))
        {
            if (count >= options.MinCount)
            {
                index[hash] = index.Count;
            }
        }

        var features = new int[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            var list = new List<int>(hashed[i].Length);
            foreach (var h in hashed[i])
            {
                if (index.TryGetValue(h, out var row))
                {
                    list.Add(row);
                }
            }

            features[i] = [.. list];
        }

        // 2. AdaGrad on the softmax cross-entropy
        var weights = new double[index.Count * k];
        var squares = new double[index.Count * k];
        var bias = new double[k];
        var biasSquares = new double[k];
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(options.Seed);
        var p = new double[k];
        var target = new double[k];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var gold = rows[i].Classes;
                if (gold.Length == 0)
                {
                    continue;
                }

                var f = features[i];
                for (var c = 0; c < k; c++)
                {
                    var s = bias[c];
                    foreach (var row in f)
                    {
                        s += weights[(row * k) + c];
                    }

                    p[c] = s;
                }

                Softmax(p);
                Array.Clear(target);
                foreach (var g in gold)
                {
                    target[g] += 1.0 / gold.Length;
                }

                for (var c = 0; c < k; c++)
                {
                    var g = p[c] - target[c];
                    biasSquares[c] += g * g;
                    bias[c] -= options.LearningRate * g / Math.Sqrt(biasSquares[c] + 1e-8);
                    foreach (var row in f)
                    {
                        var at = (row * k) + c;
                        var gw = g + (options.L2 * weights[at]);
                        squares[at] += gw * gw;
                        weights[at] -= options.LearningRate * gw / Math.Sqrt(squares[at] + 1e-8);
                    }
                }
            }
        }

        // 3. drop features that barely move any class
        var kept = new Dictionary<ulong, int>();
        var keptWeights = new List<float>();
        foreach (var (hash, row) in index)
        {
            var big = false;
            for (var c = 0; c < k; c++)
            {
                big |= Math.Abs(weights[(row * k) + c]) >= options.PruneBelow;
            }

            if (!big)
            {
                continue;
            }

            kept[hash] = kept.Count;
            for (var c = 0; c < k; c++)
            {
                keptWeights.Add((float)weights[(row * k) + c]);
            }
        }

        return new EmotionModel([.. classes], kept, [.. keptWeights], [.. bias.Select(b => (float)b)]);
    }

    /// <summary>
    /// Shifts the class biases to maximise macro-F1 over the model's classes on held-out rows
    /// (coordinate search, steps of 0.1 in -2..+2, three rounds; a prediction counts as right
    /// when it is one of the row's gold classes). Imbalanced training data (a third of
    /// GoEmotions is neutral) otherwise starves the rare emotions. The shift is applied to the
    /// model and returned (to carry over to a model retrained on all rows) with the held-out macro-F1.
    /// </summary>
    public static (double MacroF1, float[] Shift) TuneBiases(EmotionModel model, IReadOnlyList<(string Text, int[] Classes)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        var k = model.Classes.Count;
        var logits = new float[heldOut.Count][];
        for (var i = 0; i < heldOut.Count; i++)
        {
            logits[i] = new float[k];
            model.AddLogits(Tokenizer.Tokenize(heldOut[i].Text), logits[i]);
        }

        var shift = new float[k];
        var best = MacroF1(heldOut, logits, shift, k);
        for (var round = 0; round < 3; round++)
        {
            for (var c = 0; c < k; c++)
            {
                var keep = shift[c];
                for (var step = -20; step <= 20; step++)
                {
                    shift[c] = step / 10f;
                    var f = MacroF1(heldOut, logits, shift, k);
                    if (f > best + 1e-9)
                    {
                        best = f;
                        keep = shift[c];
                    }
                }

                shift[c] = keep;
            }
        }

        model.ShiftBiases(shift);
        return (best, shift);
    }

    private static double MacroF1(IReadOnlyList<(string Text, int[] Classes)> rows, float[][] logits, float[] shift, int k)
    {
        var tp = new int[k];
        var fp = new int[k];
        var fn = new int[k];
        for (var i = 0; i < rows.Count; i++)
        {
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                if (logits[i][c] + shift[c] > logits[i][best] + shift[best])
                {
                    best = c;
                }
            }

            var gold = rows[i].Classes;
            if (Array.IndexOf(gold, best) >= 0)
            {
                tp[best]++;
            }
            else
            {
                fp[best]++;
                fn[gold[0]]++;
            }
        }

        double sum = 0;
        for (var c = 0; c < k; c++)
        {
            sum += tp[c] == 0 ? 0 : 2.0 * tp[c] / ((2.0 * tp[c]) + fp[c] + fn[c]);
        }

        return sum / k;
    }

    internal static void Softmax(Span<double> v)
    {
        var max = double.NegativeInfinity;
        foreach (var x in v)
        {
            max = Math.Max(max, x);
        }

        double sum = 0;
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = Math.Exp(v[i] - max);
            sum += v[i];
        }

        for (var i = 0; i < v.Length; i++)
        {
            v[i] /= sum;
        }
    }
}
