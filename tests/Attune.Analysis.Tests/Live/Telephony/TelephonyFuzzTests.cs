using System.Text.Json.Nodes;
using Attune.Analysis.Live.Telephony;

// Namespace is not Attune.Analysis.Tests.Live.Telephony: a "Tests.Live" namespace would shadow the relative
// "Live.AnalysisSession" in Text/Detectors/Questions/QuestionDetectorTests.cs (this change adds files only).
namespace Attune.Analysis.Tests.LiveTelephony;

/// <summary>Mangled protocol input (truncations, byte flips, random binary) must give values, never exceptions.</summary>
public class TelephonyFuzzTests
{
    [Fact]
    public void TwilioSession_MangledFrames_NeverThrow()
    {
        var random = new Random(5);
        var valid = new[]
        {
            TelephonyFrames.Connected(), TelephonyFrames.Start(), TelephonyFrames.Stop(),
            TelephonyFrames.Media("inbound", 1, 0, TelephonyFrames.MuLawChunk(0x80)),
            TelephonyFrames.Media("outbound", 2, 20, TelephonyFrames.MuLawChunk(0x80)),
        };
        var errors = 0;
        for (var i = 0; i < 2000; i++)
        {
            var session = new TwilioStreamSession(new TwilioStreamOptions { MaxProtocolErrors = 1000 });
            session.Authorize(_ => true);
            session.Receive(TelephonyFrames.Start());
            var text = Mangle(valid[random.Next(valid.Length)], random);
            var result = session.Receive(text);
            var utf8 = session.Receive(System.Text.Encoding.UTF8.GetBytes(text));
            errors += (result.Error is null ? 0 : 1) + (utf8.Error is null ? 0 : 1);
        }

        Assert.True(errors > 1000, $"only {errors} of 4000 mangled frames were refused");
    }

    [Fact]
    public void AudioHookSession_MangledMessagesAndRandomAudio_NeverThrow()
    {
        var random = new Random(7);
        var open = TelephonyFrames.HookMessage("open", 1, TelephonyFrames.OpenParameters());
        var ping = TelephonyFrames.HookMessage("ping", 2, serverSeq: 1);
        var discarded = TelephonyFrames.HookMessage("discarded", 2, new JsonObject { ["start"] = "PT1S", ["discarded"] = "PT0.2S" }, serverSeq: 1);
        var disconnects = 0;
        for (var i = 0; i < 2000; i++)
        {
            var session = new AudioHookSession();
            session.Authorize("k", _ => true);
            if (i % 2 == 0)
            {
                session.Receive(open);
            }

            var text = Mangle(random.Next(3) switch { 0 => open, 1 => ping, _ => discarded }, random);
            var result = session.Receive(text);
            var audio = new byte[random.Next(0, 700)];
            random.NextBytes(audio);
            session.ReceiveAudio(audio);
            disconnects += result.Replies.Count(r => r.Type == "disconnect");
        }

        Assert.True(disconnects > 500, $"only {disconnects} disconnects for 2000 mangled messages");
    }

    private const string Noise = "{}[]\":,\\0aZ-1 .";

    private static string Mangle(string text, Random random)
    {
        var chars = text.ToCharArray();
        switch (random.Next(3))
        {
            case 0:
                return text[..random.Next(text.Length)];
            case 1:
                for (var k = 0; k < 3; k++)
                {
                    chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
                }

                return new string(chars);
            default:
                var cut = random.Next(text.Length);
                return text[..cut] + text[random.Next(cut, text.Length)..];
        }
    }
}
