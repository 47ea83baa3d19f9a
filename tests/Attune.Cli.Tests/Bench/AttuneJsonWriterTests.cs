using System.Text.Json;
using Attune.Analysis.Conversations;
using Attune.Cli.Bench;

namespace Attune.Cli.Tests.Bench;

public class AttuneJsonWriterTests
{
    [Fact]
    public void Write_Conversation_AttuneJsonFieldsAndEscapedText()
    {
        var conversation = new Conversation
        {
            Channel = Channel.Chat,
            Metadata = new ConversationMetadata { InteractionId = "x1", AdvisorId = "A1", AdvisorName = "Sam", CustomerId = "C1", Team = "Billing", Queue = "q", StartedAt = new DateTimeOffset(2025, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)) },
            Turns =
            [
                new Turn { Party = Party.Customer, Text = "I typed <script>alert(\"hi\")</script>", Start = 0, End = 2.5 },
                new Turn { Party = Party.Advisor, Speaker = "Sam", Text = "I see." },
            ],
        };
        using var stream = new MemoryStream();
        AttuneJsonWriter.Write(conversation, stream);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("x1", root.GetProperty("id").GetString());
        Assert.Equal("chat", root.GetProperty("channel").GetString());
        Assert.Equal("Sam", root.GetProperty("advisor").GetProperty("name").GetString());
        Assert.False(root.GetProperty("customer").TryGetProperty("name", out _));
        Assert.Equal("2025-01-02T09:00:00Z", root.GetProperty("startedAt").GetString());
        var turns = root.GetProperty("turns");
        Assert.Equal(2, turns.GetArrayLength());
        Assert.Equal("customer", turns[0].GetProperty("party").GetString());
        Assert.Equal("I typed <script>alert(\"hi\")</script>", turns[0].GetProperty("text").GetString());
        Assert.Equal(2.5, turns[0].GetProperty("end").GetDouble());
        Assert.False(turns[1].TryGetProperty("start", out _));
    }
}
