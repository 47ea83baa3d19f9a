namespace Attune.Analysis.Conversations.Importers;

/// <summary>How <see cref="ConversationReader"/> reads a transcript. Every property has a usable default.</summary>
public sealed class ImportOptions
{
    /// <summary>Options with every default: format detected from the content, no extra speaker names.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The input format: "json" (Attune JSON), "text" (speaker prefixes), "vtt" (WebVTT) or
    /// "transcribe" (Amazon Transcribe Call Analytics / Contact Lens), case-insensitive.
    /// Default null (or "auto"): chosen from the content (see <see cref="ConversationReader.Detect"/>).
    /// </summary>
    public string? Format { get; init; }

    /// <summary>
    /// Extra speaker names and the party each one is, matched case-insensitively with runs of
    /// white space collapsed (e.g. "Sarah" → Advisor, "Mr Jones" → Customer). They are used by the
    /// text and WebVTT importers on top of the role words of <see cref="PartyNames"/>, and win over
    /// them. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, Party> SpeakerNames { get; init; } = new Dictionary<string, Party>();

    /// <summary>When set, every imported conversation gets this channel, whatever the source says. Default null.</summary>
    public Channel? Channel { get; init; }

    /// <summary>
    /// The channel when the source does not say. Default null: each format's own default (text: voice
    /// when the turns carry times, else chat; WebVTT and Transcribe: voice; Attune JSON: chat).
    /// </summary>
    public Channel? DefaultChannel { get; init; }
}
