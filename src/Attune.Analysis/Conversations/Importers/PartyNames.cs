namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// The role words that name a party in transcripts ("Agent", "Caller", …), shared by the text and
/// WebVTT importers and usable by callers that parse a "name=role" option.
/// </summary>
public static class PartyNames
{
    /// <summary>Role words (case-insensitive) and the party each one names.</summary>
    public static IReadOnlyDictionary<string, Party> Roles { get; } = new Dictionary<string, Party>(StringComparer.OrdinalIgnoreCase)
    {
        ["agent"] = Party.Advisor,
        ["advisor"] = Party.Advisor,
        ["adviser"] = Party.Advisor,
        ["rep"] = Party.Advisor,
        ["representative"] = Party.Advisor,
        ["customer"] = Party.Customer,
        ["caller"] = Party.Customer,
        ["client"] = Party.Customer,
        ["bot"] = Party.Bot,
        ["system"] = Party.System,
    };

    /// <summary>Parses a role word such as "agent" or "Customer" (white space around it is ignored).</summary>
    public static bool TryParse(string? word, out Party party)
    {
        party = default;
        return word is not null && Roles.TryGetValue(word.Trim(), out party);
    }
}
