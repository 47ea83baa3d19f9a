using Attune.Analysis.Live.Telephony;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

public class TwilioMessageParserTests
{
    [Fact]
    public void Parse_Connected_ReadsProtocolAndVersion()
    {
        var result = TwilioMessageParser.Parse(TelephonyFrames.Connected());

        Assert.True(result.Success);
        Assert.Equal(new TwilioConnected("Call", "1.0.0"), result.Message);
    }

    [Fact]
    public void Parse_Start_ReadsStreamCallTracksFormatAndCustomParameters()
    {
        var result = TwilioMessageParser.Parse(TelephonyFrames.Start());

        var start = Assert.IsType<TwilioStart>(result.Message);
        Assert.Equal(1, start.SequenceNumber);
        Assert.Equal(TelephonyFrames.StreamSid, start.StreamSid);
        Assert.Equal("CA1111", start.CallSid);
        Assert.Equal("AC0000", start.AccountSid);
        Assert.Equal([TwilioTrack.Inbound, TwilioTrack.Outbound], start.Tracks);
        Assert.Equal(new TwilioMediaFormat("audio/x-mulaw", 8000, 1), start.MediaFormat);
        Assert.Null(start.MediaFormat.Problem());
        Assert.Equal("adv-7", start.AdvisorId);
        Assert.Equal("cus-9", start.CustomerId);
        Assert.Equal("key-1", start.ApiKey);
    }

    [Fact]
    public void Parse_Media_DecodesBase64AndStringCounters()
    {
        var payload = new byte[] { 0xFF, 0x80, 0x00, 0x7F };

        var media = Assert.IsType<TwilioMedia>(TwilioMessageParser.Parse(TelephonyFrames.Media("outbound", 3, 40, payload, sequence: 5)).Message);

        Assert.Equal(5, media.SequenceNumber);
        Assert.Equal(TwilioTrack.Outbound, media.Track);
        Assert.Equal(3, media.Chunk);
        Assert.Equal(40, media.TimestampMs);
        Assert.Equal(payload, media.Payload.ToArray());
    }

    [Theory]
    [InlineData("""{"event":"media","sequenceNumber":"3","media":{"track":"inbound","chunk":"2","timestamp":"20","payload":"/4AAfw=="},"streamSid":"MZ1"}""")]
    [InlineData("""{"streamSid":"MZ1","media":{"payload":"\/4AAfw==","extra":{"a":[1,2]},"timestamp":20,"chunk":2,"track":"inbound"},"sequenceNumber":3,"event":"media"}""")]
    public void Parse_MediaFieldOrderNumbersAndEscapes_SameMessageOnFastAndDomPaths(string text)
    {
        var fromString = Assert.IsType<TwilioMedia>(TwilioMessageParser.Parse(text).Message);
        var fromUtf8 = Assert.IsType<TwilioMedia>(TwilioMessageParser.Parse(System.Text.Encoding.UTF8.GetBytes(text)).Message);

        foreach (var media in new[] { fromString, fromUtf8 })
        {
            Assert.Equal((3L, "MZ1", TwilioTrack.Inbound, 2L, 20L), (media.SequenceNumber, media.StreamSid, media.Track, media.Chunk, media.TimestampMs));
            Assert.Equal(new byte[] { 0xFF, 0x80, 0x00, 0x7F }, media.Payload.ToArray());
        }
    }

    [Theory]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":""}} trailing""", "not valid JSON")]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"" """, "not valid JSON")]
    public void Parse_MediaWithBrokenJson_RefusedOnUtf8Path(string text, string reason)
    {
        var result = TwilioMessageParser.Parse(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Contains(reason, result.Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StopMarkDtmf_ReadTheirFields()
    {
        var stop = Assert.IsType<TwilioStop>(TwilioMessageParser.Parse(TelephonyFrames.Stop()).Message);
        var mark = Assert.IsType<TwilioMark>(TwilioMessageParser.Parse("""{"event":"mark","sequenceNumber":"4","streamSid":"MZ1","mark":{"name":"greeting done"}}""").Message);
        var dtmf = Assert.IsType<TwilioDtmf>(TwilioMessageParser.Parse("""{"event":"dtmf","sequenceNumber":"6","streamSid":"MZ1","dtmf":{"track":"inbound_track","digit":"7"}}""").Message);

        Assert.Equal("CA1111", stop.CallSid);
        Assert.Equal(99, stop.SequenceNumber);
        Assert.Equal("greeting done", mark.Name);
        Assert.Equal(4, mark.SequenceNumber);
        Assert.Equal(("inbound_track", "7"), (dtmf.Track, dtmf.Digit));
    }

    [Fact]
    public void Parse_StartWithNumericSequence_AcceptsNumbers()
    {
        var text = TelephonyFrames.Start().Replace("\"sequenceNumber\":\"1\"", "\"sequenceNumber\":1", StringComparison.Ordinal);

        Assert.Equal(1, Assert.IsType<TwilioStart>(TwilioMessageParser.Parse(text).Message).SequenceNumber);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{}", "no 'event'")]
    [InlineData("""{"event":"hangup"}""", "unknown event 'hangup'")]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"1","timestamp":"0"}}""", "no 'payload'")]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"@@@"}}""", "not valid base64")]
    [InlineData("""{"event":"media","media":{"track":"sideways","chunk":"1","timestamp":"0","payload":""}}""", "unknown track 'sideways'")]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"x","timestamp":"0","payload":""}}""", "non-negative 'chunk'")]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"1","timestamp":"-5","payload":""}}""", "non-negative 'chunk'")]
    [InlineData("""{"event":"media"}""", "no 'media' object")]
    [InlineData("""{"event":"start","start":{"mediaFormat":{}}}""", "no 'streamSid'")]
    [InlineData("""{"event":"start","start":{"streamSid":"MZ1"}}""", "no 'mediaFormat'")]
    [InlineData("""{"event":"start","start":{"streamSid":"MZ1","tracks":["both"],"mediaFormat":{}}}""", "unknown track")]
    [InlineData("""{"event":"mark","mark":{}}""", "no 'mark.name'")]
    [InlineData("""{"event":"dtmf"}""", "no 'dtmf.digit'")]
    public void Parse_MalformedInput_ReturnsErrorWithReason(string text, string reason)
    {
        var result = TwilioMessageParser.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeMessage_RefusedBeforeParsing()
    {
        var result = TwilioMessageParser.Parse(new string(' ', TwilioMessageParser.MaxMessageChars + 1));

        Assert.Contains("larger than", result.Error!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audio/x-alaw", 8000, "encoding")]
    [InlineData("audio/x-mulaw", 16000, "sample rate")]
    public void Problem_UnsupportedFormat_SaysWhy(string encoding, int rate, string reason)
    {
        Assert.Contains(reason, new TwilioMediaFormat(encoding, rate, 1).Problem(), StringComparison.Ordinal);
    }
}
