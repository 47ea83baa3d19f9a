using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Analysis.Tests.Conversations.Importers;

public class WebVttImporterTests
{
    private static ImportResult Read(string text, ImportOptions? options = null) =>
        new WebVttImporter().Read(text, "call.vtt", options ?? ImportOptions.Default);

    private static string Error(string text) => Read(text).Error?.ToString() ?? "(no error)";

    private static string Cue(string start, string end, string text) => $"{start} --> {end}\n{text}\n\n";

    [Fact]
    public void Read_FullSample_MergesCuesAndMapsVoices()
    {
        var result = Read(Samples.Vtt);

        Assert.True(result.Success, result.Error?.ToString());
        var c = result.Value;
        Assert.Equal(Channel.Voice, c.Channel);
        Assert.Equal(
            [
                (Party.Advisor, "Sarah Jones", "Thanks for calling, this is Sarah.", 0.0, 2.4),
                (Party.Customer, "Tom Baker", "I've been charged twice and nobody has called me back & I'm cross.", 2.9, 6.1),
                (Party.Advisor, "Sarah Jones", "I'm so sorry — really.", 6.5, 8.0),
            ],
            c.Turns.Select(t => (t.Party, t.Speaker!, t.Text, t.Start!.Value, t.End!.Value)));
    }

    [Fact]
    public void Read_RoleWordInName_DecidesBeforeTheFirstSpeakerRule()
    {
        var vtt = "WEBVTT\n\n" + Cue("00:01.000", "00:02.000", "<v Speaker 1>Hello, I have a problem") + Cue("00:02.000", "00:03.000", "<v Agent Sarah>I can help");
        Assert.Equal([Party.Customer, Party.Advisor], Read(vtt).Value!.Turns.Select(t => t.Party));
    }

    [Fact]
    public void Read_UnknownNames_FirstSpeakerIsAdvisorOthersCustomers()
    {
        var vtt = "WEBVTT\n\n" + Cue("00:01.000", "00:02.000", "<v Speaker 1>Thanks for calling") + Cue("00:02.000", "00:03.000", "<v Speaker 2>Hi")
            + Cue("00:03.000", "00:04.000", "<v Speaker 3>And hi from me");
        Assert.Equal([Party.Advisor, Party.Customer, Party.Customer], Read(vtt).Value!.Turns.Select(t => t.Party));
    }

    [Fact]
    public void Read_ConfiguredNames_OverrideTheGuess()
    {
        var vtt = "WEBVTT\n\n" + Cue("00:01.000", "00:02.000", "<v Tom>I want to complain") + Cue("00:02.000", "00:03.000", "<v Sarah>I can help");
        var options = new ImportOptions { SpeakerNames = new Dictionary<string, Party> { ["sarah"] = Party.Advisor } };
        Assert.Equal([Party.Advisor, Party.Customer], Read(vtt).Value!.Turns.Select(t => t.Party));
        Assert.Equal([Party.Customer, Party.Advisor], Read(vtt, options).Value!.Turns.Select(t => t.Party));
    }

    [Fact]
    public void Read_NameWithRoleInParentheses_Resolves()
    {
        var vtt = "WEBVTT\n\n" + Cue("00:01.000", "00:02.000", "<v Tom (customer)>Hello");
        var turn = Read(vtt).Value!.Turns[0];
        Assert.Equal((Party.Customer, "Tom"), (turn.Party, turn.Speaker));
    }

    [Fact]
    public void Read_TwoVoicesInOneCue_SplitIntoTurns()
    {
        var vtt = "WEBVTT\n\n" + Cue("01:00:01.000", "01:00:04.000", "<v Agent>Anything else?\n<v Customer>No, thanks");
        var c = Read(vtt).Value!;
        Assert.Equal([(Party.Advisor, "Anything else?"), (Party.Customer, "No, thanks")], c.Turns.Select(t => (t.Party, t.Text)));
        Assert.Equal(3601.0, c.Turns[1].Start);
    }

    [Fact]
    public void Read_NoVoiceTags_UsesNamePrefixes()
    {
        var vtt = "WEBVTT\n\n" + Cue("00:01.000", "00:02.000", "Sarah Jones: Hello") + Cue("00:02.000", "00:03.000", "Caller: Hi there")
            + Cue("00:03.000", "00:04.000", "it's about my bill");
        var c = Read(vtt).Value!;
        Assert.Equal([(Party.Advisor, "Hello"), (Party.Customer, "Hi there it's about my bill")], c.Turns.Select(t => (t.Party, t.Text)));
    }

    [Fact]
    public void Read_CrLfAndChannelOption_AreHonoured()
    {
        var vtt = ("WEBVTT\n\n" + Cue("00:01.000", "00:02.000", "<v Agent>Hello")).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Channel.Chat, Read(vtt, new ImportOptions { Channel = Channel.Chat }).Value!.Channel);
    }

    [Theory]
    [InlineData("WEBVT\n\n00:01.000 --> 00:02.000\n<v Agent>hi", "call.vtt:1: expected 'WEBVTT' as the first line of a WebVTT file")]
    [InlineData("WEBVTTX\n", "call.vtt:1: expected 'WEBVTT' as the first line of a WebVTT file")]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Agent>hi\n\n00:01,000 --> 00:02.000\n<v Agent>hi",
        "call.vtt:6: invalid cue start time '00:01,000'; expected hh:mm:ss.mmm or mm:ss.mmm")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:61.000\n<v Agent>hi", "call.vtt:3: invalid cue end time '00:00:61.000'; expected hh:mm:ss.mmm or mm:ss.mmm")]
    [InlineData("WEBVTT\n\n00:00:01.000 -->\n<v Agent>hi", "call.vtt:3: invalid cue end time ''; expected hh:mm:ss.mmm or mm:ss.mmm")]
    [InlineData("WEBVTT\n\n00:05.000 --> 00:02.000\n<v Agent>hi", "call.vtt:3: cue ends (0:00:02.000) before it starts (0:00:05.000); expected an end time after the start")]
    [InlineData("WEBVTT\n\n1\n2\n<v Agent>hi", "call.vtt:4: expected a cue timing line 'hh:mm:ss.mmm --> hh:mm:ss.mmm' (or mm:ss.mmm) but found '2'")]
    [InlineData("WEBVTT\n\nhello", "call.vtt:3: expected a cue timing line 'hh:mm:ss.mmm --> hh:mm:ss.mmm' (or mm:ss.mmm) but found 'hello'")]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nhello there\n\n00:02.000 --> 00:03.000\n<v Agent>hi",
        "call.vtt:3: the first cue names no speaker; expected a <v Name> voice tag (later cues without one continue the previous speaker)")]
    [InlineData("WEBVTT\n\nNOTE nothing here\n", "call.vtt:1: no cues with text; expected at least one cue such as '00:00:01.000 --> 00:00:03.000' followed by '<v Name>text'")]
    public void Read_BadContent_NamesLineAndExpectation(string text, string expected) => Assert.Equal(expected, Error(text));
}
