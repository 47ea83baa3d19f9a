using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// ESConv (Liu et al. 2021) supporter strategies, from <c>esconv_supporter_turns.tsv</c>
/// (split, dialogue_seq, turn_idx, speaker, strategy, text): each dialogue is analysed as one
/// conversation, supporter = advisor, seeker = customer; every supporter turn with a strategy is scored.
/// </summary>
public sealed class EsconvSuite : IEvalSuite
{
    public const string FileName = "esconv_supporter_turns.tsv";

    public string Folder => "esconv";

    public IReadOnlyList<string> Tasks { get; } = ["esconv.paraphrase", "esconv.reflection_of_feelings", "esconv.question"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            context.Log($"esconv: {FileName} not found");
            yield break;
        }

        var paraphrase = new ConfusionCounter();
        var feelings = new ConfusionCounter();
        var question = new ConfusionCounter();
        foreach (var dialogue in Load(path))
        {
            if (context.Limit > 0 && question.Total >= context.Limit)
            {
                break;
            }

            var turns = new List<Turn>(dialogue.Count);
            foreach (var t in dialogue)
            {
                turns.Add(new Turn { Party = t.Supporter ? Party.Advisor : Party.Customer, Text = t.Text });
            }

            var result = Analyzer.Analyze(new Conversation { Turns = turns, Channel = Channel.Chat, Source = "esconv" });
            var found = new Found[turns.Count];
            foreach (var f in result.Findings)
            {
                ref var x = ref found[f.Turn];
                switch (f.Signal)
                {
                    case Signals.ListeningParaphrase:
                        x.Paraphrase = true;
                        x.FeelingParaphrase |= f.Label == "feeling";
                        break;
                    case Signals.EmpathyStatement:
                        x.Empathy = true;
                        break;
                    case Signals.QuestionOpen:
                    case Signals.QuestionClosed:
                        x.Question = true;
                        break;
                }
            }

            for (var i = 0; i < dialogue.Count; i++)
            {
                var t = dialogue[i];
                if (!t.Supporter || t.Strategy.Length == 0)
                {
                    continue;
                }

                var s = Strategy(t.Strategy);
                paraphrase.Add(s == "restatement or paraphrasing" ? "paraphrase" : "other", found[i].Paraphrase ? "paraphrase" : "other");
                feelings.Add(s == "reflection of feelings" ? "reflection" : "other", found[i].Empathy || found[i].FeelingParaphrase ? "reflection" : "other");
                question.Add(s is "question" or "questions" ? "question" : "other", found[i].Question ? "question" : "other");
            }
        }

        yield return EvalTaskResult.Binary("esconv.paraphrase", paraphrase, "paraphrase", "other",
            "supporter turns: 'Restatement or Paraphrasing' vs every other strategy; any listening.paraphrase finding.");
        yield return EvalTaskResult.Binary("esconv.reflection_of_feelings", feelings, "reflection", "other",
            "supporter turns: 'Reflection of feelings' vs the rest; an empathy.statement finding, or a listening.paraphrase finding labelled 'feeling' (a restatement that names the seeker's feeling).");
        yield return EvalTaskResult.Binary("esconv.question", question, "question", "other",
            "supporter turns: 'Question' strategy vs the rest; any question.open or question.closed finding.");
    }

    /// <summary>Strategy name lower-cased without brackets: "[Question]" and "Questions" both read as a question.</summary>
    public static string Strategy(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return raw.Trim().Trim('[', ']').Trim().ToLowerInvariant();
    }

    /// <summary>Dialogues in file order, turns ordered by turn_idx.</summary>
    public static List<List<EsconvTurn>> Load(string path)
    {
        var dialogues = new List<List<EsconvTurn>>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvRows.Read(path, '\t'))
        {
            var key = (row.GetValueOrDefault("split") ?? "") + "/" + (row.GetValueOrDefault("dialogue_seq") ?? "");
            if (!keys.TryGetValue(key, out var index))
            {
                index = dialogues.Count;
                keys[key] = index;
                dialogues.Add([]);
            }

            _ = int.TryParse(row.GetValueOrDefault("turn_idx"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var turn);
            dialogues[index].Add(new EsconvTurn(turn, row.GetValueOrDefault("speaker") == "supporter", row.GetValueOrDefault("strategy") ?? "", row.GetValueOrDefault("text") ?? ""));
        }

        foreach (var d in dialogues)
        {
            // stable: equal indexes keep file order
            var sorted = d.OrderBy(t => t.Index).ToList();
            d.Clear();
            d.AddRange(sorted);
        }

        return dialogues;
    }

    public sealed record EsconvTurn(int Index, bool Supporter, string Strategy, string Text);

    private struct Found
    {
        public bool Paraphrase;
        public bool FeelingParaphrase;
        public bool Empathy;
        public bool Question;
    }
}
