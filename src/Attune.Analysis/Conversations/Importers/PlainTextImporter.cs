using System.Text;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Plain text with speaker prefixes, the way people paste chats and call notes (docs/formats.md):
/// <code>
/// # id: INC-1042
/// # advisor: Sarah Jones
/// [00:03] Agent: Thanks for calling, this is Sarah.
/// [00:07] Customer: Hi. I've been charged twice
/// and nobody has called me back.
/// </code>
/// <list type="bullet">
/// <item>A turn starts at a line "Label: text" whose label names a party: a role word
///       (<see cref="PartyNames.Roles"/>), a configured name (<see cref="ImportOptions.SpeakerNames"/>),
///       "Name (role)" such as "Sarah (advisor)", or a name given in the header. Any other line is a
///       continuation of the previous turn ("Note: …" inside a message stays text), and a non-blank line
///       before the first turn is an error.</item>
/// <item>A time "[mm:ss]" or "[hh:mm:ss]" (optional ".fraction") may stand before the label, between the
///       label and its colon, or right after the colon. A turn ends where the next timed turn starts.</item>
/// <item>A header block of "# key: value" lines before the first turn gives metadata: id, advisor,
///       advisor-id, customer, customer-id, channel, team, queue, started. The advisor's and customer's
///       names (and first names) then work as speaker labels. Other "#" lines there are comments.</item>
/// <item>Blank lines are ignored; continuation lines keep their line breaks.</item>
/// </list>
/// </summary>
public sealed class PlainTextImporter : IConversationImporter
{
    public string Format => "text";

    /// <summary>The first content line (after blank and '#' lines) has the shape "Label:" or "[time] Label:".</summary>
    public bool CanRead(string text)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var close = line.IndexOf(']');
                if (close < 0 || !ClockTime.LooksLikeTime(line[1..close]))
                {
                    return false;
                }

