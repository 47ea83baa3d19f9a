using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Cli.Input;

/// <summary>
/// How `attune analyze` was asked to read its inputs: <c>--input-format</c> (null = choose by
/// content/extension) and <c>--speaker NAME=party</c>. Passed through to the importer as is.
/// </summary>
internal sealed record InputOptions
{
    public static InputOptions Default { get; } = new();

    /// <summary>json, text, vtt or transcribe; null to detect.</summary>
    public string? Format { get; init; }

    /// <summary>Speaker names (case-insensitive) mapped to a party, for sources that name speakers rather than roles.</summary>
    public IReadOnlyDictionary<string, Party> Speakers { get; init; } = new Dictionary<string, Party>(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Formats => ConversationReader.Formats;

    /// <summary>customer/caller/client, advisor/agent/rep, bot, system (case-insensitive); null otherwise.</summary>
    public static Party? ParseParty(string text) => PartyNames.TryParse(text, out var party) ? party : null;

    public ImportOptions ToImportOptions() => new() { Format = Format, SpeakerNames = Speakers };
}
