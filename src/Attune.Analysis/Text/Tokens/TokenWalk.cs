namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Small, allocation-free steps over a tokenised text that the phrase detectors share:
/// the word before or after a token within its sentence, where its clause starts, and how a
/// word was written (capitalisation is lost in <see cref="Token.Norm"/>).
/// </summary>
internal static class TokenWalk
{
    /// <summary>Index of the previous word or number token in the same sentence, or -1.</summary>
    public static int PreviousWord(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        var sentence = tokens[index].Sentence;
        for (var i = index - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.Sentence != sentence)
            {
                return -1;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the next word or number token in the same sentence, or -1.</summary>
    public static int NextWord(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        var sentence = tokens[index].Sentence;
        for (var i = index + 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Sentence != sentence)
            {
                return -1;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Norm of the next word after <paramref name="index"/> in the sentence, or "".</summary>
    public static string NextNorm(TokenizedText text, int index)
    {
        var i = NextWord(text, index);
        return i < 0 ? "" : text.Tokens[i].Norm;
    }

    /// <summary>Norm of the word before <paramref name="index"/> in the sentence, or "".</summary>
    public static string PreviousNorm(TokenizedText text, int index)
    {
        var i = PreviousWord(text, index);
        return i < 0 ? "" : text.Tokens[i].Norm;
    }

    /// <summary>True when punctuation (comma, dash, colon…) stands directly after token <paramref name="index"/>.</summary>
    public static bool PunctuationFollows(TokenizedText text, int index, char mark)
    {
        var tokens = text.Tokens;
        return index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Punctuation && text.Text[tokens[index + 1].Start] == mark;
    }

    /// <summary>
    /// First token of the clause holding <paramref name="index"/>: the sentence start or the token
    /// after the nearest comma, semicolon, colon or dash before it.
    /// </summary>
    public static int ClauseStart(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        var sentence = tokens[index].Sentence;
        var i = index;
        while (i > 0)
        {
            var t = tokens[i - 1];
            if (t.Sentence != sentence || (t.Kind == TokenKind.Punctuation && IsClauseMark(text.Text[t.Start])))
            {
                break;
            }

            i--;
        }

        return i;
    }

    /// <summary>End (exclusive) of the clause holding <paramref name="index"/>.</summary>
    public static int ClauseEnd(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        var sentence = tokens[index].Sentence;
        var i = index + 1;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Sentence != sentence || (t.Kind == TokenKind.Punctuation && (IsClauseMark(text.Text[t.Start]) || text.Text[t.Start] is '.' or '!' or '?')))
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>True when the token was written with an upper-case first letter.</summary>
    public static bool IsCapitalised(TokenizedText text, int index) => char.IsUpper(text.Text[text.Tokens[index].Start]);

    /// <summary>True when every letter of the token is upper case (and it has at least one letter).</summary>
    public static bool IsAllCaps(TokenizedText text, int index)
    {
        var t = text.Tokens[index];
        var letters = 0;
        for (var i = t.Start; i < t.End; i++)
        {
            var c = text.Text[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    /// <summary>True when the token is the first word of its sentence.</summary>
    public static bool IsSentenceInitial(TokenizedText text, int index) => PreviousWord(text, index) < 0;

    /// <summary>True when any word of the sentence, from <paramref name="from"/> to its end, is in the set.</summary>
    public static bool SentenceHasAny(TokenizedText text, int from, int end, HashSet<string> words)
    {
        var tokens = text.Tokens;
        for (var i = from; i < end && i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && words.Contains(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentence index range [first, end) of tokens of the sentence of token <paramref name="index"/>.</summary>
    public static (int First, int End) SentenceOf(TokenizedText text, int index) => text.SentenceRange(text.Tokens[index].Sentence);

    /// <summary>True when the sentence of the token ends with a question mark.</summary>
    public static bool InQuestion(TokenizedText text, int index) => text.SentenceEndsWithQuestionMark(text.Tokens[index].Sentence);

    /// <summary>
    /// End (exclusive) of the evidence that runs on from token <paramref name="last"/> to the end of
    /// its clause, at most <paramref name="maxWords"/> more words ("just restart it" → "…restart it").
    /// </summary>
    public static int ExtendInClause(TokenizedText text, int last, int maxWords, bool countSymbols = false)
    {
        var clauseEnd = ClauseEnd(text, last);
        var tokens = text.Tokens;
        var end = last + 1;
        var words = 0;
        for (var i = last + 1; i < clauseEnd && words < maxWords; i++)
        {
            var kind = tokens[i].Kind;
            if (kind is TokenKind.Word or TokenKind.Number || (countSymbols && kind == TokenKind.Symbol))
            {
                words++;
                end = i + 1;
            }
        }

        return end;
    }

    private static bool IsClauseMark(char c) => c is ',' or ';' or ':' or '\u2013' or '\u2014' or '-' or '(' or ')';
}
