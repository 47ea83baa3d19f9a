using System.Text;
using System.Text.Json;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Amazon Transcribe Call Analytics and Amazon Connect Contact Lens post-call output:
/// <code>
/// { "JobName": "…", "Channel": "VOICE", "CustomerMetadata": { "ContactId": "…" },
///   "Participants": [ { "ParticipantId": "AGENT", "ParticipantRole": "AGENT" }, … ],
///   "Transcript": [ { "ParticipantId" | "ParticipantRole": "AGENT", "Content": "…",
///                     "BeginOffsetMillis": 0, "EndOffsetMillis": 2310, "Sentiment": "NEUTRAL",
///                     "Items"?: [ { "Content", "BeginOffsetMillis", "EndOffsetMillis", "Type" } ] } ] }
/// </code>
/// A segment's role is its ParticipantRole, else the role <c>Participants[]</c> gives its ParticipantId,
/// else the ParticipantId itself: AGENT and SUPERVISOR → advisor, CUSTOMER → customer,
/// SYSTEM → system, CUSTOM_BOT / BOT → bot. Consecutive segments of one participant become one turn
/// (Transcribe cuts a speaker's turn into sentences). Items of type "pronunciation" become word times.
/// "Sentiment" is accepted and not kept: Attune computes its own. Metadata: the interaction id is
/// <c>CustomerMetadata.ContactId</c>, else <c>JobName</c>; the channel comes from "Channel" (VOICE/CHAT).
/// </summary>
public sealed class TranscribeImporter : IConversationImporter
{
    private static readonly Dictionary<string, Party> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AGENT"] = Party.Advisor,
        ["SUPERVISOR"] = Party.Advisor,
        ["CUSTOMER"] = Party.Customer,
        ["SYSTEM"] = Party.System,
        ["CUSTOM_BOT"] = Party.Bot,
        ["BOT"] = Party.Bot,
    };

    public string Format => "transcribe";

    /// <summary>
    /// A JSON object with a "Transcript" array and segments carrying "ParticipantId" or "ParticipantRole".
    /// A text scan, not a parse: a raw <c>"Transcript"</c> followed by ':' and '[' cannot occur inside a JSON
    /// string value, where quotes are escaped.
    /// </summary>
    public bool CanRead(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.IsEmpty || t[0] != '{')
        {
            return false;
        }

        var at = 0;
        while (true)
        {
            var found = t[at..].IndexOf("\"Transcript\"", StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var rest = t[(at + found + 12)..].TrimStart();
            if (rest.Length > 1 && rest[0] == ':' && rest[1..].TrimStart() is [ '[', .. ] arrayOnward)
            {
                return arrayOnward.Contains("\"ParticipantId\"", StringComparison.Ordinal)
                    || arrayOnward.Contains("\"ParticipantRole\"", StringComparison.Ordinal);
            }

            at += found + 12;
        }
    }

    public ImportResult Read(string text, string source, ImportOptions options) =>
        JsonFields.Import(text, source, (root, json) => ReadConversation(root, source, options, json));

    private static Conversation? ReadConversation(JsonElement root, string source, ImportOptions options, JsonFields json)
    {
        const string P = JsonPath.Root;
        if (!json.ExpectObject(root, P, "a Transcribe Call Analytics or Contact Lens result"))
        {
            return null;
        }

        var participantRoles = ReadParticipants(root, json);
        var jobName = json.String(root, "JobName", P, "the job name as a string");
        string? contactId = null;
        if (JsonFields.TryGet(root, "CustomerMetadata", out var customerMetadata)
            && json.ExpectObject(customerMetadata, JsonPath.Property(P, "CustomerMetadata"), "the customer metadata"))
        {
            contactId = json.String(customerMetadata, "ContactId", JsonPath.Property(P, "CustomerMetadata"), "the contact id as a string");
        }

        Channel? channel = ChannelNames.TryParse(json.String(root, "Channel", P, "\"VOICE\" or \"CHAT\""), out var c) ? c : null;
        var transcriptElement = json.Array(root, "Transcript", P, "an array of transcript segments", required: true);
        if (json.Failed || transcriptElement is not { } transcript)
        {
            return null;
        }

        var transcriptPath = JsonPath.Property(P, "Transcript");
        var turns = new List<Turn>();
        PendingTurn? current = null;
        var index = 0;
        foreach (var segment in transcript.EnumerateArray())
        {
            var path = JsonPath.Index(transcriptPath, index++);
            if (!json.ExpectObject(segment, path, "a transcript segment"))
            {
                return null;
            }

            var (party, speaker) = ReadParty(segment, path, participantRoles, json);
            var content = json.String(segment, "Content", path, "the segment's text as a string", required: true);
            var begin = json.Number(segment, "BeginOffsetMillis", path, "the start in milliseconds (a number ≥ 0)", required: true);
            var end = json.Number(segment, "EndOffsetMillis", path, "the end in milliseconds (a number ≥ 0)", required: true);
            if (json.Failed)
            {
                return null;
            }

            if (end < begin)
            {
                json.Fail(JsonPath.Property(path, "EndOffsetMillis"), $"expected an end ≥ BeginOffsetMillis ({begin}) but found {end}");
                return null;
            }

            if (current is null || current.Party != party || !string.Equals(current.Speaker, speaker, StringComparison.Ordinal))
            {
                Complete(current, turns);
                current = new PendingTurn(party, speaker, begin!.Value / 1000);
            }

            current.Add(content!.Trim(), end!.Value / 1000);
            ReadWords(segment, current.Words);
        }

        Complete(current, turns);
        if (turns.Count == 0)
        {
            json.Fail(transcriptPath, "expected at least one transcript segment with text");
            return null;
        }

        return new Conversation
        {
            Turns = turns,
            Channel = options.Channel ?? channel ?? options.DefaultChannel ?? Channel.Voice,
            Source = source,
            Metadata = new ConversationMetadata { InteractionId = contactId ?? jobName },
        };
    }

    /// <summary>ParticipantId → ParticipantRole from <c>Participants[]</c> (Contact Lens names ids there).</summary>
    private static Dictionary<string, string> ReadParticipants(JsonElement root, JsonFields json)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.Array(root, "Participants", JsonPath.Root, "an array of participants") is not { } participants)
        {
            return roles;
        }

        var index = 0;
        foreach (var participant in participants.EnumerateArray())
        {
            var path = JsonPath.Index(JsonPath.Property(JsonPath.Root, "Participants"), index++);
            if (!json.ExpectObject(participant, path, "a participant {\"ParticipantId\", \"ParticipantRole\"}"))
            {
                break;
            }

            var id = json.String(participant, "ParticipantId", path, "the participant id as a string");
            var role = json.String(participant, "ParticipantRole", path, "the participant role (AGENT or CUSTOMER) as a string");
            if (id is not null && role is not null)
            {
                roles[id] = role;
            }
        }

        return roles;
    }

    private static (Party Party, string Speaker) ReadParty(JsonElement segment, string path, Dictionary<string, string> participantRoles, JsonFields json)
    {
        var role = json.String(segment, "ParticipantRole", path, "AGENT or CUSTOMER as a string");
        var id = json.String(segment, "ParticipantId", path, "the participant id (AGENT or CUSTOMER) as a string");
        if (json.Failed)
        {
            return default;
        }

        if (role is null && id is null)
        {
            json.Fail(JsonPath.Property(path, "ParticipantId"), "missing; expected ParticipantId or ParticipantRole (AGENT or CUSTOMER)");
            return default;
        }

        var field = role is not null ? "ParticipantRole" : "ParticipantId";
        var value = role ?? (participantRoles.TryGetValue(id!, out var listed) ? listed : id!);
        if (!Roles.TryGetValue(value, out var party))
        {
            json.Fail(JsonPath.Property(path, field), $"expected AGENT or CUSTOMER (or an id listed in $.Participants) but found \"{TextLines.Excerpt(value, 30)}\"");
            return default;
        }

        return (party, id ?? role!);
    }

    /// <summary>Word times from Call Analytics "Items"; items without times (punctuation) are skipped.</summary>
    private static void ReadWords(JsonElement segment, List<Word> words)
    {
        if (!JsonFields.TryGet(segment, "Items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && JsonFields.TryGet(item, "Content", out var content) && content.ValueKind == JsonValueKind.String
                && JsonFields.TryGet(item, "BeginOffsetMillis", out var b) && b.ValueKind == JsonValueKind.Number && b.TryGetDouble(out var begin)
                && JsonFields.TryGet(item, "EndOffsetMillis", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var end)
                && double.IsFinite(begin) && double.IsFinite(end) && begin >= 0 && end >= begin
                && !(JsonFields.TryGet(item, "Type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("punctuation")))
            {
                words.Add(new Word(content.GetString()!, begin / 1000, end / 1000));
            }
        }
    }

    private static void Complete(PendingTurn? turn, List<Turn> turns)
    {
        if (turn is not null && turn.Text.Length > 0)
        {
            turns.Add(new Turn { Party = turn.Party, Speaker = turn.Speaker, Text = turn.Text.ToString(), Start = turn.Start, End = turn.End, Words = turn.Words });
        }
    }

    private sealed class PendingTurn(Party party, string speaker, double start)
    {
        public Party Party { get; } = party;

        public string Speaker { get; } = speaker;

        public double Start { get; } = start;

        public double End { get; private set; } = start;

        public StringBuilder Text { get; } = new();

        public List<Word> Words { get; } = [];

        public void Add(string content, double end)
        {
            if (content.Length > 0)
            {
                if (Text.Length > 0)
                {
                    Text.Append(' ');
                }

                Text.Append(content);
            }

            End = Math.Max(End, end);
        }
    }
}
