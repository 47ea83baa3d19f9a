namespace Attune.Cli.Bench;

/// <summary>
/// Reads a benchmark sentence file: one sentence per line, as written by
/// ../shared/bench/text/gen_sentences.js. Blank lines are skipped (the peer runner
/// skips them too, so both sides score the same number of sentences).
/// </summary>
public static class SentenceFile
{
    public static IReadOnlyList<string> Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static IReadOnlyList<string> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            // ReadLine already drops "\n" and "\r\n"; a line of only spaces is blank too.
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
