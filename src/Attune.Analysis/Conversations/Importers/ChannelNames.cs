namespace Attune.Analysis.Conversations.Importers;

/// <summary>Channel names as transcripts write them ("voice", "Chat", "EMAIL").</summary>
internal static class ChannelNames
{
    private static readonly Dictionary<string, Channel> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["voice"] = Channel.Voice,
        ["chat"] = Channel.Chat,
        ["email"] = Channel.Email,
    };

    public static bool TryParse(string? text, out Channel channel)
    {
        channel = default;
        return text is not null && Names.TryGetValue(text.Trim(), out channel);
    }
}
