using System.Globalization;
using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// AnnoMI (Wu et al. 2022): motivational-interviewing transcripts, therapist = advisor, client = customer,
/// each transcript analysed as one conversation in utterance order.
/// <para>
/// <c>AnnoMI-full.csv</c> has one row per utterance and annotator (most utterances have one annotator, a few
/// hundred have ten): the label of an utterance is the majority of its annotators, ties going to a real label
/// over "n/a". The dataset gives one question_subtype per utterance, so a turn's prediction is the label of its
/// last question finding (when a turn asks several, the last one is the question the client answers; on this
/// set it matches the annotators better than the first one or "open if any is open").
/// </para>
/// <para>
/// <c>annomi.question_type_reliable</c> scores the same turns against annotators who agree with the others on
/// open vs closed. Each annotator's agreement is measured on the utterances several annotators labelled: Cohen's
/// kappa between their open/closed label and the majority of the other annotators, over the utterances both call a
/// question. An annotator below <see cref="MinKappa"/> ("slight" agreement, Landis &amp; Koch 1977) on at least
/// <see cref="MinSharedQuestions"/> such utterances is left out, and an utterance only they labelled is not scored.
/// On the published file this is one annotator, who labels almost every question open.
/// <c>annomi.question_type</c> keeps every annotator.
/// </para>
/// Without the full file, <c>AnnoMI-simple.csv</c> serves the reflection task (its main_therapist_behaviour) and
/// the question tasks are skipped (the simple file has no open/closed).
/// </summary>
public sealed class AnnomiSuite : IEvalSuite
{
    /// <summary>Annotators whose open/closed kappa against the others is below this are left out of the reliable task.</summary>
    public const double MinKappa = 0.2;

    /// <summary>Shared question utterances needed before an annotator's kappa is trusted enough to leave them out.</summary>
    public const int MinSharedQuestions = 20;

    public string Folder => "annomi";

    public IReadOnlyList<string> Tasks { get; } = ["annomi.question_type", "annomi.question_type_reliable", "annomi.reflection"];

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

