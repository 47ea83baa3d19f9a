using System.Text.Json;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Attune's own JSON transcript format, documented in docs/formats.md and published as a JSON Schema
/// (draft 2020-12) at docs/schema/attune-conversation.schema.json:
/// <code>
/// { "id", "channel": "voice|chat|email", "advisor": {"id","name"}, "customer": {"id","name"},
///   "team", "queue", "startedAt": ISO 8601,
///   "turns": [ { "party": "customer|advisor|bot|system", "speaker"?, "text", "start"?, "end"? (seconds),
///                "words"?: [ {"text","start","end"} ] } ] }
/// </code>
/// Every field but "turns" (and each turn's "party" and "text") is optional; null counts as absent.
/// Unknown properties are refused, so that a misspelt field ("startedat") is reported rather than lost.
/// </summary>
public sealed class AttuneJsonImporter : IConversationImporter
{
    internal static readonly string[] TopProperties = ["$schema", "id", "channel", "advisor", "customer", "team", "queue", "startedAt", "turns"];
    internal static readonly string[] PersonProperties = ["id", "name"];
    internal static readonly string[] TurnProperties = ["party", "speaker", "text", "start", "end", "words"];
    internal static readonly string[] WordProperties = ["text", "start", "end"];

    private static readonly Dictionary<string, Party> Parties = new(StringComparer.Ordinal)
    {
        ["customer"] = Party.Customer,
        ["advisor"] = Party.Advisor,
        ["bot"] = Party.Bot,
        ["system"] = Party.System,
    };

    private static readonly Dictionary<string, Channel> Channels = new(StringComparer.Ordinal)
    {
        ["voice"] = Channel.Voice,
        ["chat"] = Channel.Chat,
        ["email"] = Channel.Email,
    };

    public string Format => "json";

    /// <summary>Any JSON object (the Transcribe importer is asked first and claims its own files).</summary>
    public bool CanRead(string text)
    {
        var t = text.AsSpan().TrimStart();
        return !t.IsEmpty && t[0] == '{';
    }

    public ImportResult Read(string text, string source, ImportOptions options) =>
        JsonFields.Import(text, source, (root, json) => ReadConversation(root, source, options, json));

    private static Conversation? ReadConversation(JsonElement root, string source, ImportOptions options, JsonFields json)
    {
        const string P = JsonPath.Root;
        if (!json.ExpectObject(root, P, "an Attune conversation"))
        {
            return null;
        }

        json.RejectUnknown(root, P, TopProperties);
        var id = json.String(root, "id", P, "the interaction id as a string");
        var channelText = json.String(root, "channel", P, "\"voice\", \"chat\" or \"email\"");
        Channel? channel = null;
        if (channelText is not null)
        {
            if (Channels.TryGetValue(channelText, out var c))
            {
                channel = c;
            }
            else
            {
                json.Fail(JsonPath.Property(P, "channel"), $"expected \"voice\", \"chat\" or \"email\" but found \"{TextLines.Excerpt(channelText, 30)}\"");
            }
        }

        var (advisorId, advisorName) = ReadPerson(root, "advisor", json);
        var (customerId, customerName) = ReadPerson(root, "customer", json);
        var team = json.String(root, "team", P, "the team name as a string");
        var queue = json.String(root, "queue", P, "the queue name as a string");
        var startedText = json.String(root, "startedAt", P, IsoDate.Expected);
        DateTimeOffset? startedAt = null;
        if (startedText is not null)
        {
            if (IsoDate.TryParse(startedText, out var started))
            {
                startedAt = started;
            }
            else
            {
                json.Fail(JsonPath.Property(P, "startedAt"), $"expected {IsoDate.Expected} but found \"{TextLines.Excerpt(startedText, 30)}\"");
            }
        }

        var turnsElement = json.Array(root, "turns", P, "an array of turns", required: true);
        if (json.Failed || turnsElement is not { } turnArray)
        {
            return null;
        }

        var turnsPath = JsonPath.Property(P, "turns");
        var turns = new List<Turn>(turnArray.GetArrayLength());
        var index = 0;
        foreach (var element in turnArray.EnumerateArray())
        {
            var turn = ReadTurn(element, JsonPath.Index(turnsPath, index++), json);
            if (turn is null)
            {
                return null;
            }

            turns.Add(turn);
        }

        if (turns.Count == 0)
        {
            json.Fail(turnsPath, "expected at least one turn but the array is empty");
            return null;
        }

        return new Conversation
        {
            Turns = turns,
            Channel = options.Channel ?? channel ?? options.DefaultChannel ?? Channel.Chat,
            Source = source,
            Metadata = new ConversationMetadata
            {
                InteractionId = id,
                AdvisorId = advisorId,
                AdvisorName = advisorName,
                CustomerId = customerId,
                CustomerName = customerName,
                Team = team,
                Queue = queue,
                StartedAt = startedAt,
            },
        };
    }