                line = line[(close + 1)..].TrimStart();
            }

            var colon = line.IndexOf(':');
            return colon > 0 && colon <= SpeakerResolver.MaxLabelLength;
        }

        return false;
    }

    public ImportResult Read(string text, string source, ImportOptions options)
    {
        var speakers = new SpeakerResolver(options);
        var metadata = new ConversationMetadata();
        Channel? headerChannel = null;
        var turns = new List<PendingTurn>();
        PendingTurn? current = null;
        var lines = TextLines.Split(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (current is null && line[0] == '#')
            {
                var headerError = ReadHeader(line, lineNumber, source, speakers, ref metadata, ref headerChannel);
                if (headerError is not null)
                {
                    return ImportResult.Fail(headerError);
                }

                continue;
            }

            var parsed = ParseSpeakerLine(line, speakers, out var turn, out var unknownLabel, out var timeError);
            if (timeError is not null)
            {
                return ImportResult.Fail(source, timeError, lineNumber);
            }

            if (parsed)
            {
                current = turn;
                turns.Add(turn!);
            }
            else if (current is not null)
            {
                current.Append(line);
            }
            else
            {
                var hint = unknownLabel is not null
                    ? $"; '{TextLines.Excerpt(unknownLabel, 30)}' is not a known speaker: write it as '{TextLines.Excerpt(unknownLabel, 30)} (advisor):' or '… (customer):', or map the name in the import options"
                    : "";
                return ImportResult.Fail(
                    source,
                    $"expected a speaker prefix such as 'Agent:' or 'Customer:' (or a '# key: value' header line) but found '{TextLines.Excerpt(line)}'{hint}",
                    lineNumber);
            }
        }

        var result = new List<Turn>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            var body = t.Text.ToString();
            if (body.Length == 0)
            {
                continue; // a bare "Agent:" with nothing said (e.g. an attachment in a chat export)
            }

            var next = i + 1 < turns.Count ? turns[i + 1].Start : null;
            result.Add(new Turn
            {
                Party = t.Party,
                Speaker = t.Speaker,
                Text = body,
                Start = t.Start,
                End = t.Start is { } s && next is { } n && n >= s ? n : null,
            });
        }

        if (result.Count == 0)
        {
            return ImportResult.Fail(source, "no turns; expected at least one line such as 'Agent: text' or 'Customer: text'", lines.Count == 0 ? 1 : lines.Count);
        }

        var anyTimes = false;
        foreach (var t in result)
        {
            anyTimes |= t.Start is not null;
        }

        return ImportResult.Ok(new Conversation
        {
            Turns = result,
            Channel = options.Channel ?? headerChannel ?? options.DefaultChannel ?? (anyTimes ? Channel.Voice : Channel.Chat),
            Metadata = metadata,
            Source = source,
        });
    }

    private static ImportError? ReadHeader(
        string line, int lineNumber, string source, SpeakerResolver speakers, ref ConversationMetadata metadata, ref Channel? channel)
    {
        var body = line.AsSpan(1).Trim();
        var colon = body.IndexOf(':');
        if (colon <= 0)
        {
            return null; // a comment
        }

        var key = body[..colon].Trim().ToString().ToLowerInvariant().Replace('_', '-');
        var value = body[(colon + 1)..].Trim().ToString();
        if (value.Length == 0)
        {
            return null;
        }

        switch (key)
        {
            case "id" or "interaction" or "interaction-id":
                metadata = metadata with { InteractionId = value };
                break;
            case "advisor" or "agent":
                metadata = metadata with { AdvisorName = value };
                LearnName(speakers, value, Party.Advisor);
                break;
            case "advisor-id" or "agent-id":
                metadata = metadata with { AdvisorId = value };
                break;
            case "customer" or "caller":
                metadata = metadata with { CustomerName = value };
                LearnName(speakers, value, Party.Customer);
                break;
            case "customer-id" or "caller-id":
                metadata = metadata with { CustomerId = value };
                break;
            case "team":
                metadata = metadata with { Team = value };
                break;
            case "queue":
                metadata = metadata with { Queue = value };
                break;
            case "channel":
                if (!ChannelNames.TryParse(value, out var c))
                {
                    return new ImportError(source, $"header 'channel' is '{TextLines.Excerpt(value, 30)}'; expected voice, chat or email") { Line = lineNumber };
                }

                channel = c;
                break;
            case "started" or "started-at" or "date":
                if (!IsoDate.TryParse(value, out var started))
                {
                    return new ImportError(source, $"header '{key}' is '{TextLines.Excerpt(value, 30)}'; expected {IsoDate.Expected}") { Line = lineNumber };
                }

                metadata = metadata with { StartedAt = started };
                break;
            default:
                break; // "# Note: …" and other keys are comments
        }

        return null;
    }

    /// <summary>A name in the header speaks under its full form and its first name ("Sarah Jones", "Sarah").</summary>
    private static void LearnName(SpeakerResolver speakers, string name, Party party)
    {
        speakers.Learn(name, party);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            speakers.Learn(name[..space], party);
        }
    }

    /// <summary>
    /// Parses "[time] Label [time]: [time] text". False when the line is not a speaker line
    /// (<paramref name="unknownLabel"/> then holds a label-shaped prefix no rule knows, for the error hint).
    /// <paramref name="timeError"/> is set when a bracket looks like a time but is not a valid one.
    /// </summary>
    private static bool ParseSpeakerLine(string line, SpeakerResolver speakers, out PendingTurn? turn, out string? unknownLabel, out string? timeError)
    {
        turn = null;
        unknownLabel = null;
        timeError = null;
        var rest = line.AsSpan();
        var time = TakeTime(ref rest, ref timeError);
        if (timeError is not null)
        {
            return false;
        }

        var colon = LabelColon(rest);
        if (colon <= 0 || colon > SpeakerResolver.MaxLabelLength + 12)
        {
            return false;
        }

        var label = rest[..colon].TrimEnd();
        if (time is null && label.Length > 0 && label[^1] == ']')
        {
            // "Agent [00:12]: text"
            var open = label.LastIndexOf('[');
            if (open >= 0 && ClockTime.LooksLikeTime(label[(open + 1)..^1]))
            {
                var inner = label[open..];
                time = TakeTime(ref inner, ref timeError);
                if (timeError is not null)
                {
                    return false;
                }

                label = label[..open].TrimEnd();
            }
        }

        var labelText = label.ToString();
        if (!speakers.TryResolve(labelText, out var party, out var speaker))
        {
            // Worth a hint when it reads like a name ("Sarah", "Sarah Jones (manager)"), not like a sentence.
            if (label.Length is > 0 and <= 40 && label.Count(' ') < 4)
            {
                unknownLabel = labelText;
            }

            return false;
        }

        rest = rest[(colon + 1)..].TrimStart();
        if (time is null)
        {
            time = TakeTime(ref rest, ref timeError);
            if (timeError is not null)
            {
                return false;
            }
        }

        turn = new PendingTurn(party, speaker, time);
        turn.Append(rest.Trim().ToString());
        return true;
    }

    /// <summary>The first ':' outside square brackets ("Agent [00:12]: …" ends its label at the second colon), or -1.</summary>
    private static int LabelColon(ReadOnlySpan<char> s)
    {
        var depth = 0;
        for (var i = 0; i < s.Length && i <= SpeakerResolver.MaxLabelLength + 12; i++)
        {
            switch (s[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ':' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    /// <summary>Takes a leading "[mm:ss]" / "[hh:mm:ss]" from <paramref name="s"/>; other brackets ("[laughs]") are left alone.</summary>
    private static double? TakeTime(ref ReadOnlySpan<char> s, ref string? error)
    {
        if (s.IsEmpty || s[0] != '[')
        {
            return null;
        }

        var close = s.IndexOf(']');
        if (close < 0 || !ClockTime.LooksLikeTime(s[1..close]))
        {
            return null;
        }

        if (!ClockTime.TryParse(s[1..close], strictVtt: false, out var seconds))
        {
            error = $"invalid time '{s[..(close + 1)]}'; expected [mm:ss] or [hh:mm:ss] with seconds (and minutes, when hours are given) below 60";
            return null;
        }

        s = s[(close + 1)..].TrimStart();
        return seconds;
    }

    private sealed class PendingTurn(Party party, string speaker, double? start)
    {
        public Party Party { get; } = party;

        public string Speaker { get; } = speaker;

        public double? Start { get; } = start;

        public StringBuilder Text { get; } = new();

        public void Append(string line)
        {
            if (line.Length == 0)
            {
                return;
            }

            if (Text.Length > 0)
            {
                Text.Append('\n');
            }

            Text.Append(line);
        }
    }
}
