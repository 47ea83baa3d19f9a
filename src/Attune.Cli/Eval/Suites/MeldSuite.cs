using Attune.Analysis.Text.Detectors.Emotion;
using Attune.Analysis.Text.Detectors.Sentiment;
using Attune.Analysis.Text.Tokens;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// MELD (Poria et al. 2019) and EmoryNLP (Zahiri &amp; Choi 2018), utterances of the TV series
/// Friends, each analysed on its own:
/// <list type="bullet">
/// <item><c>meld.emotion</c>: weighted-F1 over MELD's seven labels (every <c>*.csv</c> under a
/// folder named MELD: Utterance, Emotion), the metric the MELD and COSMIC papers report;</item>
/// <item><c>meld.sentiment</c>: 3-class macro-F1 of <c>customer.sentiment</c> against MELD's
/// Sentiment column (the VADER ±0.05 thresholds);</item>
/// <item><c>emorynlp.emotion</c>: weighted-F1 over EmoryNLP's seven labels (every <c>*.csv</c>
/// under emorynlp/). Joyful ← joy, Mad ← anger/disgust, Sad ← sadness, Scared ← fear, Neutral ←
/// the rest; Peaceful and Powerful have no counterpart and are never predicted.</item>
/// </list>
/// </summary>
public sealed class MeldSuite : IEvalSuite
{
    private static readonly string[] MeldLabels = ["anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"];
    private static readonly string[] Sentiments = ["negative", "neutral", "positive"];
    private static readonly string[] EmoryLabels = ["Joyful", "Mad", "Neutral", "Peaceful", "Powerful", "Sad", "Scared"];

    public string Folder => "meld";

    public IReadOnlyList<string> Tasks { get; } = ["meld.emotion", "meld.sentiment", "emorynlp.emotion"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var meld = Files(folder, "meld");
        if (meld.Count > 0)
        {
            var emotion = new ConfusionCounter();
            var product = new ConfusionCounter();
            var sentiment = new ConfusionCounter();
            foreach (var file in meld)
            {
                foreach (var row in CsvRows.Read(file))
                {
                    if (context.Limit > 0 && emotion.Total >= context.Limit)
                    {
                        break;
                    }

                    var text = row.GetValueOrDefault("Utterance") ?? "";
                    var tokens = Tokenizer.Tokenize(text);
                    var result = EmotionAnalyzer.Analyze(tokens);
                    var truth = (row.GetValueOrDefault("Emotion") ?? "").Trim().ToLowerInvariant();
                    emotion.Add(truth, EmotionMapping.BasicEmotion(result.ModelClass));
                    product.Add(truth, EmotionMapping.ProductEkman(result.Emotion));
                    var gold = (row.GetValueOrDefault("Sentiment") ?? "").Trim().ToLowerInvariant();
                    if (gold.Length > 0)
                    {
                        sentiment.Add(gold, SentimentAnalyzer.Score(tokens).Label);
                    }
                }
            }

            yield return EvalTaskResult.Weighted("meld.emotion", emotion, MeldLabels,
                $"{string.Join(", ", meld.Select(Path.GetFileName))}; macro-F1 {emotion.MacroF1(MeldLabels):0.000}; product label only {product.WeightedF1(MeldLabels):0.000}");
            if (sentiment.Total > 0)
            {
                yield return EvalTaskResult.Macro("meld.sentiment", sentiment, Sentiments, $"compound ±0.05; accuracy {sentiment.Accuracy:0.000}");
            }
        }

        var emory = Files(folder, "emorynlp");
        if (emory.Count > 0)
        {
            var counter = new ConfusionCounter();
            foreach (var file in emory)
            {
                foreach (var row in CsvRows.Read(file))
                {
                    if (context.Limit > 0 && counter.Total >= context.Limit)
                    {
                        break;
                    }

                    var result = EmotionAnalyzer.Analyze(row.GetValueOrDefault("Utterance") ?? "");
                    counter.Add((row.GetValueOrDefault("Emotion") ?? "").Trim(), Emory(result.ModelClass));
                }
            }

            yield return EvalTaskResult.Weighted("emorynlp.emotion", counter, EmoryLabels,
                $"{string.Join(", ", emory.Select(Path.GetFileName))}; macro-F1 {counter.MacroF1(EmoryLabels):0.000}; Peaceful and Powerful are never predicted");
        }
    }

    private static string Emory(string modelClass) => modelClass switch
    {
        "joy" => "Joyful",
        "anger" or "disgust" => "Mad",
        "sadness" => "Sad",
        "fear" => "Scared",
        _ => "Neutral",
    };

    /// <summary>CSV files under a sub-folder whose name matches (case-insensitive), in a stable order.</summary>
    private static List<string> Files(string folder, string name)
    {
        var result = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
        {
            if (string.Equals(Path.GetFileName(dir), name, StringComparison.OrdinalIgnoreCase))
            {
                result.AddRange(Directory.EnumerateFiles(dir, "*.csv"));
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }
}
