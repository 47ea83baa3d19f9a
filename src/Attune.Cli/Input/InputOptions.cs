using Attune.Analysis.Conversations;

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

    public static readonly string[] Formats = ["json", "text", "vtt", "transcribe"];

    /// <summary>customer/caller/client, advisor/adviser/agent, bot, system (case-insensitive); null otherwise.</summary>
    public static Party? ParseParty(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "customer" or "caller" or "client" => Party.Customer,
        "advisor" or "adviser" or "agent" => Party.Advisor,
        "bot" => Party.Bot,
        "system" => Party.System,
        _ => null,
    };
}
