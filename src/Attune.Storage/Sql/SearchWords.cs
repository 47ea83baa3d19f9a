using System.Text;

namespace Attune.Storage.Sql;

/// <summary>
/// The words of a full-text search box: runs of letters and digits, as both engines tokenise the transcript
/// (FTS5 unicode61, PostgreSQL's 'simple' parser). Punctuation and operators are dropped, so no user text is read as
/// query syntax.
/// </summary>
internal static class SearchWords
{
    public const int MaxWords = 16;

    public static IReadOnlyList<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            Flush(word, words);
        }
        Flush(word, words);
        return words.Count > MaxWords ? words.GetRange(0, MaxWords) : words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            var value = word.ToString();
            if (!words.Contains(value))
            {
                words.Add(value);
            }
            word.Clear();
        }
    }
}
