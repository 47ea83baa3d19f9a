using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// <c>dailydialog.emotion</c> (Li et al. 2017): every split folder's
/// <c>dialogues_&lt;split&gt;.txt</c> (utterances separated by <c>__eou__</c>) with its
/// <c>dialogues_emotion_&lt;split&gt;.txt</c> (one label per utterance: 0 none, 1 anger,
/// 2 disgust, 3 fear, 4 happiness, 5 sadness, 6 surprise). Each utterance is analysed on its
/// own. Macro-F1 over the six emotions, excluding none as a class but keeping its utterances
/// (a predicted emotion on a "none" utterance is a false positive), as in the COSMIC paper;
/// micro-F1 on the same terms is in the note. A dialogue whose label count differs from its
/// utterance count (one in train, an upstream fault) is skipped and counted in the note.
/// </summary>
public sealed class DailyDialogSuite : IEvalSuite
{
    private static readonly string[] Names = ["none", "anger", "disgust", "fear", "happiness", "sadness", "surprise"];
    private static readonly string[] Emotions = ["anger", "disgust", "fear", "happiness", "sadness", "surprise"];

    public string Folder => "dailydialog";

    public IReadOnlyList<string> Tasks { get; } = ["dailydialog.emotion"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var counter = new ConfusionCounter();
        var product = new ConfusionCounter();
        var skipped = 0;
        var pairs = new List<(string, string)>();
        var splits = new List<string>();
        foreach (var labelsFile in Directory.EnumerateFiles(folder, "dialogues_emotion_*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var split = Path.GetFileNameWithoutExtension(labelsFile)["dialogues_emotion_".Length..];
            var textFile = Path.Combine(Path.GetDirectoryName(labelsFile)!, $"dialogues_{split}.txt");
            if (!File.Exists(textFile))
            {
                context.Log($"dailydialog: {textFile} missing, split '{split}' skipped");
                continue;
            }

            splits.Add(split);
            foreach (var (utterances, labels) in Read(textFile, labelsFile))
            {
                if (utterances.Length != labels.Length)
                {
                    skipped++;
                    continue;
                }

                for (var i = 0; i < utterances.Length; i++)
                {
                    if (context.Limit > 0 && counter.Total >= context.Limit)
                    {
                        break;
                    }

                    var truth = Names[labels[i]];
                    var result = EmotionAnalyzer.Analyze(utterances[i]);
                    var predicted = ToLabel(EmotionMapping.BasicEmotion(result.ModelClass));
                    counter.Add(truth, predicted);
                    pairs.Add((truth, predicted));
                    product.Add(truth, ToLabel(EmotionMapping.ProductEkman(result.Emotion)));
                }
            }
        }

        yield return EvalTaskResult.Macro("dailydialog.emotion", counter, Emotions,
            $"splits: {string.Join(", ", splits)}; micro-F1 over the six {MicroF1(pairs):0.000}; product label only {product.MacroF1(Emotions):0.000}; dialogues skipped for label/utterance mismatch: {skipped}");
    }

    private static string ToLabel(string ekman) => ekman switch
    {
        "joy" => "happiness",
        "neutral" => "none",
        _ => ekman,
    };

    /// <summary>Micro-F1 over the emotion classes only: 2·TP / (2·TP + FP + FN), "none" being neither.</summary>
    private static double MicroF1(List<(string Truth, string Predicted)> pairs)
    {
        double tp = 0, fp = 0, fn = 0;
        foreach (var (truth, predicted) in pairs)
        {
            var truthIsEmotion = truth != "none";
            var predictedEmotion = predicted != "none";
            if (predictedEmotion && predicted == truth)
            {
                tp++;
                continue;
            }

            fp += predictedEmotion ? 1 : 0;
            fn += truthIsEmotion ? 1 : 0;
        }

        return tp == 0 ? 0 : 2 * tp / ((2 * tp) + fp + fn);
    }

    internal static IEnumerable<(string[] Utterances, int[] Labels)> Read(string textFile, string labelsFile)
    {
        using var texts = new StreamReader(textFile);
        using var labels = new StreamReader(labelsFile);
        var number = 0;
        while (texts.ReadLine() is { } line)
        {
            number++;
            var labelLine = labels.ReadLine() ?? throw new InvalidDataException($"{labelsFile}: fewer lines than {textFile} (line {number}).");
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var utterances = line.Split("__eou__").Select(u => u.Trim()).Where(u => u.Length > 0).ToArray();
            var ids = labelLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parsed = new int[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!int.TryParse(ids[i], out parsed[i]) || parsed[i] is < 0 or > 6)
                {
                    throw new InvalidDataException($"{labelsFile}:{number}: emotion '{ids[i]}' is not 0-6.");
                }
            }

            yield return (utterances, parsed);
        }
    }
}
