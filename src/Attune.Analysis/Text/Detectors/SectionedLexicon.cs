using System.Reflection;

namespace Attune.Analysis.Text.Detectors;

/// <summary>
/// Reads a phrase lexicon kept as an embedded <c>*.lex.txt</c> resource: one phrase per line
/// in <c>[section]</c> blocks, <c>#</c> comments, and word-set macros so a frame can be crossed
/// with a lexicon without writing every combination out:
/// <code>
/// @feeling = frustrating | upsetting | worrying
/// [interpretation]
/// that sounds ~ {feeling}
/// </code>
/// A macro whose options are all single words becomes one <see cref="Tokens.PhraseMatcher"/>
/// alternative group <c>(a|b|c)</c>; one with multi-word options expands the line once per option.
/// Lines are lower-cased by the matcher; other syntax (<c>*</c>, <c>~</c>, <c>(a|b)</c>) is the matcher's.
/// </summary>
internal static class SectionedLexicon
{
    /// <summary>One phrase of a lexicon with the section it was listed under.</summary>
    internal readonly record struct Entry(string Section, string Phrase, int Line);

    /// <summary>A parsed lexicon: its phrases, and its word-set macros by name.</summary>
    internal sealed record Parsed(IReadOnlyList<Entry> Entries, IReadOnlyDictionary<string, List<string>> Macros);

    /// <summary>Loads the embedded resource whose name ends with <paramref name="fileName"/> in the assembly of <paramref name="anchor"/>.</summary>
    public static Parsed Load(Type anchor, string fileName)
    {
        var assembly = anchor.Assembly;
        var name = Array.Find(assembly.GetManifestResourceNames(), n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), fileName);
    }

    /// <summary>Parses lexicon text; errors name the file and line, since a broken lexicon is a bug in the build.</summary>
    public static Parsed Parse(string text, string fileName)
    {
        var macros = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        var section = "";
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = StripComment(lines[n]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].Trim();
                continue;
            }

            if (line[0] == '@')
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    throw new InvalidOperationException($"{fileName}:{n + 1}: a macro line needs '@name = option | option'.");
                }

                var key = line[1..eq].Trim();
                if (!macros.TryGetValue(key, out var options))
                {
                    options = [];
                    macros[key] = options;
                }

                foreach (var option in line[(eq + 1)..].Split('|'))
                {
                    var o = option.Trim();
                    if (o.Length > 0)
                    {
                        options.Add(o);
                    }
                }

                continue;
            }

            if (section.Length == 0)
            {
                throw new InvalidOperationException($"{fileName}:{n + 1}: phrase outside a [section].");
            }

            foreach (var withMacros in ExpandMacros(line, macros, fileName, n + 1))
            {
                foreach (var phrase in ExpandGroups(withMacros, fileName, n + 1))
                {
                    entries.Add(new Entry(section, phrase, n + 1));
                }
            }
        }

        return new Parsed(entries, macros);
    }

    /// <summary>
    /// Expands, line by line, the alternative groups the matcher cannot take as one token: groups
    /// with multi-word options ("(all ears|listening)") and groups glued to a word ("you('ve|ve)").
    /// A whole-token group of single words ("(so|really|)") is left for the matcher.
    /// </summary>
    private static IEnumerable<string> ExpandGroups(string line, string fileName, int lineNumber)
    {
        var search = 0;
        while (true)
        {
            var open = line.IndexOf('(', search);
            if (open < 0)
            {
                yield return CollapseSpaces(line);
                yield break;
            }

            var close = line.IndexOf(')', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"{fileName}:{lineNumber}: '(' without ')'.");
            }

            var content = line[(open + 1)..close];
            var wholeToken = (open == 0 || line[open - 1] == ' ') && (close == line.Length - 1 || line[close + 1] == ' ');
            if (wholeToken && !content.Contains(' ', StringComparison.Ordinal))
            {
                search = close + 1;
                continue;
            }

            var head = line[..open];
            var tail = line[(close + 1)..];
            foreach (var option in content.Split('|'))
            {
                foreach (var rest in ExpandGroups(head + option.Trim() + tail, fileName, lineNumber))
                {
                    yield return rest;
                }
            }

            yield break;
        }
    }

    /// <summary>
    /// The words of a line joined by single spaces (what <c>string.Join(' ', line.Split(' ', RemoveEmptyEntries))</c>
    /// gives) without splitting it: most lines need no change, and splitting every expanded line into word strings
    /// was megabytes of start-up garbage for the empathy lexicon.
    /// </summary>
    private static string CollapseSpaces(string line)
    {
        if (line.Length == 0 || (line[0] != ' ' && line[^1] != ' ' && !line.Contains("  ", StringComparison.Ordinal)))
        {
            return line;
        }

        var sb = new System.Text.StringBuilder(line.Length);
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(word);
        }

        return sb.ToString();
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static IEnumerable<string> ExpandMacros(string line, Dictionary<string, List<string>> macros, string fileName, int lineNumber)
    {
        var open = line.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            yield return line;
            yield break;
        }

        var close = line.IndexOf('}', open);
        if (close < 0)
        {
            throw new InvalidOperationException($"{fileName}:{lineNumber}: '{{' without '}}'.");
        }

        var key = line[(open + 1)..close];
        if (!macros.TryGetValue(key, out var options))
        {
            throw new InvalidOperationException($"{fileName}:{lineNumber}: unknown macro '{{{key}}}'.");
        }

        var head = line[..open];
        var tail = line[(close + 1)..];
        if (options.TrueForAll(o => !o.Contains(' ', StringComparison.Ordinal)))
        {
            // inside a group ("({feeling}|hard)") the options join the group; elsewhere they form one
            var insideGroup = head.Length > 0 && head[^1] is '(' or '|' && tail.Length > 0 && tail[0] is '|' or ')';
            var joined = string.Join('|', options);
            foreach (var rest in ExpandMacros(head + (insideGroup ? joined : "(" + joined + ")") + tail, macros, fileName, lineNumber))
            {
                yield return rest;
            }

            yield break;
        }

        foreach (var option in options)
        {
            foreach (var rest in ExpandMacros(head + option + tail, macros, fileName, lineNumber))
            {
                yield return rest;
            }
        }
    }
}
