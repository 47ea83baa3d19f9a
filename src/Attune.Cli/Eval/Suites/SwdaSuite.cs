using System.Globalization;
using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// Switchboard Dialog Act Corpus (SWBD-DAMSL tags; Jurafsky, Shriberg &amp; Biasca 1997): every
/// <c>*_set.txt</c> in the folder, one <c>speaker|text|tag</c> line per utterance, dialogues one after another.
/// <para>
/// Every utterance is analysed as an advisor turn with the utterances before it as context, the other
/// speaker as the customer. To do that in one pass per speaker, the utterances are cut into chunks,
/// each chunk is analysed twice (speaker A as advisor, then B as advisor) and an utterance is scored
/// in the pass where its speaker is the advisor. Each chunk is preceded by <see cref="ContextUtterances"/>
/// utterances of context that are analysed but not scored. The files mark no dialogue boundary, so a
/// chunk may start a few utterances into a new dialogue with the end of the last one as context; with
/// about 170 utterances per dialogue this touches well under 1% of the utterances.
/// </para>
/// <para>
/// Tag normalisation (<see cref="NormaliseTag"/>): the files hold the 41 clustered tags already; raw
/// SWBD-DAMSL tags are reduced the same way: parenthesised marks such as <c>(^q)</c> are dropped, and the
/// secondary marks <c>^r</c> (repeat), <c>^t</c> (about the task), <c>^c</c> (about communication) and
/// <c>^e</c> (elaborated) are stripped, while <c>^d</c>, <c>^g</c>, <c>^m</c>, <c>^q</c>, <c>^h</c> and <c>^2</c>
/// stay because they change the act (qy^d is a declarative question, b^m a repeated phrase).
/// </para>
/// <para>
/// Questions: SWBD-DAMSL tags by syntactic form (qw = wh-question, whatever it asks for), BEHAVIOURS.md by function
/// (a single fact is closed). The suite analyses with <see cref="Options"/>, which counts every wh-question open, so
/// the figure measures the reading of form it was annotated for; the product default files "how many…?" closed.
/// </para>
/// </summary>
public sealed class SwdaSuite : IEvalSuite
{
    public const int ChunkUtterances = 256;
    public const int ContextUtterances = 8;

    private static readonly HashSet<string> OpenTags = new(StringComparer.Ordinal) { "qw", "qw^d", "qo" };
    private static readonly HashSet<string> ClosedTags = new(StringComparer.Ordinal) { "qy", "qy^d", "^g", "qrr" };
    private static readonly HashSet<string> BackchannelTags = new(StringComparer.Ordinal) { "b", "bk", "bh", "ba" };
    private static readonly HashSet<string> ParaphraseTags = new(StringComparer.Ordinal) { "bf", "b^m" };
    private static readonly HashSet<string> ApologyTags = new(StringComparer.Ordinal) { "fa" };

    public string Folder => "swda";

    public IReadOnlyList<string> Tasks { get; } = ["swda.question_type", "swda.backchannel", "swda.paraphrase", "swda.apology"];

    public IEnumerable<EvalTaskResult> Run(string folder, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = Directory.GetFiles(folder, "*_set.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            context.Log($"swda: no *_set.txt in {folder}");
            yield break;
        }

        var questions = new ConfusionCounter();
        var backchannel = new ConfusionCounter();
        var paraphrase = new ConfusionCounter();
        var apology = new ConfusionCounter();
        foreach (var file in files)
        {
            var utterances = Read(file);
            if (context.Limit > 0 && utterances.Count > context.Limit)
            {
                utterances = utterances.GetRange(0, context.Limit);
            }

            foreach (var (u, p) in Predict(utterances))
            {
                if (OpenTags.Contains(u.Tag) || ClosedTags.Contains(u.Tag))
                {
                    questions.Add(OpenTags.Contains(u.Tag) ? "open" : "closed", p.Question ?? "none");
                }

                backchannel.Add(BackchannelTags.Contains(u.Tag) ? "backchannel" : "other", p.Backchannel ? "backchannel" : "other");
                paraphrase.Add(ParaphraseTags.Contains(u.Tag) ? "paraphrase" : "other", p.Paraphrase ? "paraphrase" : "other");
                apology.Add(ApologyTags.Contains(u.Tag) ? "apology" : "other", p.Apology ? "apology" : "other");
            }
        }

        yield return EvalTaskResult.Macro("swda.question_type", questions, ["open", "closed"],
            "macro-F1 open {qw, qw^d, qo} vs closed {qy, qy^d, ^g, qrr} over utterances with those tags; a turn with no question finding counts as 'none' (a miss). " +
            "Prediction = label of the last question finding in the utterance. The detector files single-fact wh-questions (how many/long/often…, what time, which one, what's your postcode) as closed, as BEHAVIOURS.md defines; SWBD-DAMSL tags questions by form (qw = any wh-question), so this suite runs with AnalysisOptions.WhQuestionsOpenByForm, which counts every wh-question open. With the product default they would count as errors here.");
        yield return EvalTaskResult.Binary("swda.backchannel", backchannel, "backchannel", "other", "{b, bk, bh, ba} vs every other utterance; any listening.backchannel finding in the utterance.");
        yield return EvalTaskResult.Binary("swda.paraphrase", paraphrase, "paraphrase", "other", "{bf, b^m} vs every other utterance; any listening.paraphrase finding.");
        yield return EvalTaskResult.Binary("swda.apology", apology, "apology", "other", "fa vs every other utterance; any finding whose signal starts with 'apology.' (sincere, non-apology or sympathy).");
    }

