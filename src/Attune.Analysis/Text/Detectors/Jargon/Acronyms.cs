using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>
/// Acronyms and initialisms: a word of 2–6 capital letters (optionally a plural "s": "ONTs") that
/// is not a common one customers know (<c>KnownAcronyms.lex.txt</c>), not an English word in
/// capitals for emphasis (<c>EmphasisWords.lex.txt</c>), not a Roman numeral, and not in a turn
/// written mostly in capitals (shouting). It counts as expanded when the words near it spell its
/// letters ("Direct Debit (DD)", "DD, that's direct debit") or a gloss follows it ("ONT — that's
/// the box on the wall", "MAC (the code you need to switch)").
/// </summary>
internal static class Acronyms
{
    private const int ExpansionWindow = 12;

    private static readonly HashSet<string> Known = Load("KnownAcronyms.lex.txt");
    private static readonly HashSet<string> Emphasis = Load("EmphasisWords.lex.txt");

    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "for", "to", "in", "on", "a", "de",
    };

    /// <summary>Words that never spell out an acronym by accident ("did do" is not "DD").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "did", "does", "can", "the", "and", "you", "your", "will", "would", "should", "could", "have", "has", "had",
        "not", "but", "for", "are", "was", "were", "this", "that", "then", "they", "them", "there", "what", "when",
        "which", "with", "just", "also", "all", "any", "some", "get", "got", "make", "made", "its", "it's", "i'm",
        "i'll", "i've", "let", "let's", "she", "her", "him", "his", "our", "out", "off", "now", "new", "one", "two",
        "yes", "yeah", "okay", "see", "say", "said", "can't", "don't", "didn't", "won't", "who", "how", "why",
    };

    /// <summary>Words after an acronym that introduce its meaning ("DD, that's…", "ONT, which is…").</summary>
    private static readonly HashSet<string> GlossOpeners = new(StringComparer.Ordinal)
    {
        "that's", "meaning", "means", "i.e", "aka", "or", "which", "stands", "short", "basically", "thats",
    };

    /// <summary>The acronym in upper case without a plural "s", or null when the token is not a candidate.</summary>
    public static string? Candidate(TokenizedText text, int index)
    {
        var t = text.Tokens[index];
        if (t.Kind != TokenKind.Word || t.Length < 2 || t.Length > 7 || t.Quoted)
        {
            return null;
        }

        var s = text.Text.AsSpan(t.Start, t.Length);
        if (s[^1] == 's' && s.Length > 2)
        {
            s = s[..^1]; // "ONTs"
        }

        if (s.Length is < 2 or > 6)
        {
            return null;
        }

        var roman = true;
        foreach (var c in s)
        {
            if (c is < 'A' or > 'Z')
            {
                return null;
            }

            roman &= c is 'I' or 'V' or 'X'; // "Part II"; L, C, D, M alone are too rare to matter and would hide "DD", "CC"
        }

        if (roman && s.Length <= 4)
        {
            return null;
        }

        if (IsSignature(text, index) || IsPlaceholderOrReference(text, index))
        {
            return null;
        }

        var upper = s.ToString();
        var lower = upper.ToLowerInvariant();
        return Known.Contains(lower) || Emphasis.Contains(lower) ? null : upper;
    }

    /// <summary>
    /// Agent initials signing a social-media reply ("…^RR", "…/AY", "… -AD") are not acronyms:
    /// after ^, / or ~, or after a dash as the turn's last word.
    /// </summary>
    private static bool IsSignature(TokenizedText text, int index)
    {
        var t = text.Tokens[index];
        var i = t.Start - 1;
        while (i >= 0 && text.Text[i] == ' ')
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var mark = text.Text[i];
        if (mark is '^' or '/' or '~')
        {
            return true;
        }

        if (mark is '-' or '\u2013' or '\u2014')
        {
            // the last thing in the turn, apart from a link or punctuation
            var rest = text.Text.AsSpan(t.End).Trim();
            if (rest.StartsWith("http", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var c in rest)
            {
                if (char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Not words the customer has to understand: a redaction placeholder ("[PHONE]", written by the PII
    /// redactor) or the letters of a reference code ("SEC-4471", "ref AB-12").
    /// </summary>
    private static bool IsPlaceholderOrReference(TokenizedText text, int index)
    {
        var t = text.Tokens[index];
        var s = text.Text;
        if (t.Start > 0 && s[t.Start - 1] == '[' && t.End < s.Length && s[t.End] == ']')
        {
            return true;
        }

        return t.End + 1 < s.Length && s[t.End] is '-' or '/' && char.IsAsciiDigit(s[t.End + 1]);
    }

    /// <summary>True when most of the turn's words are in capitals (shouting): capitals then carry no acronym signal.</summary>
    public static bool IsShouting(TokenizedText text)
    {
        int words = 0, caps = 0;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var t = text.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 2)
            {
                continue;
            }

            words++;
            if (TokenWalk.IsAllCaps(text, i))
            {
                caps++;
            }
        }

        return words >= 3 && caps * 2 > words;
    }

    /// <summary>True when the acronym at <paramref name="index"/> is spelled out or glossed nearby in the same turn.</summary>
    public static bool IsExpandedNear(TokenizedText text, int index, string acronym)
    {
        var tokens = text.Tokens;

        // a gloss right after it: "DD, that's direct debit", "ONT (the box on the wall)", "MAC stands for…"
        var next = index + 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && text.Text[tokens[next].Start] == '(')
        {
            return true;
        }

        var w = TokenWalk.NextWord(text, index);
        if (w < 0 && next < tokens.Count)
        {
            // the gloss may be the next sentence: "DD. That's your direct debit."
            for (var i = next; i < tokens.Count && i <= next + 2; i++)
            {
                if (tokens[i].Kind == TokenKind.Word)
                {
                    w = i;
                    break;
                }
            }
        }

        if (w >= 0 && GlossOpeners.Contains(tokens[w].Norm) && (tokens[w].Norm != "or" || Spells(text, TokenWalk.NextWord(text, w), acronym, out _)))
        {
            return true;
        }

        if (w >= 0 && tokens[w].Norm is "is" && TokenWalk.NextNorm(text, w) is "short")
        {
            return true;
        }

        // its letters spelled by nearby words: "Direct Debit (DD)", "the optical network terminal, the ONT"
        var from = Math.Max(0, index - ExpansionWindow);
        var to = Math.Min(tokens.Count, index + ExpansionWindow);
        for (var s = from; s < to; s++)
        {
            if (s != index && tokens[s].Kind == TokenKind.Word && Spells(text, s, acronym, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words from <paramref name="start"/> have the acronym's letters as initials (linking words allowed inside).</summary>
    private static bool Spells(TokenizedText text, int start, string acronym, out int end)
    {
        end = start;
        if (start < 0)
        {
            return false;
        }

        var tokens = text.Tokens;
        var pos = 0;
        var i = start;
        while (i < tokens.Count && pos < acronym.Length)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                if (t.Kind == TokenKind.Punctuation && text.Text[t.Start] is '-' && pos > 0)
                {
                    i++;
                    continue;
                }

                break;
            }

            if (TokenWalk.IsAllCaps(text, i) && t.Length > 1)
            {
                break; // the acronym itself, or another one, is not its expansion
            }

            var initial = char.ToUpperInvariant(t.Norm[0]);
            if (initial == acronym[pos] && t.Length >= 3 && !FunctionWords.Contains(t.Norm) && !(pos == 0 && Linking.Contains(t.Norm)))
            {
                pos++;
                // a hyphenated word may carry two letters: "e-mail", "Wi-Fi"
                var hyphen = t.Norm.IndexOf('-', StringComparison.Ordinal);
                if (hyphen > 0 && hyphen + 1 < t.Norm.Length && pos < acronym.Length && char.ToUpperInvariant(t.Norm[hyphen + 1]) == acronym[pos])
                {
                    pos++;
                }
            }
            else if (pos > 0 && Linking.Contains(t.Norm))
            {
                // "Bank of England"
            }
            else
            {
                break;
            }

            i++;
        }

        end = i;
        return pos == acronym.Length;
    }

    private static HashSet<string> Load(string file)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in JargonResources.ReadLines(file))
        {
            set.Add(line.ToLowerInvariant());
        }

        return set;
    }
}
