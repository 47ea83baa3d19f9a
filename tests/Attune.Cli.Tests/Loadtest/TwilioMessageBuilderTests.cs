using System.Text;
using Attune.Analysis.Live.Telephony;
using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class TwilioMessageBuilderTests
{
    [Theory]
    [InlineData(true, TwilioTrack.Inbound)]
    [InlineData(false, TwilioTrack.Outbound)]
    public void WriteMedia_ParsedByTheCoreParser_SameCountersTrackAndAudio(bool inbound, TwilioTrack track)
    {
        var audio = Enumerable.Range(0, 160).Select(i => (byte)(i * 7)).ToArray();
        var payload = Encoding.ASCII.GetBytes(Convert.ToBase64String(audio));
        var buffer = new byte[TwilioMessageBuilder.MaxMediaBytes];

        var length = TwilioMessageBuilder.WriteMedia(buffer, 1234, inbound, 57, 1120, payload, "MZ0123456789abcdef0123456789abcdef"u8);

        var parsed = TwilioMessageParser.Parse(buffer.AsSpan(0, length));
        Assert.True(parsed.Success, parsed.Error?.ToString());
        var media = Assert.IsType<TwilioMedia>(parsed.Message);
        Assert.Equal(1234, media.SequenceNumber);
        Assert.Equal("MZ0123456789abcdef0123456789abcdef", media.StreamSid);
        Assert.Equal(track, media.Track);
        Assert.Equal(57, media.Chunk);
        Assert.Equal(1120, media.TimestampMs);
        Assert.Equal(audio, media.Payload.ToArray());
        // The same text through the DOM path (what a string frame takes) agrees.
        var viaString = Assert.IsType<TwilioMedia>(TwilioMessageParser.Parse(Encoding.UTF8.GetString(buffer, 0, length)).Message);
        Assert.Equal(audio, viaString.Payload.ToArray());
    }

    [Fact]
    public void Start_ParsedByTheCoreParser_BothTracksMuLawAndCustomParameters()
    {
        var bytes = TwilioMessageBuilder.Start(1, "MZabc", "ACdef", "CA-call-1", new Dictionary<string, string> { ["advisorId"] = "A1", ["customerId"] = "C9", ["apiKey"] = "k\"ey" });

        var start = Assert.IsType<TwilioStart>(TwilioMessageParser.Parse(bytes).Message);

        Assert.Equal(1, start.SequenceNumber);
        Assert.Equal("MZabc", start.StreamSid);
        Assert.Equal("CA-call-1", start.CallSid);
        Assert.Equal([TwilioTrack.Inbound, TwilioTrack.Outbound], start.Tracks);
        Assert.Equal("audio/x-mulaw", start.MediaFormat.Encoding);
        Assert.Equal(8000, start.MediaFormat.SampleRate);
        Assert.Equal("A1", start.AdvisorId);
        Assert.Equal("C9", start.CustomerId);
        Assert.Equal("k\"ey", start.ApiKey);
    }

    [Fact]
    public void ConnectedMarkStop_ParsedByTheCoreParser()
    {
        Assert.IsType<TwilioConnected>(TwilioMessageParser.Parse(TwilioMessageBuilder.Connected()).Message);
        var mark = Assert.IsType<TwilioMark>(TwilioMessageParser.Parse(TwilioMessageBuilder.Mark(9, "MZabc", "loop-1")).Message);
        Assert.Equal("loop-1", mark.Name);
        Assert.Equal(9, mark.SequenceNumber);
        var stop = Assert.IsType<TwilioStop>(TwilioMessageParser.Parse(TwilioMessageBuilder.Stop(10, "MZabc", "ACdef", "CA1")).Message);
        Assert.Equal(10, stop.SequenceNumber);
        Assert.Equal("CA1", stop.CallSid);
    }

    [Fact]
    public void Sid_TwoLettersAnd32Hex_StablePerSeed()
    {
        var sid = TwilioMessageBuilder.Sid("MZ", "call-1");

        Assert.Matches("^MZ[0-9a-f]{32}$", sid);
        Assert.Equal(sid, TwilioMessageBuilder.Sid("MZ", "call-1"));
        Assert.NotEqual(sid, TwilioMessageBuilder.Sid("MZ", "call-2"));
    }
}