    /// <summary>Reduces a SWBD-DAMSL tag to the clustered tag set (see the class comment).</summary>
    public static string NormaliseTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var t = tag.Trim();
        var paren = t.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            t = t[..paren];
        }

        foreach (var mark in new[] { "^r", "^t", "^c", "^e" })
        {
            t = t.Replace(mark, "", StringComparison.Ordinal);
        }

        t = t.Trim();
        return t.Length == 0 ? tag.Trim() : t;
    }

    /// <summary>Reads a <c>speaker|text|tag</c> file; the text may itself contain '|' (the tag is after the last one).</summary>
    public static List<Utterance> Read(string path)
    {
        var list = new List<Utterance>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            var first = line.IndexOf('|', StringComparison.Ordinal);
            var last = line.LastIndexOf('|');
            if (first <= 0 || last <= first)
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected 'speaker|text|tag'.");
            }

            list.Add(new Utterance(line[..first].Trim(), line[(first + 1)..last], NormaliseTag(line[(last + 1)..])));
        }

        return list;
    }

    /// <summary>The analysis settings of this suite: SWBD-DAMSL tags questions by form (qw is any wh-question, also "how many kids do you have?").</summary>
    public static AnalysisOptions Options { get; } = new() { WhQuestionsOpenByForm = true };

    /// <summary>Predictions for every utterance, in order (see the class comment for the chunked two-pass analysis).</summary>
    public static IEnumerable<(Utterance Utterance, Prediction Prediction)> Predict(List<Utterance> utterances, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        options ??= Options;
        for (var start = 0; start < utterances.Count; start += ChunkUtterances)
        {
            var end = Math.Min(utterances.Count, start + ChunkUtterances);
            var from = Math.Max(0, start - ContextUtterances);
            var predictions = new Prediction[end - start];
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                speakers.Add(utterances[i].Speaker);
            }

            foreach (var advisor in speakers.Order(StringComparer.Ordinal))
            {
                var turns = new List<Turn>(end - from);
                for (var i = from; i < end; i++)
                {
                    var u = utterances[i];
                    turns.Add(new Turn { Party = u.Speaker == advisor ? Party.Advisor : Party.Customer, Text = u.Text, Speaker = u.Speaker });
                }

                var result = Analyzer.Analyze(new Conversation { Turns = turns, Channel = Channel.Voice, Source = "swda" }, options);
                var byTurn = new Prediction[turns.Count];
                foreach (var f in result.Findings)
                {
                    if (f.Party != Party.Advisor)
                    {
                        continue;
                    }

                    ref var p = ref byTurn[f.Turn];
                    switch (f.Signal)
                    {
                        case Signals.QuestionOpen:
                        case Signals.QuestionClosed:
                            // findings are ordered by position: the last question of the utterance wins
                            p.Question = f.Signal == Signals.QuestionOpen ? "open" : "closed";
                            break;
                        case Signals.ListeningBackchannel:
                            p.Backchannel = true;
                            break;
                        case Signals.ListeningParaphrase:
                            p.Paraphrase = true;
                            break;
                        default:
                            if (f.Signal.StartsWith("apology.", StringComparison.Ordinal))
                            {
                                p.Apology = true;
                            }

                            break;
                    }
                }

                for (var i = start; i < end; i++)
                {
                    if (utterances[i].Speaker == advisor)
                    {
                        predictions[i - start] = byTurn[i - from];
                    }
                }
            }

            for (var i = start; i < end; i++)
            {
                yield return (utterances[i], predictions[i - start]);
            }
        }
    }

    public sealed record Utterance(string Speaker, string Text, string Tag)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Speaker}|{Text}|{Tag}");
    }

    /// <summary>What the analysis found in one utterance.</summary>
    public struct Prediction
    {
        public string? Question;
        public bool Backchannel;
        public bool Paraphrase;
        public bool Apology;
    }
}
