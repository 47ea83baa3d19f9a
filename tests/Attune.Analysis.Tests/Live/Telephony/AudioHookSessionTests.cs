using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Telephony;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

public class AudioHookSessionTests
{
    [Fact]
    public void Receive_Open_AnsweredWithOpenedAtOnce()
    {
        var session = Authorized();

        var result = session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters()));

        Assert.Null(result.Error);
        var opened = Assert.Single(result.Replies);
        Assert.Equal(("opened", 1L, 1L, TelephonyFrames.SessionId), (opened.Type, opened.Seq, opened.ClientSeq, opened.Id));
        var json = JsonNode.Parse(opened.ToJson())!.AsObject();
        Assert.Equal("2", json["version"]!.GetValue<string>());
        Assert.Equal("opened", json["type"]!.GetValue<string>());
        Assert.Equal(1, json["clientseq"]!.GetValue<long>());
        Assert.False(json["parameters"]!["startPaused"]!.GetValue<bool>());
        var media = Assert.Single(json["parameters"]!["media"]!.AsArray())!;
        Assert.Equal("PCMU", media["format"]!.GetValue<string>());
        Assert.Equal(8000, media["rate"]!.GetValue<int>());
        Assert.Equal(["external", "internal"], media["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.NotNull(result.Opened);
        Assert.False(result.Opened.IsProbe);
        Assert.Equal(TelephonyFrames.ConversationId, result.Opened.ConversationId);
        Assert.Equal("+15551230000", result.Opened.Ani);
        Assert.Equal("en-US", session.Language);
        Assert.Equal(AudioHookState.Active, session.State);
    }

    [Fact]
    public void Receive_OpenOfferingMonoFirst_PrefersStereoOffer()
    {
        var session = Authorized();
        var media = """[{"type":"audio","format":"L16","channels":["external"],"rate":8000},{"type":"audio","format":"OPUS","channels":["external","internal"],"rate":8000},{"type":"audio","format":"L16","channels":["internal","external"],"rate":8000}]""";

        var result = session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(media: media)));

        Assert.Equal(new[] { "internal", "external" }, session.Media!.Channels);
        Assert.Equal("L16", session.Media.Format);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("""[{"type":"audio","format":"OPUS","channels":["external","internal"],"rate":8000}]""", "no offered media is supported")]
    [InlineData("""[{"type":"audio","format":"PCMU","channels":["external","internal"],"rate":16000}]""", "no offered media is supported")]
    [InlineData("""[{"type":"audio","format":"PCMU","channels":["external","external"],"rate":8000}]""", "no offered media is supported")]
    [InlineData("[]", "open offers no media")]
    public void Receive_OpenWithoutUsableMedia_DisconnectsWithReason(string media, string reason)
    {
        var session = Authorized();

        var result = session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(media: media)));

        AssertDisconnect(result, "error", reason);
    }

    [Fact]
    public void Receive_Ping_AnsweredWithPongEchoingClientSeq()
    {
        var session = Opened();

        var result = session.Receive(TelephonyFrames.HookMessage("ping", 2, new JsonObject { ["rtt"] = "PT0.05S" }, serverSeq: 1, position: "PT0.2S"));

        var pong = Assert.Single(result.Replies);
        Assert.Equal(("pong", 2L, 2L), (pong.Type, pong.Seq, pong.ClientSeq));
        Assert.Equal(TimeSpan.FromMilliseconds(200), session.ClientPosition);
    }

    [Fact]
    public void Receive_PausedThenResumedWithDiscarded_StateAndTimelineFollow()
    {
        var session = Opened();
        session.ReceiveAudio(PcmuStereo(800, externalTone: true));

        var paused = session.Receive(TelephonyFrames.HookMessage("paused", 2, serverSeq: 1, position: "PT0.1S"));
        Assert.Empty(paused.Replies);
        Assert.Equal(AudioHookState.Paused, session.State);

        var resumed = session.Receive(TelephonyFrames.HookMessage("resumed", 3, new JsonObject { ["start"] = "PT0.1S", ["discarded"] = "PT0.5S" }, serverSeq: 1, position: "PT0.1S"));
        Assert.Null(resumed.Error);
        Assert.Equal(AudioHookState.Active, session.State);
        Assert.Equal(TimeSpan.FromSeconds(0.5), session.Discarded);

        session.ReceiveAudio(PcmuStereo(800, externalTone: true));
        Assert.Equal(800 + 4000 + 800, session.Timeline.Available);
        Assert.Equal(1600, session.SamplesReceived);
        Assert.Equal(TimeSpan.FromSeconds(0.2), session.Position);
    }

    [Fact]
    public void ReceiveAudio_WhilePaused_DisconnectsWithError()
    {
        var session = Opened();
        session.Receive(TelephonyFrames.HookMessage("paused", 2, serverSeq: 1));

        var result = session.ReceiveAudio(PcmuStereo(160, externalTone: true));

        AssertDisconnect(result, "error", "audio received in state Paused");
    }

    [Fact]
    public void Receive_Discarded_AdvancesBothChannelsWithSilence()
    {
        var session = Opened();
        session.ReceiveAudio(PcmuStereo(160, externalTone: true));

        var result = session.Receive(TelephonyFrames.HookMessage("discarded", 2, new JsonObject { ["start"] = "PT0.02S", ["discarded"] = "PT0.25S" }, serverSeq: 1));
        session.ReceiveAudio(PcmuStereo(160, externalTone: true));

        Assert.Empty(result.Replies);
        Assert.Equal(160 + 2000 + 160, session.Timeline.EndOf(Party.Customer));
        Assert.Equal(session.Timeline.EndOf(Party.Customer), session.Timeline.EndOf(Party.Advisor));
        Assert.Equal(2000, session.Timeline.CustomerGapSamples);
    }

    [Fact]
    public void Receive_DiscardedWithoutDurations_Disconnects()
    {
        var session = Opened();

        AssertDisconnect(session.Receive(TelephonyFrames.HookMessage("discarded", 2, new JsonObject { ["start"] = "soon" })), "error", "durations");
    }

    [Fact]
    public void Receive_Close_AnsweredWithClosed()
    {
        var session = Opened();
        session.Receive(TelephonyFrames.HookMessage("ping", 2, serverSeq: 1));

        var result = session.Receive(TelephonyFrames.HookMessage("close", 3, new JsonObject { ["reason"] = "end" }, serverSeq: 2));

        var closed = Assert.Single(result.Replies);
        Assert.Equal(("closed", 3L, 3L), (closed.Type, closed.Seq, closed.ClientSeq));
        Assert.True(result.Ends);
        Assert.Equal(AudioHookState.Closed, session.State);
        Assert.NotNull(session.Receive(TelephonyFrames.HookMessage("ping", 4, serverSeq: 3)).Error);
    }

    [Fact]
    public void Receive_SequenceGap_DisconnectsWithError()
    {
        var session = Opened();

        var result = session.Receive(TelephonyFrames.HookMessage("ping", 3, serverSeq: 1));

        AssertDisconnect(result, "error", "seq 3 does not follow 1");
        Assert.Equal(1, result.Replies[0].ClientSeq);
        Assert.Equal(AudioHookState.Disconnected, session.State);
    }

    [Fact]
    public void Receive_CloseAfterSequenceGapDisconnect_StillAnsweredWithClosed()
    {
        var session = Opened();
        session.Receive(TelephonyFrames.HookMessage("ping", 3, serverSeq: 1));

        var close = session.Receive(TelephonyFrames.HookMessage("close", 4, new JsonObject { ["reason"] = "error" }, serverSeq: 2));

        var closed = Assert.Single(close.Replies);
        Assert.Equal(("closed", 3L, 4L), (closed.Type, closed.Seq, closed.ClientSeq));
        Assert.Equal(AudioHookState.Closed, session.State);
    }

    [Fact]
    public void Abort_MidCall_LeavesAlignedAudio()
    {
        var session = Authorized();
        session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(media: """[{"type":"audio","format":"PCMU","channels":["internal"],"rate":8000}]""")));
        session.ReceiveAudio(new byte[480]);

        session.Abort();

        Assert.Equal(480, session.Timeline.Available);
        Assert.Equal(480, session.Timeline.EndOf(Party.Advisor));
        Assert.Equal(480, session.Timeline.EndOf(Party.Customer));
    }

    [Fact]
    public void Receive_RepeatedSeq_DisconnectsWithError()
    {
        var session = Opened();

        AssertDisconnect(session.Receive(TelephonyFrames.HookMessage("ping", 1, serverSeq: 1)), "error", "seq 1 does not follow 1");
    }

    [Fact]
    public void Receive_ServerSeqAheadOfServer_DisconnectsWithError()
    {
        var session = Opened();

        AssertDisconnect(session.Receive(TelephonyFrames.HookMessage("ping", 2, serverSeq: 5)), "error", "serverseq 5");
    }

    [Fact]
    public void Receive_OtherSessionId_DisconnectsWithError()
    {
        var session = Opened();

        AssertDisconnect(session.Receive(TelephonyFrames.HookMessage("ping", 2, serverSeq: 1, id: "0b9a3a52-8f5a-4a43-b0e0-4d77c0d1f0aa")), "error", "session id");
    }

    [Fact]
    public void Receive_AfterDisconnect_OnlyCloseAnswered()
    {
        var session = Opened();
        session.Receive("garbage");

        var ping = session.Receive(TelephonyFrames.HookMessage("ping", 2, serverSeq: 2));
        var close = session.Receive(TelephonyFrames.HookMessage("close", 3, new JsonObject { ["reason"] = "error" }, serverSeq: 2));

        Assert.Empty(ping.Replies);
        Assert.Equal("closed", Assert.Single(close.Replies).Type);
        Assert.Equal(AudioHookState.Closed, session.State);
    }

    [Fact]
    public void Receive_ConnectionProbe_OpenedThenClosed()
    {
        var session = Authorized();

        var open = session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(conversationId: AudioHookSession.ProbeConversationId)));
        var close = session.Receive(TelephonyFrames.HookMessage("close", 2, new JsonObject { ["reason"] = "end" }, serverSeq: 1));

        Assert.Equal("opened", Assert.Single(open.Replies).Type);
        Assert.True(open.Opened!.IsProbe);
        var closed = Assert.Single(close.Replies);
        Assert.Equal(("closed", 2L, 2L), (closed.Type, closed.Seq, closed.ClientSeq));
        Assert.True(close.Ends);
    }

    [Fact]
    public void Receive_ProbeWithoutMedia_StillOpened()
    {
        var session = Authorized();

        var open = session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(conversationId: AudioHookSession.ProbeConversationId, media: "[]")));

        Assert.Null(open.Error);
        Assert.Empty(JsonNode.Parse(open.Replies[0].ToJson())!["parameters"]!["media"]!.AsArray());
    }

    [Theory]
    [InlineData(null, "missing X-API-KEY header")]
    [InlineData("stolen", "invalid API key")]
    public void Receive_OpenWithBadKey_DisconnectsUnauthorized(string? key, string reason)
    {
        var session = new AudioHookSession();
        Assert.True(session.Authorize(key, k => k == "hook-key").IsDenied);

        var result = session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters()));

        AssertDisconnect(result, "unauthorized", reason);
        Assert.Null(result.Opened);
    }

    [Fact]
    public void Receive_OpenWithoutKeyCheck_Unauthorized()
    {
        AssertDisconnect(new AudioHookSession().Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters())), "unauthorized", "API key not checked");
    }

    [Fact]
    public void ReceiveAudio_PcmuStereoToneOnExternal_OnlyCustomerHearsIt()
    {
        var session = Opened();

        var result = session.ReceiveAudio(PcmuStereo(1600, externalTone: true));

        Assert.Equal(1600, result.AudioFrames);
        var (customer, advisor) = ReadAll(session);
        Assert.Equal(1600, customer.Length);
        Assert.InRange(TelephonyFrames.Rms(customer), 0.3, 0.4);
        Assert.Equal(0, TelephonyFrames.Rms(advisor));
    }

    [Fact]
    public void ReceiveAudio_L16InternalFirst_ToneOnInternalReachesAdvisor()
    {
        var session = Authorized();
        session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(media: """[{"type":"audio","format":"L16","channels":["internal","external"],"rate":8000}]""")));
        var tone = TelephonyFrames.Tone(800, 440);
        var bytes = new byte[800 * 4];
        for (var i = 0; i < 800; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 4), tone[i]);
        }

        // Split mid-stream into two frames, as the client sends 100-200 ms frames.
        session.ReceiveAudio(bytes.AsSpan(0, 1600));
        session.ReceiveAudio(bytes.AsSpan(1600));

        var (customer, advisor) = ReadAll(session);
        Assert.Equal(800, advisor.Length);
        Assert.Equal(tone[123] / 32768f, advisor[123]);
        Assert.InRange(TelephonyFrames.Rms(advisor), 0.34, 0.37);
        Assert.Equal(0, TelephonyFrames.Rms(customer));
    }

    [Fact]
    public void ReceiveAudio_MonoExternal_AdvisorChannelKeptLevelAsSilence()
    {
        var session = Authorized();
        session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters(media: """[{"type":"audio","format":"PCMU","channels":["external"],"rate":8000}]""")));

        session.ReceiveAudio(TelephonyFrames.Tone(400, 300).Select(TelephonyFrames.MuLawEncode).ToArray());

        var (customer, advisor) = ReadAll(session);
        Assert.Equal(400, customer.Length);
        Assert.True(TelephonyFrames.Rms(customer) > 0.3);
        Assert.Equal(0, TelephonyFrames.Rms(advisor));
    }

    [Fact]
    public void ReceiveAudio_OddLengthFrame_DisconnectsWithError()
    {
        var session = Opened();

        AssertDisconnect(session.ReceiveAudio(new byte[161]), "error", "not a whole number");
    }

    [Fact]
    public void ReceiveAudio_BeforeOpen_DisconnectsWithError()
    {
        AssertDisconnect(Authorized().ReceiveAudio(new byte[160]), "error", "audio received in state Preparing");
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("42", "not a JSON object")]
    [InlineData("""{"version":"1","id":"a","type":"open","seq":1,"serverseq":0,"position":"PT0S","parameters":{}}""", "version '1'")]
    [InlineData("""{"version":"2","type":"open","seq":1,"serverseq":0,"position":"PT0S","parameters":{}}""", "'id' and 'type'")]
    [InlineData("""{"version":"2","id":"a","type":"open","seq":0,"serverseq":0,"position":"PT0S","parameters":{}}""", "'seq' ≥ 1")]
    [InlineData("""{"version":"2","id":"a","type":"open","seq":1,"serverseq":0,"position":"12s","parameters":{}}""", "'position'")]
    [InlineData("""{"version":"2","id":"a","type":"open","seq":1,"serverseq":0,"position":"PT0S"}""", "'parameters'")]
    [InlineData("""{"version":"2","id":"a","type":"dance","seq":1,"serverseq":0,"position":"PT0S","parameters":{}}""", "'dance' is not a supported client message")]
    [InlineData("""{"version":"2","id":"a","type":"open","seq":1,"serverseq":0,"position":"PT0S","parameters":{"conversationId":"nope"}}""", "no valid 'conversationId'")]
    [InlineData("""{"version":"2","id":"a","type":"paused","seq":1,"serverseq":0,"position":"PT0S","parameters":{}}""", "'paused' in state Preparing")]
    [InlineData("""{"version":"2","id":"a","type":"open","seq":1,"serverseq":0,"position":"PT0S","parameters":{"media":[{"format":"PCMU","format":"L16"}]}}""", "not valid JSON")]
    public void Receive_MalformedMessage_DisconnectWithReasonNotException(string text, string reason)
    {
        AssertDisconnect(Authorized().Receive(text), "error", reason);
    }

    [Fact]
    public void Receive_SecondOpen_Disconnects()
    {
        var session = Opened();

        AssertDisconnect(session.Receive(TelephonyFrames.HookMessage("open", 2, TelephonyFrames.OpenParameters(), serverSeq: 1)), "error", "'open' in state Active");
    }

    [Fact]
    public void Receive_ClientErrorAndUpdate_RecordedWithoutReply()
    {
        var session = Opened();

        var error = session.Receive(TelephonyFrames.HookMessage("error", 2, new JsonObject { ["code"] = 429, ["message"] = "slow down" }, serverSeq: 1));
        var update = session.Receive(TelephonyFrames.HookMessage("update", 3, new JsonObject { ["language"] = "fr-FR" }, serverSeq: 1));

        Assert.Empty(error.Replies);
        Assert.Empty(update.Replies);
        Assert.Equal((429, "slow down"), session.ClientError);
        Assert.Equal("fr-FR", session.Language);
    }

    [Fact]
    public void RequestPauseResumeAndDisconnect_CarryServerSeq()
    {
        var session = Opened();

        var pause = session.RequestPause()!;
        var resume = session.RequestResume()!;
        var disconnect = session.Disconnect("completed")!;

        Assert.Equal(("pause", 2L), (pause.Type, pause.Seq));
        Assert.Equal(("resume", 3L), (resume.Type, resume.Seq));
        Assert.Equal("completed", disconnect.Parameters["reason"]!.GetValue<string>());
        Assert.Null(session.RequestPause());
        Assert.Null(session.Disconnect("error"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Opened().Disconnect("bored"));
    }

    [Fact]
    public void Receive_HugeText_Refused()
    {
        AssertDisconnect(Authorized().Receive(new string('x', AudioHookSession.MaxTextChars + 1)), "error", "larger than");
    }

    private static AudioHookSession Authorized()
    {
        var session = new AudioHookSession();
        Assert.True(session.Authorize("hook-key", k => k == "hook-key").IsAllowed);
        return session;
    }

    private static AudioHookSession Opened()
    {
        var session = Authorized();
        Assert.Null(session.Receive(TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters())).Error);
        return session;
    }

    /// <summary>PCMU external+internal interleaved; a 440 Hz tone at half scale on one channel, digital silence (0xFF) on the other.</summary>
    private static byte[] PcmuStereo(int frames, bool externalTone)
    {
        var tone = TelephonyFrames.Tone(frames, 440);
        var bytes = new byte[frames * 2];
        for (var i = 0; i < frames; i++)
        {
            var code = TelephonyFrames.MuLawEncode(tone[i]);
            bytes[2 * i] = externalTone ? code : (byte)0xFF;
            bytes[(2 * i) + 1] = externalTone ? (byte)0xFF : code;
        }

        return bytes;
    }

    private static void AssertDisconnect(AudioHookResult result, string reason, string info)
    {
        Assert.NotNull(result.Error);
        Assert.True(result.Ends);
        var disconnect = Assert.Single(result.Replies);
        Assert.Equal("disconnect", disconnect.Type);
        Assert.Equal(reason, disconnect.Parameters["reason"]!.GetValue<string>());
        Assert.Contains(info, disconnect.Parameters["info"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static (float[] Customer, float[] Advisor) ReadAll(AudioHookSession session)
    {
        var n = session.Timeline.Available;
        var customer = new float[n];
        var advisor = new float[n];
        session.Timeline.Read(customer, advisor);
        return (customer, advisor);
    }
}
