using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Analysis.Tests.Conversations.Importers;

public class PlainTextImporterTests
{
    private static ImportResult Read(string text, ImportOptions? options = null) =>
        new PlainTextImporter().Read(text, "chat.txt", options ?? ImportOptions.Default);

    private static string Error(string text, ImportOptions? options = null) => Read(text, options).Error?.ToString() ?? "(no error)";

    [Fact]
    public void Read_FullSample_HeaderTimesContinuationsAndNames()
    {
        var result = Read(Samples.Text);

        Assert.True(result.Success, result.Error?.ToString());
        var c = result.Value;
        Assert.Equal(Channel.Voice, c.Channel);
        Assert.Equal(new ConversationMetadata { InteractionId = "INC-1042", AdvisorName = "Sarah Jones", CustomerName = "Tom Baker", Team = "Billing" }, c.Metadata);
        Assert.Equal(
            [
                (Party.Advisor, "Sarah", "Thanks for calling, this is Sarah.", 0.0, 3.0),
                (Party.Customer, "Customer", "Hi. I've been charged twice\nand nobody has called me back.\nNote: this is the second time.", 3.0, 9.0),
                (Party.Advisor, "Agent", "I'm sorry, that's our mistake.", 9.0, 3723.5),
            ],
            c.Turns.Take(3).Select(t => (t.Party, t.Speaker!, t.Text, t.Start!.Value, t.End!.Value)));
        Assert.Equal((Party.Customer, "[laughs] Fine, ça va.", 3723.5, (double?)null), (c.Turns[3].Party, c.Turns[3].Text, c.Turns[3].Start!.Value, c.Turns[3].End));
    }

    [Theory]
    [InlineData("Agent: hi", Party.Advisor)]
    [InlineData("ADVISOR: hi", Party.Advisor)]
    [InlineData("rep: hi", Party.Advisor)]
    [InlineData("Customer: hi", Party.Customer)]
    [InlineData("Caller: hi", Party.Customer)]
    [InlineData("Client: hi", Party.Customer)]
    [InlineData("Bot: hi", Party.Bot)]
    [InlineData("System: hi", Party.System)]
    [InlineData("Sarah (advisor): hi", Party.Advisor)]
    [InlineData("Mr  Tom Baker (Customer): hi", Party.Customer)]
    [InlineData("[00:01] Agent: hi", Party.Advisor)]
    public void Read_SpeakerPrefix_GivesParty(string line, Party party) => Assert.Equal(party, Read(line).Value!.Turns[0].Party);

    [Fact]
    public void Read_NameWithRole_IsRememberedForLaterTurns()
    {
        var c = Read("Sarah (advisor): Hello\nCustomer: Hi\nSarah: How can I help?").Value!;
        Assert.Equal([(Party.Advisor, "Sarah"), (Party.Customer, "Customer"), (Party.Advisor, "Sarah")], c.Turns.Select(t => (t.Party, t.Speaker!)));
    }

    [Fact]
    public void Read_ConfiguredNames_ResolveAndWinOverRoleWords()
    {
        var options = new ImportOptions { SpeakerNames = new Dictionary<string, Party> { ["Dave  Smith"] = Party.Advisor, ["Agent"] = Party.Bot } };
        var c = Read("dave smith: hello\nAgent: I am a bot", options).Value!;
        Assert.Equal([Party.Advisor, Party.Bot], c.Turns.Select(t => t.Party));
    }

    [Fact]
    public void Read_NoTimes_ChatChannelAndNoTimes()
    {
        var c = Read("Customer: hi\n\n\nAgent: hello\r\nCustomer: thanks\r").Value!;
        Assert.Equal(Channel.Chat, c.Channel);
        Assert.Equal(["hi", "hello", "thanks"], c.Turns.Select(t => t.Text));
        Assert.False(c.HasTimes);
    }

    [Fact]
    public void Read_HeaderChannelAndStarted_AreRead()
    {
        var c = Read("# channel: Email\n# started: 2024-05-01 09:30\n# customer-id: C1\n# advisor-id: A1\n# queue: q\nCustomer: hi").Value!;
        Assert.Equal(Channel.Email, c.Channel);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), c.Metadata.StartedAt);
        Assert.Equal(("C1", "A1", "q"), (c.Metadata.CustomerId, c.Metadata.AdvisorId, c.Metadata.Queue));
    }

    [Fact]
    public void Read_EmptyTurn_IsSkipped()
    {
        var c = Read("Customer: hi\nAgent:\nCustomer: hello?").Value!;
        Assert.Equal(["hi", "hello?"], c.Turns.Select(t => t.Text));
    }

    [Fact]
    public void Read_TextAfterBarePrefix_BelongsToIt()
    {
        var c = Read("Agent:\nHello there,\nhow can I help?").Value!;
        Assert.Equal("Hello there,\nhow can I help?", c.Turns[0].Text);
    }

    [Fact]
    public void Read_MinutesPastAnHourWithoutHours_AreAccepted() =>
        Assert.Equal(75 * 60 + 30, Read("[75:30] Agent: still here").Value!.Turns[0].Start);

    [Theory]
    [InlineData("\n\nHello there\nAgent: hi",
        "chat.txt:3: expected a speaker prefix such as 'Agent:' or 'Customer:' (or a '# key: value' header line) but found 'Hello there'")]
    [InlineData("Sarah: hi\nCustomer: hello",
        "chat.txt:1: expected a speaker prefix such as 'Agent:' or 'Customer:' (or a '# key: value' header line) but found 'Sarah: hi'; 'Sarah' is not a known speaker: write it as 'Sarah (advisor):' or '… (customer):', or map the name in the import options")]
    [InlineData("Agent: hi\n[00:75] Customer: hello",
        "chat.txt:2: invalid time '[00:75]'; expected [mm:ss] or [hh:mm:ss] with seconds (and minutes, when hours are given) below 60")]
    [InlineData("Agent: [1:60:00] hi",
        "chat.txt:1: invalid time '[1:60:00]'; expected [mm:ss] or [hh:mm:ss] with seconds (and minutes, when hours are given) below 60")]
    [InlineData("# id: 1\n# channel: phone\nAgent: hi",
        "chat.txt:2: header 'channel' is 'phone'; expected voice, chat or email")]
    [InlineData("# started: yesterday\nAgent: hi",
        "chat.txt:1: header 'started' is 'yesterday'; expected an ISO 8601 date-time such as 2024-05-01T09:30:00Z")]
    [InlineData("# id: 1\n\n# advisor: Sarah\n",
        "chat.txt:3: no turns; expected at least one line such as 'Agent: text' or 'Customer: text'")]
    public void Read_BadContent_NamesLineAndExpectation(string text, string expected) => Assert.Equal(expected, Error(text));

    [Theory]
    [InlineData("Agent: hi", true)]
    [InlineData("# id: 1\n\n[00:01] Sarah Jones: hi", true)]
    [InlineData("Hello there, this is a letter without speakers", false)]
    [InlineData("[laughs] hello: there", false)]
    public void CanRead_LooksForALabelledFirstLine(string text, bool expected) => Assert.Equal(expected, new PlainTextImporter().CanRead(text));
}
