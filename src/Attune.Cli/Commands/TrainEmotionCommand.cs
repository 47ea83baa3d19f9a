using System.ComponentModel;
using System.Globalization;
using Attune.Analysis.Text.Detectors.Emotion;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune train-emotion` (hidden): trains the emotion model that ships embedded in the core
/// library, from GoEmotions only (Demszky et al. 2020, Apache-2.0, "may ship"). It reads
/// <c>original/train.tsv</c> and <c>original/labels.txt</c> (27 emotions + neutral), folds the
/// 28 labels into the model's classes (<see cref="ClassOf"/>), trains on 90% of the rows, tunes
/// the class biases on the other 10%, then retrains on all rows and keeps the tuned biases.
/// The dev split is never read, so it stays a fair test. Reproduce the shipped model with:
/// <code>./attune train-emotion --data /path/to/goemotions --out src/Attune.Analysis/Text/Detectors/Emotion/emotion_model.bin</code>
/// </summary>
public sealed class TrainEmotionCommand : Command<TrainEmotionCommand.Settings>
{
    /// <summary>
    /// The model's classes: Ekman's six as GoEmotions groups them, with the labels that are
    /// stances rather than felt emotions kept apart (approval from joy, disapproval from anger,
    /// curiosity and confusion from surprise), so that "No, that's not right" is not anger and
    /// "Yes, that's correct" is not joy, while the Ekman grouping can still be rebuilt.
    /// </summary>
    internal static readonly string[] Classes =
        ["anger", "disapproval", "disgust", "fear", "joy", "approval", "sadness", "surprise", "curiosity", "confusion", "neutral"];

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>")]
        [Description("The goemotions folder (with original/train.tsv and original/labels.txt).")]
        public string Data { get; init; } = "../shared/data/goemotions";

        [CommandOption("--out <FILE>")]
        [Description("Where to write the model.")]
        public string Out { get; init; } = "src/Attune.Analysis/Text/Detectors/Emotion/emotion_model.bin";
    }

    /// <summary>
    /// GoEmotions label → model class, following GoEmotions' published Ekman mapping
    /// (ekman_mapping.json) except for the stance labels kept apart (see <see cref="Classes"/>).
    /// </summary>
    internal static string ClassOf(string goEmotion) => goEmotion switch
    {
        "anger" or "annoyance" => "anger",
        "disapproval" => "disapproval",
        "approval" => "approval",
        "disgust" => "disgust",
        "fear" or "nervousness" => "fear",
        "sadness" or "disappointment" or "embarrassment" or "grief" or "remorse" => "sadness",
        "surprise" or "realization" => "surprise",
        "curiosity" => "curiosity",
        "confusion" => "confusion",
        "neutral" => "neutral",
        _ => "joy", // joy, amusement, excitement, gratitude, love, optimism, relief, pride, admiration, desire, caring
    };

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var train = Path.Combine(settings.Data, "original", "train.tsv");
        var labels = Path.Combine(settings.Data, "original", "labels.txt");
        if (!File.Exists(train) || !File.Exists(labels))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] expected {train} and {labels} (GoEmotions, original taxonomy).");
            return 2;
        }

        var rows = Read(train, File.ReadAllLines(labels));
        var random = new Random(17);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        random.Shuffle(order);
        var cut = rows.Count / 10;
        var heldOut = order.Take(cut).Select(i => rows[i]).ToList();
        var fit = order.Skip(cut).Select(i => rows[i]).ToList();
        var options = new EmotionTrainingOptions();

        var probe = EmotionModelTrainer.Train(fit, Classes, options);
        var (heldOutF1, shift) = EmotionModelTrainer.TuneBiases(probe, heldOut);
        var model = EmotionModelTrainer.Train(rows, Classes, options);
        model.ShiftBiases(shift);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        using (var stream = File.Create(settings.Out))
        {
            model.Save(stream);
        }

        AnsiConsole.MarkupLineInterpolated(
            $"trained on {rows.Count} texts, {model.FeatureCount} features; held-out macro-F1 over {Classes.Length} classes {heldOutF1.ToString("0.000", CultureInfo.InvariantCulture)}; wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024} KiB)");
        return 0;
    }

    internal static List<(string Text, int[] Classes)> Read(string path, string[] labelNames)
    {
        var rows = new List<(string, int[])>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{path}:{number}: expected 'text<TAB>label ids<TAB>id'.");
            }

            var classes = new List<int>(2);
            foreach (var id in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var k = Array.IndexOf(Classes, ClassOf(labelNames[int.Parse(id, CultureInfo.InvariantCulture)].Trim()));
                if (!classes.Contains(k))
                {
                    classes.Add(k);
                }
            }

            if (classes.Count > 0)
            {
                rows.Add((parts[0], [.. classes]));
            }
        }

        return rows;
    }
}