        var data = Load(fromFull ? full : simple, fromFull);
        var questions = new Halves();
        var reliable = new Halves();
        var reflections = new ConfusionCounter();
        foreach (var transcript in data.Transcripts)
        {
            if (context.Limit > 0 && reflections.Total >= context.Limit)
            {
                break;
            }

            var utterances = transcript.Utterances;
            var turns = new List<Turn>(utterances.Count);
            foreach (var u in utterances)
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
                    // findings come in text order: the last question of the turn wins
                    question[f.Turn] = f.Signal == Signals.QuestionOpen ? "open" : "closed";
                }
                else if (f.Signal == Signals.ListeningParaphrase)
                {
                    paraphrase[f.Turn] = true;
                }
            }

            var even = transcript.Even;
            for (var i = 0; i < utterances.Count; i++)
            {
                var u = utterances[i];
                if (!u.Therapist)
                {
                    continue;
                }

                var predicted = question[i] ?? "none";
                if (u.Question is "open" or "closed")
                {
                    questions.Add(even, u.Question, predicted);
                }

                if (u.ReliableQuestion is "open" or "closed")
                {
                    reliable.Add(even, u.ReliableQuestion, predicted);
                }

                reflections.Add(u.Reflection ? "reflection" : "other", paraphrase[i] ? "reflection" : "other");
            }
        }

        if (fromFull)
        {
            const string how = "macro-F1 over therapist utterances whose (majority) question_subtype is open or closed; prediction = label of the last question finding of the turn, 'none' when there is none. ";
            yield return EvalTaskResult.Macro("annomi.question_type", questions.All, Labels,
                how + "Every annotator counts. " + questions.Describe());
            var left = data.Unreliable.Count == 0
                ? "No annotator was left out."
                : "Left out (kappa < " + MinKappa.ToString(CultureInfo.InvariantCulture) + " against the other annotators on open vs closed): "
                    + string.Join(", ", data.Unreliable.Select(a => $"annotator {a.Annotator} (kappa {a.Kappa.ToString("0.00", CultureInfo.InvariantCulture)} on {a.Shared} shared questions, {a.Dropped} utterances unscored)")) + ".";
            yield return EvalTaskResult.Macro("annomi.question_type_reliable", reliable.All, Labels, how + left + " " + reliable.Describe());
        }
        else
        {
            context.Log("annomi: AnnoMI-full.csv missing, annomi.question_type skipped (the simple file has no open/closed labels)");
        }

        yield return EvalTaskResult.Binary("annomi.reflection", reflections, "reflection", "other",
            "therapist utterances: reflection (simple or complex) vs the rest, predicted by a listening.paraphrase finding; the client's preceding turns are the context.");
    }

    private static readonly string[] Labels = ["open", "closed"];

    /// <summary>Transcripts in file order, utterances ordered by utterance_id, labels by majority over annotators.</summary>
    public static AnnomiData Load(string path, bool full)
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
                votes.Question.Add((row.GetValueOrDefault("annotator_id") ?? "", row.GetValueOrDefault("question_subtype") ?? "n/a"));
                var reflection = row.GetValueOrDefault("reflection_subtype") ?? "n/a";
                votes.Reflection.Add(reflection is "simple" or "complex" ? "yes" : "n/a");
            }
            else
            {
                votes.Reflection.Add(row.GetValueOrDefault("main_therapist_behaviour") == "reflection" ? "yes" : "n/a");
            }
        }

        var agreement = QuestionAgreement(byTranscript.Values.SelectMany(t => t.Values));
        var unreliable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (annotator, a) in agreement)
        {
            if (a.Shared >= MinSharedQuestions && a.Kappa < MinKappa)
            {
                unreliable.Add(annotator);
            }
        }

        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Transcript>(order.Count);
        for (var t = 0; t < order.Count; t++)
        {
            var list = new List<Utterance>();
            foreach (var v in byTranscript[order[t]].Values)
            {
                var all = Majority(v.Question.Select(q => q.Label).ToList());
                var kept = v.Question.Where(q => !unreliable.Contains(q.Annotator)).Select(q => q.Label).ToList();
                var trusted = kept.Count == 0 ? "n/a" : Majority(kept);
                if (all is "open" or "closed" && kept.Count == 0)
                {
                    var who = v.Question[0].Annotator;
                    dropped[who] = dropped.GetValueOrDefault(who) + 1;
                }

                list.Add(new Utterance(v.Therapist, v.Text, all, trusted, Majority(v.Reflection) == "yes"));
            }

            // halves for a held-out style check: even vs odd transcript ids (file order when the id is not a number)
            var even = int.TryParse(order[t], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number % 2 == 0 : t % 2 == 0;
            result.Add(new Transcript(order[t], even, list));
        }

        var left = unreliable.Order(StringComparer.Ordinal)
            .Select(a => new AnnotatorAgreement(a, agreement[a].Kappa, agreement[a].Shared, dropped.GetValueOrDefault(a)))
            .ToList();
        return new AnnomiData(result, left);
    }

    /// <summary>
    /// Per annotator: Cohen's kappa between their open/closed label and the majority of the other annotators, over
    /// the utterances with several annotators where both they and the others' majority call it a question.
    /// </summary>
    private static Dictionary<string, (double Kappa, int Shared)> QuestionAgreement(IEnumerable<Votes> utterances)
    {
        var pairs = new Dictionary<string, List<(bool Own, bool Others)>>(StringComparer.Ordinal);
        foreach (var v in utterances)
        {
            if (v.Question.Count < 3)
            {
                continue;
            }

            foreach (var (annotator, label) in v.Question)
            {
                if (label is not ("open" or "closed"))
                {
                    continue;
                }

                var others = Majority(v.Question.Where(q => q.Annotator != annotator).Select(q => q.Label).ToList());
                if (others is "open" or "closed")
                {
                    if (!pairs.TryGetValue(annotator, out var list))
                    {
                        list = [];
                        pairs[annotator] = list;
                    }

                    list.Add((label == "open", others == "open"));
                }
            }
        }

        var result = new Dictionary<string, (double, int)>(StringComparer.Ordinal);
        foreach (var (annotator, list) in pairs)
        {
            result[annotator] = (Kappa(list), list.Count);
        }

        return result;
    }

    /// <summary>Cohen's kappa for two binary raters: (observed − chance agreement) / (1 − chance agreement).</summary>
    private static double Kappa(List<(bool A, bool B)> pairs)
    {
        double n = pairs.Count, agree = 0, a = 0, b = 0;
        foreach (var (x, y) in pairs)
        {
            agree += x == y ? 1 : 0;
            a += x ? 1 : 0;
            b += y ? 1 : 0;
        }

        var observed = agree / n;
        var chance = (a / n * (b / n)) + ((1 - (a / n)) * (1 - (b / n)));
        return chance >= 1 ? 1 : (observed - chance) / (1 - chance);
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

    /// <summary>The data: transcripts, and the annotators left out of the reliable question task.</summary>
    public sealed record AnnomiData(List<Transcript> Transcripts, IReadOnlyList<AnnotatorAgreement> Unreliable);

    public sealed record Transcript(string Id, bool Even, List<Utterance> Utterances);

    /// <summary>One utterance: <paramref name="Question"/> by every annotator, <paramref name="ReliableQuestion"/> without the unreliable ones ("n/a" when none is left).</summary>
    public sealed record Utterance(bool Therapist, string Text, string Question, string ReliableQuestion, bool Reflection);

    /// <summary>An annotator left out: their kappa, on how many shared questions, and how many utterances lost their only label.</summary>
    public sealed record AnnotatorAgreement(string Annotator, double Kappa, int Shared, int Dropped);

    private sealed class Votes(bool therapist, string text)
    {
        public bool Therapist { get; } = therapist;

        public string Text { get; } = text;

        public List<(string Annotator, string Label)> Question { get; } = [];

        public List<string> Reflection { get; } = [];
    }

    /// <summary>One confusion counter over all transcripts and one per half (even / odd transcript id).</summary>
    private sealed class Halves
    {
        public ConfusionCounter All { get; } = new();

        private readonly ConfusionCounter _even = new();
        private readonly ConfusionCounter _odd = new();

        public void Add(bool even, string truth, string predicted)
        {
            All.Add(truth, predicted);
            (even ? _even : _odd).Add(truth, predicted);
        }

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"Halves: even transcript ids {_even.MacroF1(Labels):0.000} (n={_even.Total}), odd {_odd.MacroF1(Labels):0.000} (n={_odd.Total}).");
    }
}
