using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// EmpatheticIntents (Welivita &amp; Pu, COLING 2020), the gold hand-labelled listener utterances in
/// <c>manual_annotations/&lt;intent&gt;.txt</c> (one utterance per line, the file name is the intent).
/// Each utterance is analysed as an advisor turn on its own (the gold set has no context). Tasks,
/// F1 of the positive class:
/// <list type="bullet">
/// <item><c>empathetic_intents.empathy</c>: acknowledging, consoling or sympathizing vs every other intent,
/// predicted by an emotional reaction or interpretation (BEHAVIOURS.md). Encouraging, wishing and caring
/// utterances are negatives here although the detector rightly reads many of them as warmth, which caps precision;</item>
/// <item><c>empathetic_intents.sympathy</c>: sympathizing vs the rest, predicted by <c>apology.sympathy</c>;</item>
/// <item><c>empathetic_intents.exploration</c>: questioning vs the rest, predicted by an exploration.</item>
/// </list>
/// </summary>
public sealed class EmpatheticIntentsSuite : IEvalSuite
{
    private const string No = "other";

    private static readonly HashSet<string> EmpathyIntents = new(StringComparer.OrdinalIgnoreCase) { "acknowledging", "consoling", "sympathizing" };

    public string Folder => "empathetic_intents";

    public IReadOnlyList<string> Tasks { get; } = ["empathetic_intents.empathy", "empathetic_intents.sympathy", "empathetic_intents.exploration"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var gold = Path.Combine(folder, "manual_annotations");
        if (!Directory.Exists(gold))
        {
            context.Log($"empathetic_intents: no manual_annotations/ in {folder}, skipped");
            yield break;
        }

        var empathy = new ConfusionCounter();
        var sympathy = new ConfusionCounter();
        var exploration = new ConfusionCounter();
        foreach (var file in Directory.GetFiles(gold, "*.txt").Order(StringComparer.Ordinal))
        {
            var intent = Path.GetFileNameWithoutExtension(file);
            var taken = 0;
            foreach (var line in File.ReadLines(file))
            {
                var text = line.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (context.Limit > 0 && taken++ >= context.Limit)
                {
                    break;
                }

                var (isEmpathy, isSympathy, isExploration) = Predict(text);
                empathy.Add(EmpathyIntents.Contains(intent) ? "empathy" : No, isEmpathy ? "empathy" : No);
                sympathy.Add(intent.Equals("sympathizing", StringComparison.OrdinalIgnoreCase) ? "sympathy" : No, isSympathy ? "sympathy" : No);
                exploration.Add(intent.Equals("questioning", StringComparison.OrdinalIgnoreCase) ? "exploration" : No, isExploration ? "exploration" : No);
            }
        }

        yield return EvalTaskResult.Binary("empathetic_intents.empathy", empathy, "empathy", No,
            Note("acknowledging/consoling/sympathizing vs other intents; empathy.statement reaction or interpretation", empathy));
        yield return EvalTaskResult.Binary("empathetic_intents.sympathy", sympathy, "sympathy", No,
            Note("sympathizing vs other intents; apology.sympathy", sympathy));
        yield return EvalTaskResult.Binary("empathetic_intents.exploration", exploration, "exploration", No,
            Note("questioning vs other intents; empathy.statement exploration", exploration));
    }

    private static string Note(string what, ConfusionCounter c) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what}; gold manual annotations; accuracy {c.Accuracy:0.000}");

    internal static (bool Empathy, bool Sympathy, bool Exploration) Predict(string utterance)
    {
        var conversation = new Conversation { Turns = [new Turn { Party = Party.Advisor, Text = utterance }] };
        bool e = false, s = false, x = false;
        foreach (var f in Analyzer.Analyze(conversation).Findings)
        {
            if (f.Signal == Signals.EmpathyStatement)
            {
                e |= f.Label is EmpathyMechanism.EmotionalReaction or EmpathyMechanism.Interpretation or EmpathyMechanism.Resonance;
                x |= f.Label == EmpathyMechanism.Exploration;
            }

            s |= f.Signal == Signals.ApologySympathy;
        }

        return (e, s, x);
    }
}
