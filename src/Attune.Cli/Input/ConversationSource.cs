using Attune.Analysis.Conversations;

namespace Attune.Cli.Input;

/// <summary>
/// THE one place `attune analyze` reads a conversation from a file. Every other part of the
/// CLI goes through <see cref="Read"/> (or a test's replacement of it).
/// MERGE NOTE: when the importers land, replace the body with
/// <c>ConversationReader.ReadFile(path, new ImportOptions { Format = options.Format, Speakers = options.Speakers })</c>
/// (adapting the option names) and delete <see cref="InterimJsonReader"/> and its tests.
/// </summary>
internal static class ConversationSource
{
    public static ImportResult Read(string path, InputOptions options) => InterimJsonReader.ReadFile(path, options);
}
