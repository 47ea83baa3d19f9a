namespace Attune.Analysis.Text.Tokens;

/// <summary>A text tokenised once, shared by every detector.</summary>
public sealed class TokenizedText
{
    private readonly int[] _sentenceStarts;
    private readonly int[] _normHashes;

    internal TokenizedText(string text, Token[] tokens, int[] sentenceStarts, int[] normHashes)
    {
        _normHashes = normHashes;
        Text = text;
        Tokens = new TokenList(tokens);
        _sentenceStarts = sentenceStarts;
    }

    public string Text { get; }

    public TokenList Tokens { get; }

    /// <summary>
    /// <see cref="NormTable.Hash"/> of each token's norm, computed by the tokenizer as it lower-cases the
    /// token and read by every phrase matcher (their tries are keyed by the same hash).
    /// </summary>
    internal int[] NormHashes => _normHashes;

    /// <summary>Index of the first token of each sentence.</summary>
    public IReadOnlyList<int> SentenceStarts => _sentenceStarts;

    public int SentenceCount => _sentenceStarts.Length;

    /// <summary>Number of word tokens.</summary>
    public int WordCount
    {
        get
        {
            var n = 0;
            foreach (var t in Tokens)
            {
                if (t.Kind == TokenKind.Word || t.Kind == TokenKind.Number)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>Token index range [first, end) of sentence <paramref name="sentence"/>.</summary>
    public (int First, int End) SentenceRange(int sentence)
    {
        var starts = _sentenceStarts;
        var first = starts[sentence];
        var end = sentence + 1 < starts.Length ? starts[sentence + 1] : Tokens.Count;
        return (first, end);
    }

    /// <summary>Character span [start, end) of a sentence in <see cref="Text"/>.</summary>
    public (int Start, int End) SentenceSpan(int sentence)
    {
        var (first, end) = SentenceRange(sentence);
        if (first >= end)
        {
            return (0, 0);
        }

        return (Tokens[first].Start, Tokens[end - 1].End);
    }

    /// <summary>The text of a sentence.</summary>
    public string SentenceText(int sentence)
    {
        var (s, e) = SentenceSpan(sentence);
        return Text[s..e];
    }

    /// <summary>True when the sentence's last token is a question mark.</summary>
    public bool SentenceEndsWithQuestionMark(int sentence)
    {
        var (first, end) = SentenceRange(sentence);
        for (var i = end - 1; i >= first; i--)
        {
            var t = Tokens[i];
            if (t.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (Text[t.Start] == '?')
            {
                return true;
            }
        }

        return false;
    }
}
