using System.Buffers;

namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols, marks sentences and quoted
/// stretches. Single pass over the characters; allocation is the token array (and the norms' hashes),
/// and a string only for a token whose normalised form is not yet in the shared <see cref="NormTable"/>.
/// Contractions ("don't", "I'm") and hyphenated words ("follow-up") stay one token, so a
/// phrase list written in plain English matches what people type.
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> QuoteOpeners = SearchValues.Create("\"\u201C'\u2018");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "approx", "no", "ref", "acc",
    };

    public static TokenizedText Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = QuotedMask(text);
        // Tokens are built in pooled buffers and copied once to arrays of the right size. Talk runs at
        // about one token in four or five characters; the buffers start at one in two and double when a
        // text is denser (a token takes at least one character), so a long text rents no more than it needs.
        var initial = Math.Max(4, Math.Min(text.Length, 8 + (text.Length / 2)));
        var buffer = ArrayPool<Token>.Shared.Rent(initial);
        var hashes = ArrayPool<int>.Shared.Rent(initial);
        try
        {
            var count = Scan(text, quoted, ref buffer, ref hashes);
            return new TokenizedText(text, buffer.AsSpan(0, count).ToArray(), SentenceStarts(buffer.AsSpan(0, count)),
                hashes.AsSpan(0, count).ToArray());
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    private static void Grow(ref Token[] tokens, ref int[] hashes, int count)
    {
        var moreTokens = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
        var moreHashes = ArrayPool<int>.Shared.Rent(tokens.Length * 2);
        tokens.AsSpan(0, count).CopyTo(moreTokens);
        hashes.AsSpan(0, count).CopyTo(moreHashes);
        ArrayPool<Token>.Shared.Return(tokens);
        ArrayPool<int>.Shared.Return(hashes);
        tokens = moreTokens;
        hashes = moreHashes;
    }

    /// <summary>Index of the first token of each sentence; sentence numbers rise by one from token to token.</summary>
    private static int[] SentenceStarts(ReadOnlySpan<Token> tokens)
    {
        var sentences = tokens.Length == 0 ? 1 : tokens[^1].Sentence + 1;
        if (sentences == 1)
        {
            return [0];
        }

        var starts = new int[sentences];
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Sentence != tokens[i - 1].Sentence)
            {
                starts[tokens[i].Sentence] = i;
            }
        }

        return starts;
    }

    private static int Scan(string text, bool[]? quoted, ref Token[] tokens, ref int[] hashes)
    {
        var count = 0;
        var sentence = 0;
        var newSentencePending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && count > 0 && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    newSentencePending = true;
                }

                i++;
                continue;
            }

            if (newSentencePending)
            {
                sentence++;
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

            if (count == tokens.Length || count == hashes.Length)
            {
                Grow(ref tokens, ref hashes, count);
            }

            var norm = Normalise(text.AsSpan(start, i - start), out hashes[count]);
            tokens[count++] = new Token(start, i - start, kind, norm, sentence, quoted is not null && quoted[start]);

            if (kind == TokenKind.Punctuation && IsTerminal(c) && !IsAbbreviationDot(tokens.AsSpan(0, count), c, text, i))
            {
                newSentencePending = true;
            }
        }

        // a trailing terminal produces no empty sentence
        return count;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>
    /// A dot after a known abbreviation ("Mr.", "e.g.") does not end the sentence. "No." does
    /// only when a number follows ("No. 5"): otherwise it is the answer "No." and a new sentence
    /// starts ("No. I'm not happy" must not read "not happy" as negated by "No").
    /// </summary>
    private static bool IsAbbreviationDot(ReadOnlySpan<Token> tokens, char c, string text, int next)
    {
        if (c != '.' || tokens.Length < 2)
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

    /// <summary>
    /// The norm of a token: lower case, typographic apostrophes folded to ASCII; the shared string from
    /// <see cref="NormTable"/> (no allocation for a word seen before), and its hash, computed on the way.
    /// </summary>
    private static string Normalise(ReadOnlySpan<char> span, out int hash)
    {
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        var fnv = 2166136261u; // NormTable.Hash, run here to read the characters once
        for (var k = 0; k < span.Length; k++)
        {
            var ch = span[k];
            var n = ch is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(ch);
            buffer[k] = n;
            fnv = (fnv ^ n) * 16777619u;
        }

        hash = NormTable.Fold(fnv);
        return NormTable.Intern(buffer, hash);
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
            // only these characters can open a quotation: jump to the next one (vectorised)
            var next = text.AsSpan(i).IndexOfAny(QuoteOpeners);
            if (next < 0)
            {
                break;
            }

            i += next;
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
