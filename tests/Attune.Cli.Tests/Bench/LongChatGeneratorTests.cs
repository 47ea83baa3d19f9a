using Attune.Analysis.Conversations;
using Attune.Cli.Bench;

namespace Attune.Cli.Tests.Bench;

public class LongChatGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_SameTranscript()
    {
        var a = new LongChatGenerator(42).Generate(TimeSpan.FromMinutes(30));
        var b = new LongChatGenerator(42).Generate(TimeSpan.FromMinutes(30));
        Assert.Equal(a.Turns.Count, b.Turns.Count);
        for (var i = 0; i < a.Turns.Count; i++)
        {
            Assert.Equal((a.Turns[i].Party, a.Turns[i].Text, a.Turns[i].Start, a.Turns[i].End), (b.Turns[i].Party, b.Turns[i].Text, b.Turns[i].Start, b.Turns[i].End));
        }
    }

    [Fact]
    public void Generate_OtherSeed_OtherTranscript()
    {
        var a = new LongChatGenerator(1).Generate(TimeSpan.FromMinutes(10));
        var b = new LongChatGenerator(2).Generate(TimeSpan.FromMinutes(10));
        Assert.NotEqual(a.Turns.Select(t => t.Text), b.Turns.Select(t => t.Text));
    }

    [Fact]
    public void Generate_FourHoursEveryTenSeconds_AboutFourteenHundredTimedTurns()
    {
        var chat = new LongChatGenerator().Generate(TimeSpan.FromHours(4), meanIntervalSeconds: 10);

        // gaps average 10 s, so 4 h holds about 1,440 messages
        Assert.InRange(chat.Turns.Count, 1_300, 1_600);
        Assert.Equal(Channel.Chat, chat.Channel);
        Assert.True(chat.HasTimes);
        var last = chat.Turns[^1];
        Assert.InRange(last.Start!.Value, 4 * 3600 - 20, 4 * 3600);
        for (var i = 1; i < chat.Turns.Count; i++)
        {
            Assert.True(chat.Turns[i].Start > chat.Turns[i - 1].Start);
            Assert.True(chat.Turns[i - 1].End <= chat.Turns[i].Start);
        }
    }

    [Fact]
    public void Generate_Text_BothPartiesRealSentencesNoPlaceholdersLeft()
    {
        var chat = new LongChatGenerator().Generate(TimeSpan.FromHours(1));
        Assert.Contains(chat.Turns, t => t.Party == Party.Customer);
        Assert.Contains(chat.Turns, t => t.Party == Party.Advisor);
        Assert.All(chat.Turns, t =>
        {
            Assert.DoesNotContain("{", t.Text, StringComparison.Ordinal);
            Assert.Contains(t.Text[^1], ".?!");
        });

        // customers and advisors mostly take turns, with some double messages
        var switches = 0;
        for (var i = 1; i < chat.Turns.Count; i++)
        {
            switches += chat.Turns[i].Party != chat.Turns[i - 1].Party ? 1 : 0;
        }

        Assert.InRange(switches / (double)(chat.Turns.Count - 1), 0.65, 0.95);
    }

    [Fact]
    public void Generate_ZeroDuration_NoTurns()
    {
        Assert.Empty(new LongChatGenerator().Generate(TimeSpan.Zero).Turns);
    }
}
