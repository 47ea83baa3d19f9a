namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols, marks sentences and quoted
/// stretches. Single pass over the characters; allocation is one string per token.
/// Contractions ("don't", "I'm") and hyphenated words ("follow-up") stay one token, so a
/// phrase list written in plain English matches what people type.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "approx", "no", "ref", "acc",
    };

    public static TokenizedText Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = QuotedMask(text);
        var tokens = new List<Token>(Math.Max(4, text.Length / 4));
        var sentenceStarts = new List<int> { 0 };
        var sentence = 0;
        var newSentencePending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && tokens.Count > 0 && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    newSentencePending = true;
                }

                i++;
                continue;
            }

            if (newSentencePending)
            {
                sentence++;
                sentenceStarts.Add(tokens.Count);
                newSentencePending = false;
            }

            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((IsApostrophe(d) || d == '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (d == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i + 2 < text.Length && text[i + 2] == '.')
                    {
                        // e.g. / i.e. style abbreviations keep their inner dots
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',' || text[i] == ':') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                // 2nd, 3rd, 10th, 5pm
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else if (char.IsPunctuation(c))
            {
                i++;
                // keep runs like "?!", "..." together
                while (i < text.Length && (text[i] == c || (IsTerminal(c) && IsTerminal(text[i]))))
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Symbol;
            }

            var norm = Normalise(text.AsSpan(start, i - start));
            tokens.Add(new Token(start, i - start, kind, norm, sentence, quoted is not null && quoted[start]));

            if (kind == TokenKind.Punctuation && IsTerminal(c) && !IsAbbreviationDot(tokens, c, text, i))
            {
                newSentencePending = true;
            }
        }

        // a trailing terminal produces no empty sentence
        return new TokenizedText(text, [.. tokens], [.. sentenceStarts]);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>
    /// A dot after a known abbreviation ("Mr.", "e.g.") does not end the sentence. "No." does
    /// only when a number follows ("No. 5"): otherwise it is the answer "No." and a new sentence
    /// starts ("No. I'm not happy" must not read "not happy" as negated by "No").
    /// </summary>
    private static bool IsAbbreviationDot(List<Token> tokens, char c, string text, int next)
    {
        if (c != '.' || tokens.Count < 2)
        {
            return false;
        }

        var dot = tokens[^1];
        if (dot.Length != 1)
        {
            return false;
        }

        var prev = tokens[^2];
        if (prev.End != dot.Start || prev.Kind != TokenKind.Word || !Abbreviations.Contains(prev.Norm))
        {
            return false;
        }

        if (prev.Norm != "no")
        {
            return true;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && char.IsAsciiDigit(text[next]);
    }

    private static string Normalise(ReadOnlySpan<char> span)
    {
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        var changed = false;
        for (var k = 0; k < span.Length; k++)
        {
            var ch = span[k];
            var n = ch is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(ch);
            changed |= n != ch;
            buffer[k] = n;
        }

        return new string(buffer);
    }

    /// <summary>
    /// Marks characters inside quotations: "…", “…”, and '…' / ‘…’ when the single quotes
    /// open after a space and close before a non-letter (so apostrophes are not taken for quotes).
    /// Returns null when the text has no quotation.
    /// </summary>
    private static bool[]? QuotedMask(string text)
    {
        bool[]? mask = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int close = -1;
            if (c == '"')
            {
                close = text.IndexOf('"', i + 1);
            }
            else if (c == '\u201C')
            {
                close = text.IndexOf('\u201D', i + 1);
            }
            else if ((c == '\'' || c == '\u2018') && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var closer = c == '\'' ? '\'' : '\u2019';
                for (var j = i + 2; j < text.Length; j++)
                {
                    if (text[j] == closer && (j + 1 == text.Length || !char.IsLetter(text[j + 1])) && char.IsLetterOrDigit(text[j - 1]) || (text[j] == closer && j + 1 < text.Length && char.IsPunctuation(text[j + 1])))
                    {
                        close = j;
                        break;
                    }

                    if (text[j] == '\n')
                    {
                        break;
                    }
                }
            }

            if (close > i)
            {
                mask ??= new bool[text.Length];
                for (var k = i; k <= close; k++)
                {
                    mask[k] = true;
                }

                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return mask;
    }
}
