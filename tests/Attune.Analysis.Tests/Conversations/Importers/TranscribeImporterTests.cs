using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Analysis.Tests.Conversations.Importers;

public class TranscribeImporterTests
{
    private static ImportResult Read(string json, ImportOptions? options = null) =>
        new TranscribeImporter().Read(json, "tca.json", options ?? ImportOptions.Default);

    private static string Error(string json) => Read(json).Error?.ToString() ?? "(no error)";

    private static string Segment(string participant, string content, int begin, int end) =>
        $$"""{ "ParticipantId": "{{participant}}", "Content": "{{content}}", "BeginOffsetMillis": {{begin}}, "EndOffsetMillis": {{end}} }""";

    [Fact]
    public void Read_FullSample_MapsParticipantsMergesSegmentsAndKeepsWords()
    {
        var result = Read(Samples.Transcribe);

        Assert.True(result.Success, result.Error?.ToString());
        var c = result.Value;
        Assert.Equal(Channel.Voice, c.Channel);
        Assert.Equal("c0ffee00-1234", c.Metadata.InteractionId);
        Assert.Equal(
            [
                (Party.Advisor, "A1", "Thanks for calling. This is Sarah, 50 € refund.", 0.0, 2.4),
                (Party.Customer, "CUSTOMER", "I've been charged twice.", 2.9, 4.6),
            ],
            c.Turns.Select(t => (t.Party, t.Speaker!, t.Text, t.Start!.Value, t.End!.Value)));
        Assert.Equal([new Word("I've", 2.9, 3.1), new Word("been", 3.1, 3.3)], c.Turns[1].Words);
    }

    [Fact]
    public void Read_ContactLensWithoutParticipants_UsesIdsAsRolesAndJobName()
    {
        var json = $$"""{ "JobName": "job-7", "Channel": "CHAT", "Transcript": [ {{Segment("CUSTOMER", "Hi", 0, 500)}}, {{Segment("AGENT", "Hello", 600, 900)}}, {{Segment("CUSTOMER", "Bye", 1000, 1200)}} ] }""";
        var c = Read(json).Value!;
        Assert.Equal("job-7", c.Metadata.InteractionId);
        Assert.Equal(Channel.Chat, c.Channel);
        Assert.Equal([Party.Customer, Party.Advisor, Party.Customer], c.Turns.Select(t => t.Party));
    }

    [Theory]
    [InlineData("""{ "Transcript": {} }""", "tca.json at $.Transcript: expected an array of transcript segments but found an object")]
    [InlineData("""{ "JobName": "x" }""", "tca.json at $.Transcript: missing; expected an array of transcript segments")]
    [InlineData("""{ "Transcript": [] }""", "tca.json at $.Transcript: expected at least one transcript segment with text")]
    [InlineData("""{ "Transcript": [ { "ParticipantId": "AGENT", "BeginOffsetMillis": 0, "EndOffsetMillis": 1 } ] }""",
        "tca.json at $.Transcript[0].Content: missing; expected the segment's text as a string")]
    [InlineData("""{ "Transcript": [ { "ParticipantId": "AGENT", "Content": "a", "BeginOffsetMillis": 0, "EndOffsetMillis": 1 }, { "ParticipantId": "AGENT", "Content": "b", "EndOffsetMillis": 1 } ] }""",
        "tca.json at $.Transcript[1].BeginOffsetMillis: missing; expected the start in milliseconds (a number ≥ 0)")]
    [InlineData("""{ "Transcript": [ { "ParticipantId": "AGENT", "Content": "a", "BeginOffsetMillis": "0", "EndOffsetMillis": 1 } ] }""",
        """tca.json at $.Transcript[0].BeginOffsetMillis: expected the start in milliseconds (a number ≥ 0) but found the string "0" """)]
    [InlineData("""{ "Transcript": [ { "ParticipantId": "AGENT", "Content": "a", "BeginOffsetMillis": 10, "EndOffsetMillis": 1 } ] }""",
        "tca.json at $.Transcript[0].EndOffsetMillis: expected an end ≥ BeginOffsetMillis (10) but found 1")]
    [InlineData("""{ "Transcript": [ { "ParticipantId": "spk_3", "Content": "a", "BeginOffsetMillis": 0, "EndOffsetMillis": 1 } ] }""",
        """tca.json at $.Transcript[0].ParticipantId: expected AGENT or CUSTOMER (or an id listed in $.Participants) but found "spk_3" """)]
    [InlineData("""{ "Transcript": [ { "Content": "a", "BeginOffsetMillis": 0, "EndOffsetMillis": 1 } ] }""",
        "tca.json at $.Transcript[0].ParticipantId: missing; expected ParticipantId or ParticipantRole (AGENT or CUSTOMER)")]
    [InlineData("""{ "Transcript": [ 7 ] }""", "tca.json at $.Transcript[0]: expected a transcript segment (a JSON object) but found the number 7")]
    [InlineData("""{ "Participants": [ "AGENT" ], "Transcript": [] }""",
        """tca.json at $.Participants[0]: expected a participant {"ParticipantId", "ParticipantRole"} (a JSON object) but found the string "AGENT" """)]
    [InlineData("{ \"Transcript\": [\n  { \"Content\": \"a\",, } ] }", "tca.json:2: malformed JSON (column 20): ',' is an invalid start of a property name. Expected a '\"'.")]
    public void Read_BadContent_NamesJsonPathAndExpectation(string json, string expected) => Assert.Equal(expected.TrimEnd(), Error(json));

    [Theory]
    [InlineData("""{ "Transcript": [ { "ParticipantId": "AGENT" } ] }""", true)]
    [InlineData("""{ "JobName": "x", "Transcript" : [ { "ParticipantRole": "AGENT" } ] }""", true)]
    [InlineData("""{ "Transcript": "ParticipantId" }""", false)]
    [InlineData("""{ "turns": [ { "party": "customer", "text": "\"Transcript\": [ \"ParticipantId\"" } ] }""", false)]
    [InlineData("""[ { "Transcript": [ { "ParticipantId": "AGENT" } ] } ]""", false)]
    public void CanRead_RequiresTranscriptArrayWithParticipants(string json, bool expected) => Assert.Equal(expected, new TranscribeImporter().CanRead(json));
}
