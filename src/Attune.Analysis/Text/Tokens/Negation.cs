namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Negation scope: a word is negated when a negator stands within a few words before it in
/// the same sentence ("I'm not upset", "never received"). The window of three words follows
/// VADER (Hutto &amp; Gilbert 2014), which checks the three preceding tokens.
/// </summary>
public static class Negation
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely", "cannot",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "won't", "wouldn't",
        "shouldn't", "haven't", "hasn't", "hadn't", "mustn't", "ain't", "dont", "doesnt", "didnt", "isnt", "arent",
        "wasnt", "werent", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "nope", "nt",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorsBySpan = Negators.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNegator(string norm) => Negators.Contains(norm);

    /// <summary>The same test on a slice of a longer string (lexicons read at start-up check their words without copying them out).</summary>
    public static bool IsNegator(ReadOnlySpan<char> norm) => NegatorsBySpan.Contains(norm);

    /// <summary>True when a negator is within <paramref name="window"/> words before token <paramref name="index"/> in its sentence.</summary>
    public static bool IsNegated(TokenizedText text, int index, int window = 3)
    {
        var tokens = text.Tokens;
        var sentence = tokens[index].Sentence;
        var seen = 0;
        for (var i = index - 1; i >= 0 && seen < window; i--)
        {
            var t = tokens[i];
            if (t.Sentence != sentence)
            {
                break;
            }

            if (t.Kind == TokenKind.Punctuation && t.Norm is "," or ";" or ":")
            {
                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            if (Negators.Contains(t.Norm))
            {
                return true;
            }
        }

        return false;
    }
}
