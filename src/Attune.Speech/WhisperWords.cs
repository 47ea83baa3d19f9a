using Attune.Analysis.Conversations;
using Whisper.net;

namespace Attune.Speech;

/// <summary>
/// Groups Whisper's sub-word tokens into words. Whisper's byte-pair vocabulary (GPT-2 style) marks a word start
/// with a leading space, so a token that starts with a space opens a new word and any other token (a word piece,
/// an apostrophe ending, punctuation) continues the current one. Special tokens ("[_BEG_]", "[_TT_150]",
/// "&lt;|en|&gt;") carry no text. Token times are whisper.cpp's t0/t1 in centiseconds from the start of the
/// processed audio; where they are missing or out of order the segment's span is shared out by word length.
/// </summary>
internal static class WhisperWords
{
    public static IReadOnlyList<Word> From(WhisperToken[]? tokens, double segmentStart, double segmentEnd, double offsetSeconds)
    {
        var words = new List<Word>();
        if (tokens is null || tokens.Length == 0)
        {
            return words;
        }

        var texts = new List<string>();
        var starts = new List<double>();
        var ends = new List<double>();
        var current = new System.Text.StringBuilder();
        double wordStart = double.NaN, wordEnd = double.NaN;
        var timed = true;
        foreach (var token in tokens)
        {
            var t = token.Text;
            if (string.IsNullOrEmpty(t) || t.StartsWith("[_", StringComparison.Ordinal) || t.StartsWith("<|", StringComparison.Ordinal))
            {
                continue;
            }

            if (t[0] == ' ' && current.Length > 0)
            {
                Close();
            }

            var t0 = token.Start >= 0 ? offsetSeconds + token.Start / 100.0 : double.NaN;
            var t1 = token.End >= 0 ? offsetSeconds + token.End / 100.0 : double.NaN;
            if (current.Length == 0)
            {
                wordStart = t0;
            }

            wordEnd = t1;
            current.Append(t);
        }

        Close();

        for (var k = 0; k < texts.Count; k++)
        {
            if (double.IsNaN(starts[k]) || double.IsNaN(ends[k]) || ends[k] < starts[k]
                || starts[k] < segmentStart - 0.5 || ends[k] > segmentEnd + 0.5 || (k > 0 && starts[k] < starts[k - 1]))
            {
                timed = false;
            }
        }

        if (!timed)
        {
            // Share the segment out by character count: coarse, but monotonic and inside the segment.
            var total = 0;
            foreach (var w in texts)
            {
                total += w.Length + 1;
            }

            var at = segmentStart;
            var perChar = total == 0 ? 0 : (segmentEnd - segmentStart) / total;
            for (var k = 0; k < texts.Count; k++)
            {
                var end = at + perChar * texts[k].Length;
                words.Add(new Word(texts[k], at, end));
                at = end + perChar;
            }

            return words;
        }

        for (var k = 0; k < texts.Count; k++)
        {
            var start = Math.Clamp(starts[k], segmentStart, segmentEnd);
            words.Add(new Word(texts[k], start, Math.Clamp(ends[k], start, segmentEnd)));
        }

        return words;

        void Close()
        {
            var text = Clean(current.ToString());
            current.Clear();
            if (text.Length > 0)
            {
                texts.Add(text);
                starts.Add(wordStart);
                ends.Add(wordEnd);
            }
        }
    }

    /// <summary>Trim spaces and the punctuation Whisper attaches to words ("hello," → "hello"); keep inner apostrophes and hyphens.</summary>
    internal static string Clean(string raw)
    {
        var s = raw.AsSpan().Trim();
        var a = 0;
        var b = s.Length;
        while (a < b && !char.IsLetterOrDigit(s[a]))
        {
            a++;
        }

        while (b > a && !char.IsLetterOrDigit(s[b - 1]))
        {
            b--;
        }

        return s[a..b].ToString();
    }
}
