using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Empathy;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.PhraseOveruse;

/// <summary>
/// <c>phrase.overuse</c>: the same empathy or apology formula used more than
/// <see cref="AnalysisOptions.PhraseOveruseLimit"/> times by the advisor in one interaction (it starts
/// to sound scripted: technique 21). Every use beyond the limit is a finding on that use, labelled with
/// the formula and valued with the running count.
/// <para>
/// Formulas are compared after normalising: lower case, subject pronouns, intensifiers and fillers
/// dropped, feeling words folded ("I'm so sorry to hear that" = "I'm really sorry to hear that" =
/// "sorry to hear"; "that sounds frustrating" = "that sounds really annoying"). Explorations are
/// questions, not formulas, and are not counted. One span counts once even when it carries two
/// findings (sympathy is both <c>apology.sympathy</c> and an emotional reaction).
/// </para>
/// </summary>
public sealed class PhraseOveruseDetector : Detector
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "am", "we", "we're", "are", "is", "so", "really", "very", "truly", "terribly", "completely",
        "totally", "just", "again", "absolutely", "genuinely", "sincerely", "deeply", "oh", "well", "ok", "okay",
        "honestly", "incredibly", "extremely", "awfully", "do", "that", "this", "it", "that's", "it's", "this", "such",
        "a", "an", "the", "quite", "pretty", "rather", "most", "all", "too", "also", "fully", "must", "be",
    };

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<int> _spansThisTurn = [];
    private readonly int _limit;
    private int _cursor;

    public PhraseOveruseDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limit = options.PhraseOveruseLimit;
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        var findings = context.Findings;
        var end = findings.Count;
        if (turn.Party == Party.Advisor)
        {
            _spansThisTurn.Clear();
            for (var i = _cursor; i < end; i++)
            {
                var f = findings[i];
                if (f.Turn != turn.Index || !IsFormula(f) || !_spansThisTurn.Add(f.SpanStart))
                {
                    continue;
                }

                var key = Normalise(f.Quote);
                if (key.Length == 0)
                {
                    continue;
                }

                var count = _counts.GetValueOrDefault(key) + 1;
                _counts[key] = count;
                if (count > _limit)
                {
                    sink.AddSpan(turn, f.SpanStart, f.Length, Signals.PhraseOveruse, Polarity.Negative,
                        $"Overused formula: '{key}' has now been used {count} times in this interaction (more than {_limit}); repeated formulas sound scripted.",
                        label: key, value: count,
                        suggestion: "Vary the wording and tie it to what the customer just said, e.g. \"Having to chase this twice is the last thing you need.\"");
                }
            }
        }

        _cursor = context.Findings.Count;
    }

    private static bool IsFormula(Finding f) => f.Signal switch
    {
        Signals.EmpathyStatement => f.Label != EmpathyMechanism.Exploration,
        Signals.ApologySincere or Signals.ApologyNonApology or Signals.ApologySympathy => true,
        _ => false,
    };

    /// <summary>The formula of a quote: its words without pronoun subjects, intensifiers or fillers, feeling words folded to "*", at most six words.</summary>
    internal static string Normalise(string quote)
    {
        var feelings = EmpathyLexicon.Instance.FeelingWords;
        var words = new List<string>(8);
        foreach (var t in Tokenizer.Tokenize(quote).Tokens)
        {
            if (t.Kind != TokenKind.Word || Fillers.Contains(t.Norm))
            {
                continue;
            }

            var w = feelings.Contains(t.Norm) ? "*" : t.Norm;
            if (w == "*" && words.Count > 0 && words[^1] == "*")
            {
                continue;
            }

            words.Add(w);
            if (words.Count == 6)
            {
                break;
            }
        }

        return string.Join(' ', words);
    }
}
