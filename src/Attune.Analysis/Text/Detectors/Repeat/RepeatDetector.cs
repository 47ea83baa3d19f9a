using System.Text;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Stemming;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Repeat;

/// <summary>
/// <c>customer.repeat</c> (−, about the interaction: the customer had to repeat themselves).
/// A customer turn restates something already said in this interaction, found two ways:
/// <list type="bullet">
/// <item><b>marker</b>: "as I said", "I already told you", "like I said", "how many times",
/// "for the third time", "I keep telling you", "Again, …" opening a sentence (not "it's broken
/// again"). Markers of an earlier contact or another advisor ("this is the third time I've called",
/// "I told your colleague") get the label <c>previous_contact</c>.</item>
/// <item><b>overlap</b>: the turn's content words (stop words removed, stemmed with the Porter
/// stemmer) are mostly contained in an earlier customer turn: at least
/// <see cref="MinSharedWords"/> shared stems and at least <see cref="MinContainment"/> of this turn's
/// content stems, or at least 3 shared with a Jaccard similarity of <see cref="MinJaccard"/> (a
/// short, near-verbatim restatement).</item>
/// </list>
/// Only earlier turns with an advisor turn after them count (a chat message split in two is
/// not a repeat), within the last <see cref="Window"/> customer turns (bounds memory and time on
/// a four-hour chat). <see cref="Finding.RelatedTurn"/> is the earlier turn with the most overlap
/// (for a marker, when one shares at least two content words); the Detail quotes the shared words.
/// Negated ("I don't think I told you"), quoted speech and advisor turns do not count. One finding per turn.
/// Runs after sentiment and emotion in the catalogue (customer state).
/// </summary>
public sealed class RepeatDetector : Detector
{
    /// <summary>Shared content stems for an overlap repeat. Default 4.</summary>
    public const int MinSharedWords = 4;

    /// <summary>Share of this turn's content stems found in the earlier turn. Default 0.6.</summary>
    public const double MinContainment = 0.6;

    /// <summary>Jaccard similarity for a short near-verbatim restatement (3 shared stems). Default 0.5.</summary>
    public const double MinJaccard = 0.5;

    /// <summary>Earlier customer turns compared. Default 50.</summary>
    public const int Window = 50;

    private const string Suggestion = "Show the customer you have it: summarise what they already told you before asking more (\"You've told me the November bill was taken twice — let me fix that\"), and read the notes before asking again.";

    private readonly List<Earlier> _earlier = [];
    private int _advisorTurns;

