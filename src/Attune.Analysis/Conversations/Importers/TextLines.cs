namespace Attune.Analysis.Conversations.Importers;

/// <summary>Splits text into lines on LF, CRLF or CR (the line ends WebVTT allows, and what editors write).</summary>
internal static class TextLines
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>The 1-based line of position <paramref name="index"/>, counting LF, CRLF and lone CR as line ends.</summary>
    public static int LineAt(ReadOnlySpan<char> text, int index)
    {
        var before = text[..index];
        return 1 + before.Count('\n') + before.Count('\r') - before.Count("\r\n");
    }

    /// <summary>As <see cref="LineAt(ReadOnlySpan{char}, int)"/> for UTF-8 bytes (line ends are ASCII).</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        return 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count((ReadOnlySpan<byte>)"\r\n"u8);
    }

    /// <summary>A short, single-line excerpt of <paramref name="text"/> for error messages.</summary>
    public static string Excerpt(string text, int max = 40)
    {
        var t = text.Trim();
        return t.Length <= max ? t : string.Concat(t.AsSpan(0, max), "…");
    }
}
