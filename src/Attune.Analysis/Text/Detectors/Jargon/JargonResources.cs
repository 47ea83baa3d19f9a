using System.Reflection;

namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>Reads the jargon detector's embedded resources (lexicon files and the shipped plain-language lists).</summary>
internal static class JargonResources
{
    private static readonly Assembly Assembly = typeof(JargonResources).Assembly;

    /// <summary>The text of the embedded resource whose name ends with <paramref name="fileName"/>.</summary>
    public static string ReadText(string fileName)
    {
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            if (name.EndsWith(fileName, StringComparison.Ordinal))
            {
                using var stream = Assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
        }

        throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from {Assembly.GetName().Name}.");
    }

    /// <summary>The non-empty, non-comment lines of a <c>*.lex.txt</c> resource, trimmed.</summary>
    public static List<string> ReadLines(string fileName)
    {
        var lines = new List<string>();
        foreach (var raw in ReadText(fileName).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
