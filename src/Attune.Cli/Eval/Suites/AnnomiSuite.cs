using System.Globalization;
using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// AnnoMI (Wu et al. 2022): motivational-interviewing transcripts, therapist = advisor, client = customer,
/// each transcript analysed as one conversation in utterance order.
/// <c>AnnoMI-full.csv</c> has one row per utterance and annotator (some utterances were labelled by ten
/// annotators): the label of an utterance is the majority of its annotators, ties going to a real label
/// over "n/a". Without the full file, <c>AnnoMI-simple.csv</c> serves the reflection task (its
/// main_therapist_behaviour) and the question task is skipped (the simple file has no open/closed).
/// </summary>
public sealed class AnnomiSuite : IEvalSuite
{
    public string Folder => "annomi";

    public IReadOnlyList<string> Tasks { get; } = ["annomi.question_type", "annomi.reflection"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var full = Path.Combine(folder, "AnnoMI-full.csv");
        var simple = Path.Combine(folder, "AnnoMI-simple.csv");
        var fromFull = File.Exists(full);
        if (!fromFull && !File.Exists(simple))
        {
            context.Log("annomi: neither AnnoMI-full.csv nor AnnoMI-simple.csv found");
            yield break;
        }

        var transcripts = Load(fromFull ? full : simple, fromFull);
        var questions = new ConfusionCounter();
        var reflections = new ConfusionCounter();
        foreach (var transcript in transcripts)
        {
            if (context.Limit > 0 && reflections.Total >= context.Limit)
            {
                break;
            }

            var turns = new List<Turn>(transcript.Count);
            foreach (var u in transcript)
            {
                turns.Add(new Turn { Party = u.Therapist ? Party.Advisor : Party.Customer, Text = u.Text });
            }

            var result = Analyzer.Analyze(new Conversation { Turns = turns, Channel = Channel.Voice, Source = "annomi" });
            var question = new string?[turns.Count];
            var paraphrase = new bool[turns.Count];
            foreach (var f in result.Findings)
            {
                if (f.Signal is Signals.QuestionOpen or Signals.QuestionClosed)
                {
                    question[f.Turn] = f.Signal == Signals.QuestionOpen ? "open" : "closed";
                }
                else if (f.Signal == Signals.ListeningParaphrase)
                {
                    paraphrase[f.Turn] = true;
                }
            }

            for (var i = 0; i < transcript.Count; i++)
            {
                var u = transcript[i];
                if (!u.Therapist)
                {
                    continue;
                }

                if (u.Question is "open" or "closed")
                {
                    questions.Add(u.Question, question[i] ?? "none");
                }

                reflections.Add(u.Reflection ? "reflection" : "other", paraphrase[i] ? "reflection" : "other");
            }
        }

        if (fromFull)
        {
            yield return EvalTaskResult.Macro("annomi.question_type", questions, ["open", "closed"],
                "macro-F1 over therapist utterances whose (majority) question_subtype is open or closed; prediction = label of the last question finding, 'none' when there is none.");
        }
        else
        {
            context.Log("annomi: AnnoMI-full.csv missing, annomi.question_type skipped (the simple file has no open/closed labels)");
        }

        yield return EvalTaskResult.Binary("annomi.reflection", reflections, "reflection", "other",
            "therapist utterances: reflection (simple or complex) vs the rest, predicted by a listening.paraphrase finding; the client's preceding turns are the context.");
    }

    /// <summary>Transcripts in file order, utterances ordered by utterance_id, labels by majority over annotators.</summary>
    public static List<List<Utterance>> Load(string path, bool full)
    {
        var byTranscript = new Dictionary<string, SortedDictionary<int, Votes>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in CsvRows.Read(path))
        {
            var transcript = row.GetValueOrDefault("transcript_id") ?? "";
            if (!int.TryParse(row.GetValueOrDefault("utterance_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            if (!byTranscript.TryGetValue(transcript, out var utterances))
            {
                utterances = [];
                byTranscript[transcript] = utterances;
                order.Add(transcript);
            }

            if (!utterances.TryGetValue(id, out var votes))
            {
                votes = new Votes(row.GetValueOrDefault("interlocutor") == "therapist", row.GetValueOrDefault("utterance_text") ?? "");
                utterances[id] = votes;
            }

            if (full)
            {
                votes.Question.Add(row.GetValueOrDefault("question_subtype") ?? "n/a");
                var reflection = row.GetValueOrDefault("reflection_subtype") ?? "n/a";
                votes.Reflection.Add(reflection is "simple" or "complex" ? "yes" : "n/a");
            }
            else
            {
                votes.Reflection.Add(row.GetValueOrDefault("main_therapist_behaviour") == "reflection" ? "yes" : "n/a");
            }
        }

        var result = new List<List<Utterance>>(order.Count);
        foreach (var t in order)
        {
            var list = new List<Utterance>();
            foreach (var v in byTranscript[t].Values)
            {
                list.Add(new Utterance(v.Therapist, v.Text, Majority(v.Question), Majority(v.Reflection) == "yes"));
            }

            result.Add(list);
        }

        return result;
    }

    private static string Majority(List<string> votes)
    {
        if (votes.Count == 0)
        {
            return "n/a";
        }

        return votes.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key == "n/a" ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    public sealed record Utterance(bool Therapist, string Text, string Question, bool Reflection);

    private sealed class Votes(bool therapist, string text)
    {
        public bool Therapist { get; } = therapist;

        public string Text { get; } = text;

        public List<string> Question { get; } = [];

        public List<string> Reflection { get; } = [];
    }
}
