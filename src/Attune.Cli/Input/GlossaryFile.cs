namespace Attune.Cli.Input;

/// <summary>
/// Reads an organisation glossary for <c>--glossary FILE</c>: one entry per line,
/// <c>term = plain alternative</c> (a tab also separates), <c>#</c> starts a comment line,
/// blank lines are ignored. Terms compare case-insensitively; a repeated term is an error.
/// </summary>
internal static class GlossaryFile
{
    /// <summary>The glossary, or the first problem as "file:line: reason".</summary>
    public static (Dictionary<string, string>? Glossary, string? Error) Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, $"{path}: cannot read the glossary: {ex.Message}");
        }

        var glossary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var sep = line.IndexOf('=', StringComparison.Ordinal);
            if (sep < 0)
            {
                sep = line.IndexOf('\t', StringComparison.Ordinal);
            }

            var term = sep < 0 ? "" : line[..sep].Trim();
            var alternative = sep < 0 ? "" : line[(sep + 1)..].Trim();
            if (term.Length == 0 || alternative.Length == 0)
            {
                return (null, $"{path}:{i + 1}: expected 'term = plain alternative', found '{line}'");
            }

            if (!glossary.TryAdd(term, alternative))
            {
                return (null, $"{path}:{i + 1}: '{term}' is already in the glossary");
            }
        }

        return (glossary, null);
    }
}
