using System.Text.Json;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Analysis.Tests.Conversations.Importers;

public class AttuneJsonImporterTests
{
    private static ImportResult Read(string json, ImportOptions? options = null) =>
        new AttuneJsonImporter().Read(json, "call.json", options ?? ImportOptions.Default);

    private static string Error(string json) => Read(json).Error?.ToString() ?? "(no error)";

    [Fact]
    public void Read_FullSample_ReadsEveryField()
    {
        var result = Read(Samples.AttuneJson);

        Assert.True(result.Success, result.Error?.ToString());
        var c = result.Value;
        Assert.Equal("call.json", c.Source);
        Assert.Equal(Channel.Voice, c.Channel);
        Assert.Equal(
            new ConversationMetadata
            {
                InteractionId = "INC-1042",
                AdvisorId = "A17",
                AdvisorName = "Sarah Jones",
                CustomerId = "C9001",
                CustomerName = "Tom Baker",
                Team = "Billing",
                Queue = "billing-uk",
                StartedAt = new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(1)),
            },
            c.Metadata);
        Assert.Equal([Party.Advisor, Party.Customer, Party.Bot, Party.System], c.Turns.Select(t => t.Party));
        Assert.Equal("Sarah", c.Turns[0].Speaker);
        Assert.Equal("Thanks for calling, this is Sarah.", c.Turns[0].Text);
        Assert.Equal((0.0, 2.4), (c.Turns[0].Start, c.Turns[0].End));
        Assert.Equal([new Word("I've", 2.9, 3.1), new Word("been", 3.1, 3.3)], c.Turns[1].Words);
        Assert.Null(c.Turns[2].Speaker);
        Assert.Null(c.Turns[3].Start);
    }

    [Fact]
    public void Read_MinimalWithoutChannel_UsesChatOrTheConfiguredDefault()
    {
        const string json = """{ "turns": [ { "party": "customer", "text": "Hi" } ] }""";
        Assert.Equal(Channel.Chat, Read(json).Value!.Channel);
        Assert.Equal(Channel.Email, Read(json, new ImportOptions { DefaultChannel = Channel.Email }).Value!.Channel);
        Assert.Equal(Channel.Voice, Read(Samples.AttuneJson.Replace("\"voice\"", "\"chat\""), new ImportOptions { Channel = Channel.Voice }).Value!.Channel);
    }

    [Fact]
    public void Read_StartedAtWithoutOffset_IsUtc()
    {
        var result = Read("""{ "startedAt": "2024-05-01T09:30:00", "turns": [ { "party": "customer", "text": "Hi" } ] }""");
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), result.Value!.Metadata.StartedAt);
    }

    [Theory]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi" }, { "party": "agent", "text": "Hello" } ] }""",
        """call.json at $.turns[1].party: expected "customer", "advisor", "bot" or "system" but found "agent" """)]
    [InlineData("""{ "turns": [ { "party": "customer" } ] }""",
        "call.json at $.turns[0].text: missing; expected the turn's text as a string")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": 42 } ] }""",
        "call.json at $.turns[0].text: expected the turn's text as a string but found the number 42")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi", "speeker": "Tom" } ] }""",
        "call.json at $.turns[0].speeker: unknown property; expected one of party, speaker, text, start, end, words")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi", "start": -1 } ] }""",
        "call.json at $.turns[0].start: expected the start time in seconds (a number ≥ 0) but found the number -1")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi", "start": 5, "end": 4 } ] }""",
        "call.json at $.turns[0].end: expected an end time ≥ the start (5) but found 4")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi", "words": [ { "text": "Hi", "start": 1 } ] } ] }""",
        "call.json at $.turns[0].words[0].end: missing; expected the end time in seconds (a number ≥ 0)")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi", "words": {} } ] }""",
        """call.json at $.turns[0].words: expected an array of words {"text", "start", "end"} but found an object""")]
    [InlineData("""{ "turns": [ "Hi" ] }""",
        """call.json at $.turns[0]: expected a turn (a JSON object) but found the string "Hi" """)]
    [InlineData("""{ "id": "1" }""", "call.json at $.turns: missing; expected an array of turns")]
    [InlineData("""{ "turns": [] }""", "call.json at $.turns: expected at least one turn but the array is empty")]
    [InlineData("""{ "channel": "phone", "turns": [ { "party": "customer", "text": "Hi" } ] }""",
        """call.json at $.channel: expected "voice", "chat" or "email" but found "phone" """)]
    [InlineData("""{ "startedAt": "1 May 2024", "turns": [ { "party": "customer", "text": "Hi" } ] }""",
        """call.json at $.startedAt: expected an ISO 8601 date-time such as 2024-05-01T09:30:00Z but found "1 May 2024" """)]
    [InlineData("""{ "advisor": "Sarah", "turns": [ { "party": "customer", "text": "Hi" } ] }""",
        """call.json at $.advisor: expected the advisor as {"id", "name"} (a JSON object) but found the string "Sarah" """)]
    [InlineData("""{ "customer": { "name": "Tom", "phone": "1" }, "turns": [ { "party": "customer", "text": "Hi" } ] }""",
        "call.json at $.customer.phone: unknown property; expected one of id, name")]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "Hi" } ], "my field": 1 }""",
        "call.json at $['my field']: unknown property; expected one of $schema, id, channel, advisor, customer, team, queue, startedAt, turns")]
    [InlineData("""[ { "party": "customer", "text": "Hi" } ]""",
        "call.json at $: expected an Attune conversation (a JSON object) but found an array")]
    public void Read_BadContent_NamesJsonPathAndExpectation(string json, string expected) =>
        Assert.Equal(expected.TrimEnd(), Error(json));

    [Fact]
    public void Read_MalformedJson_NamesLineAndColumn()
    {
        const string json = "{\n  \"turns\": [\n    { \"party\" \"customer\" }\n  ]\n}";
        Assert.Equal("call.json:3: malformed JSON (column 15): '\"' is invalid after a property name. Expected a ':'.", Error(json));
    }

    [Fact]
    public void Read_TruncatedJson_NamesLastLine()
    {
        var error = Read("{\n \"turns\": [\n").Error!;
        Assert.Equal(3, error.Line);
        Assert.StartsWith("call.json:3: malformed JSON", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeplyNestedJson_IsMalformedNotACrash()
    {
        var json = "{ \"turns\": " + new string('[', 10_000) + new string(']', 10_000) + " }";
        Assert.StartsWith("call.json:1: malformed JSON (column", Error(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PropertyNames_MatchTheImporter()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoFile("docs/schema/attune-conversation.schema.json")));
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(AttuneJsonImporter.TopProperties, Names(root.GetProperty("properties")));
        var defs = root.GetProperty("$defs");
        Assert.Equal(AttuneJsonImporter.PersonProperties, Names(defs.GetProperty("person").GetProperty("properties")));
        var turn = defs.GetProperty("turn").GetProperty("properties");
        Assert.Equal(AttuneJsonImporter.TurnProperties, Names(turn));
        Assert.Equal(AttuneJsonImporter.WordProperties, Names(turn.GetProperty("words").GetProperty("items").GetProperty("properties")));
        Assert.Equal(["customer", "advisor", "bot", "system"], turn.GetProperty("party").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    private static string[] Names(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>A file of the repository (tests run from bin/, so walk up to the solution).</summary>
    internal static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Attune.slnx")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("Attune.slnx not found above " + AppContext.BaseDirectory);
    }
}
