using System.Collections;
using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>
/// An organisation glossary: internal or technical terms and the plain alternatives advisors
/// should use (PRODUCT.md technique 7). It is the <c>term → alternative</c> dictionary that
/// <see cref="AnalysisOptions.Glossary"/> takes, with an optional note per term. Terms match
/// case-insensitively, whole words, and never twice (a duplicate term is an error).
/// <para>
/// Files (<see cref="Load"/>): TSV — <c>term&lt;TAB&gt;alternative[&lt;TAB&gt;note]</c> per line, <c>#</c>
/// comments, an optional <c>term…</c> header; or YAML — a mapping <c>ONT: the box on the wall</c>
/// (a value may also be <c>{alternative: …, note: …}</c>), or a list of <c>{term, alternative, note}</c>,
/// optionally under a top-level <c>terms:</c> or <c>glossary:</c> key. An invalid file is refused with
/// the file, the line and what was expected; nothing is thrown for bad content.
/// </para>
/// </summary>
public sealed class Glossary : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, GlossaryEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GlossaryEntry> _ordered = [];

    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var e in entries)
        {
            if (string.IsNullOrWhiteSpace(e.Term) || string.IsNullOrWhiteSpace(e.Alternative))
            {
                throw new ArgumentException("A glossary entry needs a term and an alternative.", nameof(entries));
            }

            var entry = e with { Term = e.Term.Trim(), Alternative = e.Alternative.Trim(), Note = string.IsNullOrWhiteSpace(e.Note) ? null : e.Note.Trim() };
            if (!_entries.TryAdd(entry.Term, entry))
            {
                throw new ArgumentException($"The glossary term '{entry.Term}' appears twice.", nameof(entries));
            }

            _ordered.Add(entry);
        }
    }

    /// <summary>An empty glossary.</summary>
    public static Glossary Empty { get; } = new([]);

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => _ordered;

    public int Count => _ordered.Count;

    public IEnumerable<string> Keys => _ordered.Select(e => e.Term);

    public IEnumerable<string> Values => _ordered.Select(e => e.Alternative);

    public string this[string key] => _entries[key].Alternative;

    /// <summary>The note of a term, or null.</summary>
    public string? NoteFor(string term) => _entries.TryGetValue(term, out var e) ? e.Note : null;

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (_entries.TryGetValue(key, out var e))
        {
            value = e.Alternative;
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var e in _ordered)
        {
            yield return new KeyValuePair<string, string>(e.Term, e.Alternative);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads a glossary file (YAML or TSV, see the type's remarks). A missing or invalid file is an error value.</summary>
    public static GlossaryLoadResult Load(string path, GlossaryFormat format = GlossaryFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return GlossaryLoadResult.Fail(path, e is FileNotFoundException or DirectoryNotFoundException ? "glossary file not found" : $"cannot read the glossary file: {e.Message}");
        }

        if (format == GlossaryFormat.Auto)
        {
            var ext = Path.GetExtension(path).ToLowerInvariant();
            format = ext switch
            {
                ".yaml" or ".yml" => GlossaryFormat.Yaml,
                ".tsv" or ".tab" or ".txt" => GlossaryFormat.Tsv,
                _ => GlossaryFormat.Auto,
            };
        }

        return Parse(content, path, format);
    }

    /// <summary>Parses glossary text; <paramref name="source"/> names it in errors.</summary>
    public static GlossaryLoadResult Parse(string content, string source, GlossaryFormat format = GlossaryFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        if (format == GlossaryFormat.Auto)
        {
            format = content.Contains('\t', StringComparison.Ordinal) ? GlossaryFormat.Tsv : GlossaryFormat.Yaml;
        }

        return format == GlossaryFormat.Tsv ? ParseTsv(content, source) : ParseYaml(content, source);
    }

    private static GlossaryLoadResult ParseTsv(string content, string source)
    {
        var entries = new List<GlossaryEntry>();
        var lineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = content.Split('\n');
        var seenData = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 && i == 0 && content.Length > 0 && content[0] == '\uFEFF')
            {
                continue;
            }

            line = line.TrimStart('\uFEFF');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!seenData && cells[0].Trim().Equals("term", StringComparison.OrdinalIgnoreCase))
            {
                seenData = true; // header line
                continue;
            }

            seenData = true;
            if (cells.Length < 2)
            {
                return GlossaryLoadResult.Fail(source, "expected 'term<TAB>alternative[<TAB>note]' but found no tab", lineNo);
            }

            if (cells.Length > 3)
            {
                return GlossaryLoadResult.Fail(source, $"expected at most 3 columns (term, alternative, note) but found {cells.Length}", lineNo);
            }

            var term = cells[0].Trim();
            var alternative = cells[1].Trim();
            if (term.Length == 0)
            {
                return GlossaryLoadResult.Fail(source, "the term (first column) is empty", lineNo);
            }

            if (alternative.Length == 0)
            {
                return GlossaryLoadResult.Fail(source, $"the term '{term}' has no plain alternative (second column)", lineNo);
            }

            if (lineOf.TryGetValue(term, out var first))
            {
                return GlossaryLoadResult.Fail(source, $"the term '{term}' appears twice (first on line {first})", lineNo);
            }

            lineOf[term] = lineNo;
            entries.Add(new GlossaryEntry(term, alternative, cells.Length > 2 ? cells[2].Trim() : null));
        }

        return GlossaryLoadResult.Ok(new Glossary(entries));
    }

    private static GlossaryLoadResult ParseYaml(string content, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            return GlossaryLoadResult.Fail(source, $"invalid YAML: {e.InnerException?.Message ?? e.Message}", (int)e.Start.Line);
        }

        if (stream.Documents.Count == 0)
        {
            return GlossaryLoadResult.Ok(Empty);
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode top && top.Children.Count == 1 && top.Children.First().Key is YamlScalarNode { Value: "terms" or "glossary" } key)
        {
            root = top.Children[key];
        }

        var entries = new List<GlossaryEntry>();
        var lineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        GlossaryLoadResult? Add(string term, string? alternative, string? note, YamlNode at)
        {
            var line = (int)at.Start.Line;
            if (string.IsNullOrWhiteSpace(term))
            {
                return GlossaryLoadResult.Fail(source, "a term is empty", line);
            }

            if (string.IsNullOrWhiteSpace(alternative))
            {
                return GlossaryLoadResult.Fail(source, $"the term '{term}' has no plain alternative", line);
            }

            if (lineOf.TryGetValue(term.Trim(), out var first))
            {
                return GlossaryLoadResult.Fail(source, $"the term '{term.Trim()}' appears twice (first on line {first})", line);
            }

            lineOf[term.Trim()] = line;
            entries.Add(new GlossaryEntry(term, alternative, note));
            return null;
        }

        switch (root)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode ks)
                    {
                        return GlossaryLoadResult.Fail(source, "expected a term (text) as the key", (int)k.Start.Line);
                    }

                    GlossaryLoadResult? error;
                    if (v is YamlScalarNode vs)
                    {
                        error = Add(ks.Value ?? "", vs.Value, null, k);
                    }
                    else if (v is YamlMappingNode vm)
                    {
                        if (!TryFields(vm, source, out var alternative, out var note, out var fieldError, allowTerm: false))
                        {
                            return fieldError!;
                        }

                        error = Add(ks.Value ?? "", alternative, note, k);
                    }
                    else
                    {
                        return GlossaryLoadResult.Fail(source, $"expected the plain alternative of '{ks.Value}' (text, or alternative/note fields)", (int)v.Start.Line);
                    }

                    if (error is not null)
                    {
                        return error;
                    }
                }

                break;

            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    if (item is not YamlMappingNode im)
                    {
                        return GlossaryLoadResult.Fail(source, "expected an entry with 'term' and 'alternative'", (int)item.Start.Line);
                    }

                    if (!TryFields(im, source, out var alternative, out var note, out var fieldError, allowTerm: true, out var term))
                    {
                        return fieldError!;
                    }

                    if (term is null)
                    {
                        return GlossaryLoadResult.Fail(source, "the entry has no 'term'", (int)im.Start.Line);
                    }

                    var error = Add(term, alternative, note, im);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                break;

            case YamlScalarNode { Value: null or "" }:
                return GlossaryLoadResult.Ok(Empty);

            default:
                return GlossaryLoadResult.Fail(source, "expected a mapping 'term: alternative' or a list of entries with 'term' and 'alternative'", (int)root.Start.Line);
        }

        return GlossaryLoadResult.Ok(new Glossary(entries));
    }

    private static bool TryFields(YamlMappingNode node, string source, out string? alternative, out string? note, out GlossaryLoadResult? error, bool allowTerm) =>
        TryFields(node, source, out alternative, out note, out error, allowTerm, out _);

    private static bool TryFields(YamlMappingNode node, string source, out string? alternative, out string? note, out GlossaryLoadResult? error, bool allowTerm, out string? term)
    {
        alternative = null;
        note = null;
        term = null;
        error = null;
        foreach (var (k, v) in node.Children)
        {
            var name = (k as YamlScalarNode)?.Value;
            if (v is not YamlScalarNode value)
            {
                error = GlossaryLoadResult.Fail(source, $"expected text for '{name}'", (int)v.Start.Line);
                return false;
            }

            switch (name)
            {
                case "term" when allowTerm:
                    term = value.Value;
                    break;
                case "alternative" or "plain":
                    alternative = value.Value;
                    break;
                case "note":
                    note = value.Value;
                    break;
                default:
                    error = GlossaryLoadResult.Fail(source, $"unknown field '{name}' (expected {(allowTerm ? "term, " : "")}alternative, note)", (int)k.Start.Line);
                    return false;
            }
        }

        return true;
    }
}
