using System.Text;
using System.Text.RegularExpressions;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Privacy;

/// <summary>
/// Redacts personal data before anything is analysed or stored: e-mail addresses, payment
/// card numbers (13–19 digits passing the Luhn check), phone numbers, and other long digit
/// runs such as account numbers (7 digits or more). Each is replaced by a bracketed
/// placeholder so the transcript still reads naturally ("my card is [CARD]").
/// </summary>
public static partial class PiiRedactor
{
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // digits with optional single space or dash separators, 7+ digits in all
    [GeneratedRegex(@"(?<![\w.])\+?\(?\d(?:[\s\-().]{0,2}\d){6,22}(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRunPattern();

    public static (string Text, IReadOnlyList<Redaction> Redactions) Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayContainPii(text))
        {
            return (text, []);
        }

        var spans = new List<(int Start, int Length, string Kind)>();
        foreach (Match m in EmailPattern().Matches(text))
        {
            spans.Add((m.Index, m.Length, "email"));
        }

        foreach (Match m in DigitRunPattern().Matches(text))
        {
            if (Overlaps(spans, m.Index, m.Length))
            {
                continue;
            }

            var value = m.Value.TrimEnd(')', '.', '-', ' ');
            var digits = CountDigits(value);
            string kind;
            if (digits is >= 13 and <= 19 && Luhn(value))
            {
                kind = "card";
            }
            else if (LooksLikePhone(value, digits))
            {
                kind = "phone";
            }
            else
            {
                kind = "number";
            }

            spans.Add((m.Index, value.Length, kind));
        }

        if (spans.Count == 0)
        {
            return (text, []);
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(text.Length);
        var redactions = new List<Redaction>(spans.Count);
        var pos = 0;
        foreach (var (start, length, kind) in spans)
        {
            sb.Append(text, pos, start - pos);
            var placeholder = Placeholder(kind);
            redactions.Add(new Redaction(kind, sb.Length, placeholder.Length));
            sb.Append(placeholder);
            pos = start + length;
        }

        sb.Append(text, pos, text.Length - pos);
        return (sb.ToString(), redactions);
    }

    /// <summary>Redacts word timings the same way: a timed word that is personal data keeps its time and loses its text.</summary>
    public static IReadOnlyList<Word> RedactWords(IReadOnlyList<Word> words)
    {
        if (words.Count == 0)
        {
            return words;
        }

        var result = new Word[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            result[i] = w.Text.Contains('@') ? w with { Text = Placeholder("email") }
                : CountDigits(w.Text) >= 3 ? w with { Text = Placeholder("number") }
                : w;
        }

        return result;
    }

    public static string Placeholder(string kind) => kind switch
    {
        "email" => "[EMAIL]",
        "card" => "[CARD]",
        "phone" => "[PHONE]",
        _ => "[NUMBER]",
    };

    /// <summary>The Luhn checksum (ISO/IEC 7812-1) over the digits of <paramref name="value"/>.</summary>
    public static bool Luhn(string value)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            var c = value[i];
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            var d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    private static bool LooksLikePhone(string value, int digits) =>
        (value.StartsWith('+') && digits is >= 8 and <= 15)
        || (value.StartsWith('0') && digits is 10 or 11)
        || (digits == 10 && (value.Contains('-') || value.Contains(' ') || value.Contains('(')));

    private static bool MayContainPii(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c == '@')
            {
                return true;
            }

            if (char.IsAsciiDigit(c) && ++digits >= 7)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountDigits(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    private static bool Overlaps(List<(int Start, int Length, string Kind)> spans, int start, int length)
    {
        foreach (var s in spans)
        {
            if (start < s.Start + s.Length && s.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }
}
