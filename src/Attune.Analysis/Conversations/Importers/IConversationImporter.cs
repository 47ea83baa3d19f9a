namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Reads one transcript format into a <see cref="Conversation"/>. Implementations never throw for
/// bad content: a malformed input is an <see cref="ImportResult"/> failure naming the source, the
/// line (or JSON path) and what was expected.
/// </summary>
public interface IConversationImporter
{
    /// <summary>The short name used by <see cref="ImportOptions.Format"/> (e.g. "json", "text").</summary>
    string Format { get; }

    /// <summary>A cheap look at the content (no full parse): true when this importer should read it.</summary>
    bool CanRead(string text);

    /// <summary>Reads <paramref name="text"/>; <paramref name="source"/> names it in errors.</summary>
    ImportResult Read(string text, string source, ImportOptions options);
}
