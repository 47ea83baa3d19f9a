using System.Globalization;
using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// EPITOME (Sharma, Miner, Atkins &amp; Althoff, EMNLP 2020), Reddit portion: each support response
/// is rated 0/1/2 for each of three empathy mechanisms in its own CSV
/// (sp_id, rp_id, seeker_post, response_post, level, rationales). Each item becomes a two-turn
/// conversation — the seeker post as the customer turn, the response as the advisor turn — run
/// through the whole analysis; the item is predicted positive when the response gets an
/// <c>empathy.statement</c> of the matching mechanism. Truth is level ≥ 1 (weak or strong), as in
/// issue 2; the figure is F1 of the positive class, accuracy is in the note.
/// Every CSV whose name contains the mechanism's file stem is read, so other splits laid out the
/// same way are picked up too.
/// </summary>
public sealed class EpitomeSuite : IEvalSuite
{
    private const string None = "none";

    private static readonly (string Task, string FileStem, string Mechanism)[] Mechanisms =
    [
        ("epitome.emotional_reactions", "emotional-reactions", EmpathyMechanism.EmotionalReaction),
        ("epitome.interpretations", "interpretations", EmpathyMechanism.Interpretation),
        ("epitome.explorations", "explorations", EmpathyMechanism.Exploration),
    ];

    public string Folder => "epitome";

    public IReadOnlyList<string> Tasks { get; } = [.. Mechanisms.Select(m => m.Task)];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (task, stem, mechanism) in Mechanisms)
        {
            var files = Directory.GetFiles(folder, "*.csv")
                .Where(f => Path.GetFileName(f).Contains(stem, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                context.Log($"{task}: no *{stem}*.csv in {folder}, skipped");
                continue;
            }

            var counter = new ConfusionCounter();
            foreach (var file in files)
            {
                foreach (var row in CsvRows.Read(file))
                {
                    if (context.Limit > 0 && counter.Total >= context.Limit)
                    {
                        break;
                    }

                    if (!row.TryGetValue("level", out var levelText) || !int.TryParse(levelText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
                    {
                        continue;
                    }

                    var seeker = row.GetValueOrDefault("seeker_post") ?? "";
                    var response = row.GetValueOrDefault("response_post") ?? "";
                    var truth = level >= 1 ? mechanism : None;
                    counter.Add(truth, Predict(seeker, response, mechanism) ? mechanism : None);
                }
            }

            var positive = counter.For(mechanism);
            yield return EvalTaskResult.Binary(task, counter, mechanism, None,
                string.Create(CultureInfo.InvariantCulture,
                    $"level>=1 vs 0; accuracy {counter.Accuracy:0.000}; precision {positive.Precision:0.000}, recall {positive.Recall:0.000}; {files.Count} file(s)"));
        }
    }

    /// <summary>True when the response (turn 1) carries an empathy statement of the mechanism.</summary>
    internal static bool Predict(string seeker, string response, string mechanism)
    {
        var conversation = new Conversation
        {
            Turns =
            [
                new Turn { Party = Party.Customer, Text = seeker },
                new Turn { Party = Party.Advisor, Text = response },
            ],
        };
        foreach (var f in Analyzer.Analyze(conversation).Findings)
        {
            if (f.Turn == 1 && f.Signal == Signals.EmpathyStatement && EmpathyMechanism.Shows(f.Label, mechanism))
            {
                return true;
            }
        }

        return false;
    }
}
