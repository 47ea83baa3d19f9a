using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Attune.Cli.Eval;

/// <summary>Reads a CSV or TSV with a header row (RFC 4180 quoting, multi-line fields) as dictionaries, via CsvHelper.</summary>
public static class CsvRows
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path, char delimiter = ',')
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            Mode = delimiter == '\t' ? CsvMode.NoEscape : CsvMode.RFC4180,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            yield break;
        }

        var header = csv.HeaderRecord;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(header.Length, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.TryGetField<string>(i, out var v) && v is not null ? v : "";
            }

            yield return row;
        }
    }
}
