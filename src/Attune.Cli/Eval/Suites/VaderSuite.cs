using System.Globalization;
using Attune.Analysis.Text.Detectors.Sentiment;
using Attune.Analysis.Text.Tokens;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// <c>vader.&lt;corpus&gt;.sentiment</c>: 3-class macro-F1 on the human-rated corpora of the VADER
/// paper (Hutto &amp; Gilbert 2014), one task per <c>*_GroundTruth.txt</c> found under the folder
/// (lines <c>id \t mean rating -4..+4 \t text</c>); the corpus name is the file name's leading
/// lower-case word (tweets, movie, amazon, nyt). As in the paper, truth and prediction are
/// classed with the same ±0.05 thresholds: the truth after scaling the mean rating to -1..+1
/// (divided by 4), the prediction on the compound score of the tokenised text (the path the
/// <c>customer.sentiment</c> detector takes).
/// </summary>
public sealed class VaderSuite : IEvalSuite
{
    private static readonly string[] Labels = ["negative", "neutral", "positive"];

    public string Folder => "vader";

    public IReadOnlyList<string> Tasks { get; } =
        ["vader.tweets.sentiment", "vader.movie.sentiment", "vader.amazon.sentiment", "vader.nyt.sentiment"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var file in Directory.EnumerateFiles(folder, "*_GroundTruth.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var corpus = CorpusName(Path.GetFileName(file));
            var counter = new ConfusionCounter();
            foreach (var (truth, text) in Read(file))
            {
                if (context.Limit > 0 && counter.Total >= context.Limit)
                {
                    break;
                }

                var predicted = SentimentAnalyzer.Score(Tokenizer.Tokenize(text));
                counter.Add(SentimentScore.LabelFor(truth / 4), predicted.Label);
            }

            yield return EvalTaskResult.Macro($"vader.{corpus}.sentiment", counter, Labels,
                $"{Path.GetFileName(file)}: truth = mean rating / 4, both classed at ±0.05; accuracy {counter.Accuracy:0.000}, weighted-F1 {counter.WeightedF1(Labels):0.000}");
        }
    }

    /// <summary>"movieReviewSnippets_GroundTruth.txt" → "movie"; "tweets_GroundTruth.txt" → "tweets".</summary>
    internal static string CorpusName(string fileName)
    {
        var end = 0;
        while (end < fileName.Length && char.IsLower(fileName[end]))
        {
            end++;
        }

        return end == 0 ? fileName[..fileName.IndexOf('_', StringComparison.Ordinal)].ToLowerInvariant() : fileName[..end];
    }

    internal static IEnumerable<(double Truth, string Text)> Read(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t', 3);
            if (parts.Length < 3 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var truth))
            {
                throw new InvalidDataException($"{path}:{number}: expected 'id<TAB>mean rating<TAB>text'.");
            }

            yield return (truth, parts[2].TrimEnd('\r'));
        }
    }
}
