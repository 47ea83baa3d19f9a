using System.Text;
using Attune.Storage.Model;

namespace Attune.Web.Pages.Settings;

/// <summary>
/// The glossary as tab-separated text, one term a line: <c>term⇥plain alternative⇥note (optional)</c>; lines starting
/// with # and blank lines are ignored. Parsing reports every problem with its line, so nothing half-valid is saved.
/// </summary>
public static class GlossaryText
{
    public const int MaxTermLength = 100;

    public static string Format(IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sb = new StringBuilder();
        foreach (var e in entries)
        {
            sb.Append(e.Term).Append('\t').Append(e.Alternative);
            if (!string.IsNullOrWhiteSpace(e.Note))
            {
                sb.Append('\t').Append(e.Note);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    public static (IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<string> Errors) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<GlossaryEntry>();
        var errors = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var n = i + 1;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var term = cells[0].Trim();
            var alternative = cells.Length > 1 ? cells[1].Trim() : "";
            var note = cells.Length > 2 ? string.Join(' ', cells[2..]).Trim() : null;
            if (cells.Length < 2)
            {
                errors.Add($"line {n}: expected 'term<TAB>plain alternative[<TAB>note]', found no tab");
                continue;
            }

            if (term.Length == 0)
            {
                errors.Add($"line {n}: the term is empty");
            }
            else if (term.Length > MaxTermLength)
            {
                errors.Add($"line {n}: the term is longer than {MaxTermLength} characters");
            }

            if (alternative.Length == 0)
            {
                errors.Add($"line {n}: '{term}' has no plain alternative");
            }

            if (term.Length > 0 && seen.TryGetValue(term, out var first))
            {
                errors.Add($"line {n}: '{term}' is already defined on line {first}");
                continue;
            }

            seen[term] = n;
            if (term.Length > 0 && alternative.Length > 0)
            {
                entries.Add(new GlossaryEntry(term, alternative, string.IsNullOrEmpty(note) ? null : note));
            }
        }

        return (entries, errors);
    }
}
