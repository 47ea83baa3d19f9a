using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// The features the emotion model reads, identical at training and at run time: hashed word
/// unigrams (a word in a negation scope is a different feature: "upset" vs "not … upset"),
/// word bigrams within a sentence, and three text flags (a question mark, an exclamation
/// mark, a word in capitals). Quoted words (someone else's words) are left out. Hashes are
/// 64-bit FNV-1a over the lower-cased token, stable across runs and platforms, so the
/// trained model stores no strings and scoring allocates nothing.
/// </summary>
public static class EmotionFeatures
{
    /// <summary>Most features a text yields per token (unigram + bigram) plus the flags.</summary>
    public static int MaxCount(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (2 * text.Tokens.Count) + 3;
    }

    /// <summary>Words before a token in which a negator negates it: <see cref="Negation.IsNegated"/>'s default.</summary>
    private const int NegationWindow = 3;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong NegatedSeed = 0x9E3779B97F4A7C15UL;
    private const ulong BigramSeed = 0xC2B2AE3D27D4EB4FUL;

    internal static readonly ulong QuestionFlag = Hash("\u0001?");
    internal static readonly ulong ExclamationFlag = Hash("\u0001!");
    internal static readonly ulong CapsFlag = Hash("\u0001CAPS");
    internal static readonly ulong NumberToken = Hash("\u0001num");

    /// <summary>
    /// Writes the feature hashes of <paramref name="text"/> into <paramref name="hashes"/> and,
    /// for each, the token it came from (the second word for a bigram, -1 for a flag) into
    /// <paramref name="tokenOf"/>. Both spans need <see cref="MaxCount"/> room. Returns the count.
    /// </summary>
    public static int Extract(TokenizedText text, Span<ulong> hashes, Span<int> tokenOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var n = 0;
        ulong previous = 0;
        var previousSentence = -1;
        bool question = false, exclamation = false, caps = false;
        // Negation scope kept as we go, the same rule as Negation.IsNegated (a negator among the three
        // words before, in the same sentence and clause), without scanning back from every word.
        var clauseSentence = -1;
        var clauseWords = 0;
        var lastNegator = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Sentence != clauseSentence)
            {
                clauseSentence = t.Sentence;
                clauseWords = 0;
                lastNegator = -1;
            }

            var negated = lastNegator >= 0 && clauseWords - lastNegator <= NegationWindow;
            if (t.Kind == TokenKind.Punctuation && t.Norm is "," or ";" or ":")
            {
                clauseWords = 0;
                lastNegator = -1;
            }
            else if (t.Kind == TokenKind.Word)
            {
                if (Negation.IsNegator(t.Norm))
                {
                    lastNegator = clauseWords;
                }

                clauseWords++;
            }

            if (t.Quoted)
            {
                previous = 0;
                continue;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                var c = text.Text[t.Start];
                question |= c == '?';
                exclamation |= c == '!';
                if (c is ',' or ';' or ':')
                {
                    previous = 0; // bigrams stay inside a clause
                }

                continue;
            }

            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var h = t.Kind == TokenKind.Number ? NumberToken : Hash(t.Norm);
            if (t.Kind == TokenKind.Word && t.Length > 1 && IsAllCaps(text.Text.AsSpan(t.Start, t.Length)))
            {
                caps = true;
            }

            var unigram = negated ? Mix(h, NegatedSeed) : h;
            hashes[n] = unigram;
            tokenOf[n++] = i;
            if (previous != 0 && previousSentence == t.Sentence)
            {
                hashes[n] = Mix(previous * Prime, h ^ BigramSeed);
                tokenOf[n++] = i;
            }

            previous = h;
            previousSentence = t.Sentence;
        }

        if (question)
        {
            hashes[n] = QuestionFlag;
            tokenOf[n++] = -1;
        }

        if (exclamation)
        {
            hashes[n] = ExclamationFlag;
            tokenOf[n++] = -1;
        }

        if (caps)
        {
            hashes[n] = CapsFlag;
            tokenOf[n++] = -1;
        }

        return n;
    }

    internal static ulong Hash(string s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    private static ulong Mix(ulong a, ulong b)
    {
        var h = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }
}