    private static (string? Id, string? Name) ReadPerson(JsonElement root, string name, JsonFields json)
    {
        if (!JsonFields.TryGet(root, name, out var person))
        {
            return (null, null);
        }

        var path = JsonPath.Property(JsonPath.Root, name);
        if (!json.ExpectObject(person, path, $"the {name} as {{\"id\", \"name\"}}"))
        {
            return (null, null);
        }

        json.RejectUnknown(person, path, PersonProperties);
        return (json.String(person, "id", path, $"the {name} id as a string"), json.String(person, "name", path, $"the {name} name as a string"));
    }

    private static Turn? ReadTurn(JsonElement element, string path, JsonFields json)
    {
        if (!json.ExpectObject(element, path, "a turn"))
        {
            return null;
        }

        json.RejectUnknown(element, path, TurnProperties);
        var partyText = json.String(element, "party", path, "\"customer\", \"advisor\", \"bot\" or \"system\"", required: true);
        Party party = default;
        if (partyText is not null && !Parties.TryGetValue(partyText, out party))
        {
            json.Fail(JsonPath.Property(path, "party"), $"expected \"customer\", \"advisor\", \"bot\" or \"system\" but found \"{TextLines.Excerpt(partyText, 30)}\"");
        }

        var speaker = json.String(element, "speaker", path, "the speaker's name as a string");
        var text = json.String(element, "text", path, "the turn's text as a string", required: true);
        var start = json.Number(element, "start", path, "the start time in seconds (a number ≥ 0)");
        var end = json.Number(element, "end", path, "the end time in seconds (a number ≥ 0)");
        if (start is { } s && end is { } e && e < s)
        {
            json.Fail(JsonPath.Property(path, "end"), $"expected an end time ≥ the start ({s}) but found {e}");
        }

        var words = ReadWords(element, path, json);
        if (json.Failed)
        {
            return null;
        }

        return new Turn { Party = party, Text = text!, Speaker = speaker, Start = start, End = end, Words = words };
    }

    private static List<Word> ReadWords(JsonElement turn, string turnPath, JsonFields json)
    {
        var words = new List<Word>();
        if (json.Array(turn, "words", turnPath, "an array of words {\"text\", \"start\", \"end\"}") is not { } array)
        {
            return words;
        }

        var wordsPath = JsonPath.Property(turnPath, "words");
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = JsonPath.Index(wordsPath, index++);
            if (!json.ExpectObject(element, path, "a word {\"text\", \"start\", \"end\"}"))
            {
                break;
            }

            json.RejectUnknown(element, path, WordProperties);
            var text = json.String(element, "text", path, "the word as a string", required: true);
            var start = json.Number(element, "start", path, "the start time in seconds (a number ≥ 0)", required: true);
            var end = json.Number(element, "end", path, "the end time in seconds (a number ≥ 0)", required: true);
            if (json.Failed)
            {
                break;
            }

            if (end < start)
            {
                json.Fail(JsonPath.Property(path, "end"), $"expected an end time ≥ the start ({start}) but found {end}");
                break;
            }

            words.Add(new Word(text!, start!.Value, end!.Value));
        }

        return words;
    }
}
