using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// GoEmotions (Demszky et al. 2020): <c>goemotions.ekman</c> (macro-F1 over Ekman's six and
/// neutral, every <c>*.tsv</c> in <c>ekman/</c>) and <c>goemotions.group</c> (macro-F1 over
/// positive, negative, ambiguous, neutral, every <c>*.tsv</c> in <c>group/</c>). Rows are
/// <c>text \t label ids \t id</c>, label names in the folder's <c>labels.txt</c>. About 16% of
/// rows carry several labels: a prediction is right when it matches any of them, otherwise it
/// is counted against the first. The emotion model was trained on GoEmotions train.tsv, so the
/// reported figure leaves train.tsv out whenever another split is present (scoring a model on
/// its own training data would flatter it); the note gives the figure per file.
/// </summary>
public sealed class GoEmotionsSuite : IEvalSuite
{
    private static readonly string[] Ekman = ["anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"];
    private static readonly string[] Groups = ["positive", "negative", "ambiguous", "neutral"];

    public string Folder => "goemotions";

    public IReadOnlyList<string> Tasks { get; } = ["goemotions.ekman", "goemotions.group"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ekman = Path.Combine(folder, "ekman");
        if (Directory.Exists(ekman))
        {
            yield return Task("goemotions.ekman", ekman, Ekman, EmotionMapping.GoEmotionsEkman, context,
                r => EmotionMapping.ProductEkman(r.Emotion));
        }

        var group = Path.Combine(folder, "group");
        if (Directory.Exists(group))
        {
            yield return Task("goemotions.group", group, Groups, EmotionMapping.GoEmotionsGroup, context, null);
        }
    }

    private static EvalTaskResult Task(string name, string folder, string[] labels, Func<string, string> map, EvalContext context,
        Func<EmotionResult, string>? product)
    {
        var names = File.ReadAllLines(Path.Combine(folder, "labels.txt")).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var all = new ConfusionCounter();
        var productCounter = new ConfusionCounter();
        var perFile = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal).ToList();
        var heldOut = files.Where(f => !IsTrainingSplit(f)).ToList();
        var scored = heldOut.Count > 0 ? heldOut : files;
        foreach (var file in files)
        {
            var inFigure = scored.Contains(file);
            var counter = new ConfusionCounter();
            foreach (var (text, gold) in Read(file, names))
            {
                if (context.Limit > 0 && all.Total >= context.Limit)
                {
                    break;
                }

                var result = EmotionAnalyzer.Analyze(text);
                var predicted = map(result.ModelClass);
                var truth = gold.Contains(predicted) ? predicted : gold[0];
                counter.Add(truth, predicted);
                if (!inFigure)
                {
                    continue;
                }

                all.Add(truth, predicted);
                if (product is not null)
                {
                    var p = product(result);
                    productCounter.Add(gold.Contains(p) ? p : gold[0], p);
                }
            }

            perFile.Add($"{Path.GetFileName(file)} {counter.MacroF1(labels):0.000} (n={counter.Total}{(inFigure ? "" : ", training split, not in the figure")})");
        }

        var note = $"model class mapped to the set's labels; any-gold-label match; per file: {string.Join(", ", perFile)}"
            + (product is null ? "" : $"; product label only (no disgust): {productCounter.MacroF1(labels):0.000}");
        return EvalTaskResult.Macro(name, all, labels, note);
    }

    /// <summary>The split the shipped emotion model was trained on (see Emotion/MODEL.md).</summary>
    private static bool IsTrainingSplit(string file) => Path.GetFileName(file).Equals("train.tsv", StringComparison.OrdinalIgnoreCase);

    internal static IEnumerable<(string Text, string[] Gold)> Read(string path, string[] names)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{path}:{number}: expected 'text<TAB>label ids<TAB>id'.");
            }

            var ids = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries);
            var gold = new string[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!int.TryParse(ids[i], out var id) || id < 0 || id >= names.Length)
                {
                    throw new InvalidDataException($"{path}:{number}: label id '{ids[i]}' is not in labels.txt.");
                }

                gold[i] = names[id];
            }

            if (gold.Length > 0)
            {
                yield return (parts[0], gold);
            }
        }
    }
}
