using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Cli.Input;

/// <summary>The one place `attune analyze` reads a conversation from a file: the core's importers.</summary>
internal static class ConversationSource
{
    public static ImportResult Read(string path, InputOptions options) =>
        ConversationReader.ReadFile(path, options.ToImportOptions());
}
