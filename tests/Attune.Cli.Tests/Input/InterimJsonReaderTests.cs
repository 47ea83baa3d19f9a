using System.Text;
using Attune.Analysis.Conversations;
using Attune.Cli.Input;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Input;

public class InterimJsonReaderTests
{
    private static ImportResult Read(string json, InputOptions? options = null) =>
        InterimJsonReader.Read(Encoding.UTF8.GetBytes(json), "t.json", options ?? InputOptions.Default);

    [Fact]
    public void Read_FullDocument_ReadsMetadataTurnsAndWords()
    {
        var r = Read("""
            { "id": "C-1", "channel": "voice", "advisor": {"id": "A-7", "name": "Sam"}, "customer": {"id": "K-1", "name": "Jo"},
              "team": "Billing", "queue": "q1", "startedAt": "2025-03-04T10:15:00Z",
              "turns": [
                {"party": "agent", "speaker": "Sam", "text": "Hello", "start": 0, "end": 1.5, "words": [{"text": "Hello", "start": 0.1, "end": 0.6}]},
                {"party": "Customer", "text": "Hi", "start": 2, "end": 3}
              ] }
            """);
        Assert.True(r.Success, r.Error?.ToString());
        var c = r.Value;
        Assert.Equal(Channel.Voice, c.Channel);
        Assert.Equal("C-1", c.Metadata.InteractionId);
        Assert.Equal("Sam", c.Metadata.AdvisorName);
        Assert.Equal("Jo", c.Metadata.CustomerName);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 0, TimeSpan.Zero), c.Metadata.StartedAt);
        Assert.Equal(Party.Advisor, c.Turns[0].Party);
        Assert.Equal(Party.Customer, c.Turns[1].Party);
        Assert.Equal(0.6, c.Turns[0].Words[0].End);
        Assert.True(c.HasTimes);
    }

    [Fact]
    public void Read_SpeakerMappedWithOption_UsesTheMapping()
    {
        var speakers = new Dictionary<string, Party>(StringComparer.OrdinalIgnoreCase) { ["Sam"] = Party.Advisor };
        var r = Read("""{"turns": [{"speaker": "sam", "text": "Hello"}]}""", new InputOptions { Speakers = speakers });
        Assert.True(r.Success);
        Assert.Equal(Party.Advisor, r.Value.Turns[0].Party);
        Assert.Equal(Channel.Chat, r.Value.Channel);
    }

    [Theory]
    [InlineData("""{"turns": [{"party": "customer"}]}""", "$.turns[0].text")]
    [InlineData("""{"turns": [{"party": "manager", "text": "x"}]}""", "$.turns[0].party")]
    [InlineData("""{"turns": [{"speaker": "Sam", "text": "x"}]}""", "$.turns[0].party")]
    [InlineData("""{"turns": [{"party": "customer", "text": "x", "start": "soon"}]}""", "$.turns[0].start")]
    [InlineData("""{"turns": [{"party": "customer", "text": "x", "start": 5, "end": 2}]}""", "$.turns[0].end")]
    [InlineData("""{"turns": [{"party": "customer", "text": "x", "words": [{"text": "x"}]}]}""", "$.turns[0].words[0].start")]
    [InlineData("""{"channel": "fax", "turns": []}""", "$.channel")]
    [InlineData("""{"startedAt": "yesterday", "turns": []}""", "$.startedAt")]
    [InlineData("""{"turns": {}}""", "$.turns")]
    [InlineData("""[1, 2]""", "$")]
    public void Read_WrongShape_FailsNamingThePath(string json, string path)
    {
        var r = Read(json);
        Assert.False(r.Success);
        Assert.Equal(path, r.Error.JsonPath);
        Assert.Contains("expected", r.Error.Message + " " + r.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_SyntaxError_FailsWithLine()
    {
        var r = Read("{\n  \"turns\": [\n    {\"party\": \"customer\", \"text\": \"x\",}\n    {\"party\": \"advisor\"}\n  ]\n}");
        Assert.False(r.Success);
        Assert.Equal(4, r.Error.Line);
        Assert.StartsWith("t.json:4: not valid JSON", r.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OtherFormat_FailsClearly()
    {
        using var dir = new TempDir();
        var path = dir.File("a.vtt", "WEBVTT\n");
        var r = InterimJsonReader.ReadFile(path, InputOptions.Default);
        Assert.False(r.Success);
        Assert.Contains("only reads Attune JSON", r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RandomAndTruncatedInput_NeverThrows()
    {
        var random = new Random(12345);
        var valid = Encoding.UTF8.GetBytes(Transcripts.DoubleCharge());
        for (var i = 0; i < 500; i++)
        {
            byte[] bytes;
            if (i % 3 == 0)
            {
                bytes = valid[..random.Next(valid.Length)];
            }
            else if (i % 3 == 1)
            {
                bytes = (byte[])valid.Clone();
                for (var k = 0; k < 5; k++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
            }
            else
            {
                bytes = new byte[random.Next(200)];
                random.NextBytes(bytes);
            }

            var r = InterimJsonReader.Read(bytes, "fuzz.json", InputOptions.Default);
            Assert.True(r.Success || r.Error!.Message.Length > 0);
        }
    }
}