    public RepeatDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party == Party.Advisor)
        {
            _advisorTurns++;
            return;
        }

        if (turn.Party != Party.Customer)
        {
            return;
        }

        var text = turn.Tokens;
        var content = ContentStems(text);
        var best = BestEarlier(content, out var shared);
        var marker = FindMarker(text, out var kind);
        if (marker.First >= 0)
        {
            var related = best is not null && shared >= 2 ? best : null;
            var quote = text.Text[text.Tokens[marker.First].Start..text.Tokens[marker.End - 1].End];
            var label = kind == RepeatKind.PreviousContact ? "previous_contact" : "marker";
            var detail = kind == RepeatKind.PreviousContact
                ? $"Customer had to repeat themselves across contacts: '{quote}' says they have explained this before"
                : $"Customer had to repeat themselves: '{quote}'";
            detail += related is null ? "." : $" — restates turn {related.Index + 1} (shared: {SharedWords(text, content, related)}).";
            sink.Add(turn, marker.First, marker.End, Signals.CustomerRepeat, Polarity.Negative, detail,
                label: label, suggestion: Suggestion, relatedTurn: related?.Index);
        }
        else if (best is not null && IsRestatement(content.Count, best.Stems.Count, shared))
        {
            var containment = (double)shared / content.Count;
            var (first, end) = OverlapSpan(text, content, best);
            sink.Add(turn, first, end, Signals.CustomerRepeat, Polarity.Negative,
                $"Customer restates what they said in turn {best.Index + 1}: {Math.Round(containment * 100)}% of this turn's content words repeat it (shared: {SharedWords(text, content, best)}).",
                label: "overlap", value: Math.Round(containment, 3), suggestion: Suggestion, relatedTurn: best.Index);
        }

        if (content.Count > 0)
        {
            _earlier.Add(new Earlier(turn.Index, content, _advisorTurns));
            if (_earlier.Count > Window)
            {
                _earlier.RemoveAt(0);
            }
        }
    }

    private static bool IsRestatement(int current, int earlier, int shared)
    {
        if (current == 0)
        {
            return false;
        }

        var containment = (double)shared / current;
        var jaccard = (double)shared / (current + earlier - shared);
        return (shared >= MinSharedWords && containment >= MinContainment) || (shared >= 3 && jaccard >= MinJaccard);
    }

    /// <summary>Content stems of the turn, each with the first token it came from.</summary>
    private static Dictionary<string, int> ContentStems(TokenizedText text)
    {
        var tokens = text.Tokens;
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Quoted || (t.Kind != TokenKind.Word && t.Kind != TokenKind.Number))
            {
                continue;
            }

            if (t.Kind == TokenKind.Word && (t.Norm.Length < 2 || RepeatLexicon.StopWords.Contains(t.Norm)))
            {
                continue;
            }

            if (i > 0 && tokens[i - 1].Norm == "[")
            {
                continue; // a redaction placeholder such as [NUMBER]
            }

            var stem = t.Kind == TokenKind.Word ? PorterStemmer.Stem(t.Norm) : t.Norm;
            stems.TryAdd(stem, i);
        }

        return stems;
    }

    private Earlier? BestEarlier(Dictionary<string, int> content, out int shared)
    {
        shared = 0;
        Earlier? best = null;
        var bestScore = 0.0;
        foreach (var e in _earlier)
        {
            if (e.AdvisorTurnsBefore >= _advisorTurns)
            {
                continue; // no advisor turn since: a message split in two, not a repeat
            }

            var n = 0;
            foreach (var stem in content.Keys)
            {
                if (e.Stems.ContainsKey(stem))
                {
                    n++;
                }
            }

            var score = n == 0 ? 0 : (double)n / (content.Count + e.Stems.Count - n) + n;
            if (score > bestScore)
            {
                bestScore = score;
                best = e;
                shared = n;
            }
        }

        return best;
    }

    /// <summary>The first valid marker (the longest one starting at that token), or (-1, -1).</summary>
    private static (int First, int End) FindMarker(TokenizedText text, out RepeatKind kind)
    {
        kind = RepeatKind.Marker;
        var lexicon = RepeatLexicon.Lexicon;
        var first = -1;
        var end = -1;
        foreach (var m in lexicon.Matcher.Matches(text))
        {
            if (first >= 0 && m.FirstToken != first)
            {
                break;
            }

            var k = lexicon.KindOf(m);
            if (m.EndToken <= end || Negation.IsNegated(text, m.FirstToken))
            {
                continue;
            }

            // "Again, the bill is wrong" — not "it's broken again"
            if (k == RepeatKind.AgainOpening
                && (!TokenWalk.IsSentenceInitial(text, m.FirstToken) || !TokenWalk.PunctuationFollows(text, m.EndToken - 1, ',')))
            {
                continue;
            }

            first = m.FirstToken;
            end = m.EndToken;
            kind = k == RepeatKind.AgainOpening ? RepeatKind.Marker : k;
        }

        return (first, end);
    }

    private static (int First, int End) OverlapSpan(TokenizedText text, Dictionary<string, int> content, Earlier earlier)
    {
        var first = int.MaxValue;
        var last = -1;
        foreach (var (stem, token) in content)
        {
            if (earlier.Stems.ContainsKey(stem))
            {
                first = Math.Min(first, token);
                last = Math.Max(last, token);
            }
        }

        return last < 0 ? (0, text.Tokens.Count) : (first, last + 1);
    }

    /// <summary>The shared words as the customer wrote them now, in order, quoted: 'charged', 'twice'…</summary>
    private static string SharedWords(TokenizedText text, Dictionary<string, int> content, Earlier earlier)
    {
        var indices = new List<int>();
        foreach (var (stem, token) in content)
        {
            if (earlier.Stems.ContainsKey(stem))
            {
                indices.Add(token);
            }
        }

        indices.Sort();
        var sb = new StringBuilder();
        for (var k = 0; k < indices.Count && k < 8; k++)
        {
            var t = text.Tokens[indices[k]];
            if (k > 0)
            {
                sb.Append(", ");
            }

            sb.Append('\'').Append(text.Text, t.Start, t.Length).Append('\'');
        }

        if (indices.Count > 8)
        {
            sb.Append(", …");
        }

        return sb.ToString();
    }

    private sealed record Earlier(int Index, Dictionary<string, int> Stems, int AdvisorTurnsBefore);
}
