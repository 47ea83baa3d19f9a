using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Telephony;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

public class TwilioStreamSessionTests
{
    private const int Chunk = 160;

    [Fact]
    public void Receive_ConnectedStartMediaStop_DecodesBothTracksAligned()
    {
        var session = Started();

        for (var k = 1; k <= 3; k++)
        {
            Assert.Null(session.Receive(TelephonyFrames.Media("inbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0x80))).Error);
            Assert.Null(session.Receive(TelephonyFrames.Media("outbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0xFF))).Error);
        }

        var stop = session.Receive(TelephonyFrames.Stop());

        Assert.True(stop.ShouldClose);
        Assert.Null(stop.Error);
        Assert.Equal(TwilioStreamState.Stopped, session.State);
        var (customer, advisor) = ReadAll(session);
        Assert.Equal(3 * Chunk, customer.Length);
        Assert.Equal(3 * Chunk, advisor.Length);
        Assert.All(customer, s => Assert.Equal(32124f / 32768f, s));
        Assert.All(advisor, s => Assert.Equal(0f, s));
        Assert.Equal(3, session.ChunksOf(Party.Customer));
        Assert.Equal(3, session.ChunksOf(Party.Advisor));
    }

    [Fact]
    public void Receive_Utf8Frames_SameAudioAsStrings()
    {
        var session = Started();

        session.Receive(System.Text.Encoding.UTF8.GetBytes(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80))));
        session.Receive(System.Text.Encoding.UTF8.GetBytes(TelephonyFrames.Media("outbound", 1, 0, TelephonyFrames.MuLawChunk(0x00))));
        var bad = session.Receive("{"u8);

        var (customer, advisor) = ReadAll(session);
        Assert.Equal(Chunk, customer.Length);
        Assert.Equal(32124f / 32768f, customer[7]);
        Assert.Equal(-32124f / 32768f, advisor[7]);
        Assert.NotNull(bad.Error);
    }

    [Fact]
    public void Receive_OutOfOrderChunks_PlacedByTimestampInOrder()
    {
        var session = Started();
        var codes = new byte[] { 0x80, 0x90, 0xA0, 0xB0, 0xC0 };

        foreach (var k in new[] { 1, 3, 2, 5, 4 })
        {
            session.Receive(TelephonyFrames.Media("inbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(codes[k - 1])));
            session.Receive(TelephonyFrames.Media("outbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0xFF)));
        }

        session.Receive(TelephonyFrames.Stop());

        var (customer, advisor) = ReadAll(session);
        Assert.Equal(5 * Chunk, customer.Length);
        Assert.Equal(customer.Length, advisor.Length);
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(G711.MuLawToLinear(codes[k]) / 32768f, customer[k * Chunk]);
            Assert.Equal(G711.MuLawToLinear(codes[k]) / 32768f, customer[(k * Chunk) + Chunk - 1]);
        }

        Assert.Equal(2, session.ReorderedChunksOf(Party.Customer));
        Assert.Equal(0, session.MissingChunksOf(Party.Customer));
        Assert.Equal(0, session.Timeline.CustomerGapSamples);
    }

    [Fact]
    public void Receive_MissingChunk_GapIsSilenceAndChannelsStayAligned()
    {
        var session = Started();
        for (var k = 1; k <= 10; k++)
        {
            if (k != 3)
            {
                session.Receive(TelephonyFrames.Media("inbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0x80)));
            }

            session.Receive(TelephonyFrames.Media("outbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0x80)));
        }

        // Before stop: chunk 3 was given up once the reorder window (5 chunks) filled, so audio flows past the hole.
        Assert.True(session.Timeline.Available >= 4 * Chunk);
        session.Receive(TelephonyFrames.Stop());

        var (customer, advisor) = ReadAll(session);
        Assert.Equal(10 * Chunk, customer.Length);
        Assert.Equal(10 * Chunk, advisor.Length);
        Assert.All(customer[(2 * Chunk)..(3 * Chunk)], s => Assert.Equal(0f, s));
        Assert.Equal(32124f / 32768f, customer[(3 * Chunk)]);
        Assert.Equal(32124f / 32768f, customer[(2 * Chunk) - 1]);
        Assert.Equal(1, session.MissingChunksOf(Party.Customer));
        Assert.Equal(Chunk, session.Timeline.CustomerGapSamples);
        Assert.Equal(0, session.Timeline.AdvisorGapSamples);
    }

    [Fact]
    public void Receive_ChunkLaterThanWindowOrDuplicate_DroppedNotMisplaced()
    {
        var session = Started();
        for (var k = 2; k <= 8; k++)
        {
            session.Receive(TelephonyFrames.Media("inbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0x80)));
        }

        var late = session.Receive(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x00)));
        var duplicate = session.Receive(TelephonyFrames.Media("inbound", 4, 60, TelephonyFrames.MuLawChunk(0x00)));
        session.Receive(TelephonyFrames.Stop());

        Assert.Null(late.Error);
        Assert.Null(duplicate.Error);
        Assert.Equal(2, session.LateChunksOf(Party.Customer));
        var (customer, _) = ReadAll(session);
        Assert.Equal(8 * Chunk, customer.Length);
        Assert.All(customer[..Chunk], s => Assert.Equal(0f, s));
        Assert.DoesNotContain(-32124f / 32768f, customer);
    }

    [Fact]
    public void Receive_TimestampJitterOfAMillisecond_AppendedContiguously()
    {
        var session = Started(tracks: """["inbound"]""");
        session.Receive(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80)));
        session.Receive(TelephonyFrames.Media("inbound", 2, 21, TelephonyFrames.MuLawChunk(0x80)));
        session.Receive(TelephonyFrames.Media("inbound", 3, 39, TelephonyFrames.MuLawChunk(0x80)));
        session.Receive(TelephonyFrames.Stop());

        var (customer, advisor) = ReadAll(session);
        Assert.Equal(3 * Chunk, customer.Length);
        Assert.Equal(0, session.Timeline.CustomerGapSamples);
        Assert.Equal(0, session.Timeline.CustomerDroppedSamples);
        Assert.All(advisor, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Receive_OneTrackStalls_OtherIsNotHeldBackBeyondSkew()
    {
        var session = Started();
        for (var k = 1; k <= 100; k++)
        {
            session.Receive(TelephonyFrames.Media("inbound", k, (k - 1) * 20, TelephonyFrames.MuLawChunk(0x80)));
        }

        // 2 s of customer audio, no advisor audio: the default 1 s skew lets 1 s minus the reorder window through.
        Assert.True(session.Timeline.Available >= 8000 - (5 * Chunk), $"available {session.Timeline.Available}");
    }

    [Theory]
    [InlineData("wrong", "invalid API key")]
    [InlineData(null, "missing apiKey custom parameter")]
    public void Receive_StartWithBadKey_ClosesWithReason(string? key, string reason)
    {
        var session = new TwilioStreamSession();
        Assert.Equal(StreamAuthorizationState.Pending, session.Authorize(k => k == "key-1").State);
        session.Receive(TelephonyFrames.Connected());

        var result = session.Receive(TelephonyFrames.Start(apiKey: key));

        Assert.True(result.ShouldClose);
        Assert.Equal(reason, result.CloseReason);
        Assert.Equal(TwilioStreamState.Closed, session.State);
        Assert.True(session.Authorization.IsDenied);
        var after = session.Receive(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80)));
        Assert.NotNull(after.Error);
        Assert.Equal(0, session.Timeline.EndOf(Party.Customer));
    }

    [Fact]
    public void Receive_StartWithoutKeyCheck_DeniedByDefault()
    {
        var session = new TwilioStreamSession();

        var result = session.Receive(TelephonyFrames.Start());

        Assert.Equal("no API key check is configured", result.CloseReason);
    }

    [Fact]
    public void Receive_KeyCheckThrows_DeniesInsteadOfThrowing()
    {
        var session = new TwilioStreamSession();
        session.Authorize(_ => throw new InvalidOperationException("store down"));

        var result = session.Receive(TelephonyFrames.Start());

        Assert.StartsWith("API key check failed", result.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_GoodKey_AllowedAndStartExposed()
    {
        var session = Started();

        Assert.True(session.Authorization.IsAllowed);
        Assert.Equal("adv-7", session.Start!.AdvisorId);
        Assert.Equal(TwilioStreamState.Streaming, session.State);
    }

    [Fact]
    public void Receive_UnsupportedMediaFormat_Closes()
    {
        var session = new TwilioStreamSession();
        session.Authorize(_ => true);

        var result = session.Receive(TelephonyFrames.Start(encoding: "audio/l16"));

        Assert.True(result.ShouldClose);
        Assert.Contains("audio/l16", result.CloseReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"event":"transcription"}""")]
    [InlineData("""{"event":"media","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"/w=="}}""")]
    [InlineData("""{"event":"stop"}""")]
    [InlineData("""{"event":"mark","mark":{"name":"m"}}""")]
    public void Receive_BadOrEarlyMessage_ErrorValueStreamStaysOpen(string text)
    {
        var session = new TwilioStreamSession();
        session.Authorize(_ => true);

        var result = session.Receive(text);

        Assert.NotNull(result.Error);
        Assert.False(result.ShouldClose);
        Assert.Equal(1, session.ProtocolErrors);
        Assert.False(session.Receive(TelephonyFrames.Start()).ShouldClose);
    }

    [Fact]
    public void Receive_DuplicateStartOrConnectedAfterStart_Refused()
    {
        var session = Started();

        Assert.Contains("duplicate", session.Receive(TelephonyFrames.Start()).Error!.Reason, StringComparison.Ordinal);
        Assert.NotNull(session.Receive(TelephonyFrames.Connected()).Error);
        Assert.Equal(TwilioStreamState.Streaming, session.State);
    }

    [Fact]
    public void Receive_MediaForAnotherStream_Refused()
    {
        var session = Started();
        var text = TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80)).Replace(TelephonyFrames.StreamSid, "MZother", StringComparison.Ordinal);

        Assert.Contains("MZother", session.Receive(text).Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_TooManyErrors_Closes()
    {
        var session = new TwilioStreamSession(new TwilioStreamOptions { MaxProtocolErrors = 3 });
        TwilioReceiveResult last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = session.Receive("{");
        }

        Assert.True(last.ShouldClose);
        Assert.StartsWith("too many protocol errors", last.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_MessagesAfterStop_Refused()
    {
        var session = Started();
        session.Receive(TelephonyFrames.Stop());

        Assert.Contains("after stop", session.Receive(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80))).Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_DtmfAndMark_PassedThroughWithoutAudio()
    {
        var session = Started();

        var dtmf = session.Receive("""{"event":"dtmf","sequenceNumber":"3","streamSid":"x","dtmf":{"track":"inbound_track","digit":"#"}}""");

        Assert.Equal("#", Assert.IsType<TwilioDtmf>(dtmf.Message).Digit);
        Assert.Equal(0, session.Timeline.EndOf(Party.Customer));
    }

    [Fact]
    public void Abort_MidCall_ReleasesHeldChunksAndAlignsChannels()
    {
        var session = Started();
        session.Receive(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80)));
        session.Receive(TelephonyFrames.Media("inbound", 3, 40, TelephonyFrames.MuLawChunk(0x80)));

        session.Abort();

        Assert.Equal(TwilioStreamState.Stopped, session.State);
        Assert.Equal(3 * Chunk, session.Timeline.Available);
    }

    [Fact]
    public void Receive_BadSession_DoesNotAffectAnother()
    {
        var good = Started();
        var bad = new TwilioStreamSession();
        bad.Receive("{{{");
        bad.Receive(TelephonyFrames.Start(apiKey: "nope"));

        good.Receive(TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80)));

        Assert.Equal(TwilioStreamState.Streaming, good.State);
        Assert.Equal(TwilioStreamState.Closed, bad.State);
        Assert.Equal(0, good.ProtocolErrors);
    }

    private static TwilioStreamSession Started(string tracks = """["inbound","outbound"]""")
    {
        var session = new TwilioStreamSession();
        session.Authorize(k => k == "key-1");
        Assert.Null(session.Receive(TelephonyFrames.Connected()).Error);
        var start = session.Receive(TelephonyFrames.Start(tracks: tracks));
        Assert.Null(start.Error);
        return session;
    }

    private static (float[] Customer, float[] Advisor) ReadAll(TwilioStreamSession session)
    {
        var n = session.Timeline.Available;
        var customer = new float[n];
        var advisor = new float[n];
        session.Timeline.Read(customer, advisor);
        return (customer, advisor);
    }
}
