using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text;

/// <summary>Where detectors put findings; builds the evidence (quote, times) from a span of a turn.</summary>
public sealed class FindingSink
{
    private readonly ConversationContext _context;
    private readonly List<Finding> _emitted;

    internal FindingSink(ConversationContext context, List<Finding> emitted)
    {
        _context = context;
        _emitted = emitted;
    }

    public void Add(Finding finding)
    {
        _context.AddFinding(finding);
        _emitted.Add(finding);
    }

    /// <summary>Adds a finding whose evidence is the token range [firstToken, endToken) of a turn.</summary>
    public Finding Add(AnalyzedTurn turn, int firstToken, int endToken, string signal, Polarity polarity, string detail,
        string? label = null, double? value = null, string? suggestion = null, int? relatedTurn = null)
    {
        var tokens = turn.Tokens.Tokens;
        int start, end;
        if (tokens.Count == 0 || firstToken >= endToken)
        {
            start = 0;
            end = turn.Text.Length;
        }
        else
        {
            start = tokens[firstToken].Start;
            end = tokens[Math.Min(endToken, tokens.Count) - 1].End;
        }

        return AddSpan(turn, start, end - start, signal, polarity, detail, label, value, suggestion, relatedTurn);
    }

    /// <summary>Adds a finding whose evidence is the whole turn.</summary>
    public Finding AddTurn(AnalyzedTurn turn, string signal, Polarity polarity, string detail,
        string? label = null, double? value = null, string? suggestion = null, int? relatedTurn = null) =>
        AddSpan(turn, 0, turn.Text.Length, signal, polarity, detail, label, value, suggestion, relatedTurn);

    /// <summary>Adds a finding whose evidence is the character span [start, start+length) of a turn.</summary>
    public Finding AddSpan(AnalyzedTurn turn, int start, int length, string signal, Polarity polarity, string detail,
        string? label = null, double? value = null, string? suggestion = null, int? relatedTurn = null)
    {
        var text = turn.Text;
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        var (ts, te) = SpanTimes(turn, start, length);
        var finding = new Finding
        {
            Signal = signal,
            Party = turn.Party,
            Turn = turn.Index,
            SpanStart = start,
            Length = length,
            Quote = text.Substring(start, length),
            Start = ts,
            End = te,
            Polarity = polarity,
            Detail = detail,
            Label = label,
            Value = value,
            Suggestion = suggestion,
            RelatedTurn = relatedTurn,
        };
        Add(finding);
        return finding;
    }

    /// <summary>
    /// Times of a character span: from word timings when the turn has them (the n-th word of
    /// the text is taken to be the n-th timed word), else interpolated over the turn's time.
    /// </summary>
    internal static (double? Start, double? End) SpanTimes(AnalyzedTurn turn, int start, int length)
    {
        var t = turn.Turn;
        if (t.Start is null)
        {
            return (null, null);
        }

        var words = t.Words;
        if (words.Count > 0)
        {
            int first = -1, last = -1, w = 0;
            foreach (var token in turn.Tokens.Tokens)
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number))
                {
                    continue;
                }

                if (token.End > start && token.Start < start + length)
                {
                    if (first < 0)
                    {
                        first = w;
                    }

                    last = w;
                }

                w++;
            }

            if (first >= 0 && first < words.Count)
            {
                return (words[first].Start, words[Math.Min(last, words.Count - 1)].End);
            }
        }

        var s = t.Start.Value;
        var e = t.End ?? s;
        var n = Math.Max(1, turn.Text.Length);
        return (Math.Round(s + ((e - s) * start / n), 3), Math.Round(s + ((e - s) * (start + length) / n), 3));
    }
}
