using System.Text;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Maps a speaker label from a transcript to a party, by the same rules for the text and WebVTT importers:
/// <list type="number">
/// <item>a name from <see cref="ImportOptions.SpeakerNames"/> (these win);</item>
/// <item>a role word of <see cref="PartyNames"/> ("Agent", "Caller", …);</item>
/// <item>"Name (role)", e.g. "Sarah (advisor)": the role word in parentheses decides, and the name is
///       remembered so that a later plain "Sarah" resolves too;</item>
/// <item>names learned from the source itself (e.g. a text header "# advisor: Sarah Jones").</item>
/// </list>
/// Labels compare case-insensitively with runs of white space collapsed. One instance per import.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>Longest label taken as a speaker name; longer text before a colon is content.</summary>
    public const int MaxLabelLength = 64;

    private readonly Dictionary<string, Party> names = new(StringComparer.OrdinalIgnoreCase);

    public SpeakerResolver(ImportOptions options)
    {
        foreach (var (word, party) in PartyNames.Roles)
        {
            names[word] = party;
        }

        foreach (var (name, party) in options.SpeakerNames)
        {
            var key = Normalize(name);
            if (key.Length > 0)
            {
                names[key] = party;
            }
        }
    }

    /// <summary>Remembers a name the source declared (never overriding a configured one).</summary>
    public void Learn(string name, Party party)
    {
        var key = Normalize(name);
        if (key.Length > 0)
        {
            names.TryAdd(key, party);
        }
    }

    /// <summary>Resolves <paramref name="label"/>; <paramref name="speaker"/> is the name to keep on the turn.</summary>
    public bool TryResolve(string label, out Party party, out string speaker)
    {
        speaker = Normalize(label);
        party = default;
        if (speaker.Length == 0 || speaker.Length > MaxLabelLength)
        {
            return false;
        }

        if (names.TryGetValue(speaker, out party))
        {
            return true;
        }

        // "Sarah (advisor)": the parenthesised role decides; remember "Sarah".
        var open = speaker.LastIndexOf('(');
        if (open >= 0 && speaker[^1] == ')' && PartyNames.TryParse(speaker[(open + 1)..^1], out party))
        {
            var name = speaker[..open].Trim();
            if (name.Length > 0)
            {
                Learn(name, party);
                speaker = name;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// For names no rule resolves (WebVTT voices such as "Sarah Jones" or "Speaker 1"): a role word
    /// inside the name ("Agent Sarah", "Customer 2", "Support Bot") gives its party; otherwise null.
    /// </summary>
    public static Party? Guess(string name)
    {
        foreach (var word in name.Split([' ', '-', '_', '.', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (PartyNames.TryParse(word, out var party))
            {
                return party;
            }
        }

        return null;
    }

    public static string Normalize(string label)
    {
        var t = label.AsSpan().Trim();
        var sb = new StringBuilder(t.Length);
        var space = false;
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
