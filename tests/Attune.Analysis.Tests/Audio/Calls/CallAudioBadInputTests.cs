using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Tests.Audio.Wav;
using Attune.Analysis.Tests.TestKit;
using Xunit.Abstractions;

namespace Attune.Analysis.Tests.Audio.Calls;

/// <summary>
/// Issue 3, bad input: a silent file, a one-channel file where two are expected, clipping, DC offset and pure noise
/// all produce an analysis (through <see cref="CallRecordingAnalyzer.AnalyzeFile"/>, as `attune analyze` runs it) that
/// says what it could and could not measure, and measures what it still can.
/// </summary>
public sealed class CallAudioBadInputTests(ITestOutputHelper output) : IDisposable
{
    private const double Tolerance = 0.050;

    private readonly string _dir = Directory.CreateTempSubdirectory("attune-bad-input-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind is harmless
        }
    }

    private AnalysisResult Analyze(string path)
    {
        var r = CallRecordingAnalyzer.AnalyzeFile(path);
        Assert.True(r.Success, r.Error?.ToString());
        foreach (var note in r.Value.Notes)
        {
            output.WriteLine("note: " + note);
        }

        var audio = r.Value.Audio!;
        foreach (var c in new[] { audio.Customer, audio.Advisor })
        {
            if (c is not null)
            {
                output.WriteLine($"{c.Party}: {c.Speech.Count} segments, {c.SpeechSeconds:0.00} s speech, peak {c.PeakDbfs:0.0} dBFS, loudest frame {c.LoudestFrameDbfs:0.0} dBFS, noise floor {c.NoiseFloorDbfs:0.0} dBFS, clipped {c.ClippedShare:P2}, DC {c.DcOffset:0.000}, LUFS {c.IntegratedLufs?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            }
        }

        return r.Value;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static SyntheticCall Call(ChannelEffects? customer = null, ChannelEffects? advisor = null) =>
        SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec() with
        {
            CustomerEffects = customer ?? ChannelEffects.None,
            AdvisorEffects = advisor ?? ChannelEffects.None,
        });

    private static bool Says(AnalysisResult r, params string[] words) =>
        r.Notes.Any(n => words.All(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every truth turn of a party (utterances over 1 s) against the nearest heard turn: the boundary errors.</summary>
    private List<double> BoundaryErrors(SyntheticCall call, CallAudio audio, Party party)
    {
        var errors = new List<double>();
        foreach (var truth in call.Truth.Utterances.Where(u => u.Party == party && u.End - u.Start > 1.0))
        {
            var heard = audio.Dynamics.Turns.Where(t => t.Party == party).MinBy(t => Math.Abs(t.Start - truth.Start));
            Assert.NotNull(heard);
            output.WriteLine($"{party,-8} truth {truth.Start:0.000}-{truth.End:0.000} heard {heard.Start:0.000}-{heard.End:0.000}");
            errors.Add(Math.Abs(heard.Start - truth.Start));
            errors.Add(Math.Abs(heard.End - truth.End));
        }

        output.WriteLine($"{party} boundary error mean {errors.Average() * 1000:0} ms, max {errors.Max() * 1000:0} ms");
        return errors;
    }

    private static void NothingMeasuredFromVoice(AnalysisResult r)
    {
        Assert.Empty(r.Conversation.Turns);
        Assert.DoesNotContain(r.Findings, f => f.Signal is Signals.CustomerArousal or Signals.CustomerEmotion or Signals.TalkLoudness or Signals.TalkSpeed);
        Assert.DoesNotContain(r.Findings, f => f.Signal is Signals.ListeningInterruption or Signals.ListeningBackchannel);
    }

    [Fact]
    public void AnalyzeFile_SilentStereoPcm_BothChannelsSaidSilentNoTurns()
    {
        var path = Write("silent.wav", WavBytes.Pcm16File(8000, 2, new short[8000 * 2 * 10]));
        var r = Analyze(path);
        Assert.True(Says(r, "customer's channel (left) is silent"), "no note that the customer's channel is silent");
        Assert.True(Says(r, "advisor's channel (right) is silent"), "no note that the advisor's channel is silent");
        Assert.Null(r.Audio!.Customer.IntegratedLufs);
        NothingMeasuredFromVoice(r);
    }

    [Fact]
    public void AnalyzeFile_SilentStereoMuLaw_SaidSilentNoTurns()
    {
        // G.711 µ-law idle line: codes 0xFF/0x7F (±0) with the odd ±1-step code (0xFE/0x7E, about -72 dBFS)
        var data = new byte[8000 * 2 * 10];
        var codes = new byte[] { 0xFF, 0x7F, 0xFF, 0xFE, 0xFF, 0x7F, 0x7E, 0xFF };
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = codes[i * 7 % codes.Length];
        }

        var path = Write("silent-mulaw.wav", WavBytes.Riff(WavBytes.Fmt(7, 2, 8000, 8), WavBytes.Chunk("data", data)));
        var r = Analyze(path);
        Assert.True(Says(r, "customer's channel (left) is silent"), "no note that the customer's channel is silent");
        Assert.True(Says(r, "advisor's channel (right) is silent"), "no note that the advisor's channel is silent");
        NothingMeasuredFromVoice(r);
    }

    [Fact]
    public void AnalyzeFile_MonoMixOfACall_SaysDynamicsNeedTwoChannelsCustomerStillAnalysed()
    {
        var call = SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());
        var mono = Path.Combine(_dir, "mono.wav");
        // both parties mixed on one channel, as a mono recording is made
        ExternalTool.Run("sox", ["-D", call.PcmPath, "-c", "1", mono]);
        var r = Analyze(mono);
        var audio = r.Audio!;
        Assert.Null(audio.Advisor);
        Assert.True(Says(r, "mono", "overtalk", "talk ratio", "dual-channel"), "no note that overtalk and talk ratio need two channels");
        Assert.NotEmpty(audio.Customer.Speech);
        Assert.NotNull(audio.Customer.IntegratedLufs);
        Assert.NotEmpty(r.Conversation.Turns);
        Assert.All(r.Conversation.Turns, t => Assert.Equal(Party.Customer, t.Party));
        // both voices are on the one channel and nothing says who spoke when: no arousal (it could be the advisor's voice)
        Assert.DoesNotContain(r.Findings, f => f.Signal == Signals.CustomerArousal);
        Assert.True(Says(r, "arousal was not measured", "mono"), "no note saying why arousal is missing");
        // nothing that needs two channels is claimed
        Assert.Empty(audio.Dynamics.Overtalks);
        Assert.DoesNotContain(r.Findings, f => f.Signal is Signals.ListeningInterruption or Signals.ListeningBackchannel or Signals.TalkRatio
            or Signals.TalkOvertalk or Signals.TalkTime or Signals.TalkMonologue or Signals.ResponseTime);
        // nobody speaking is measurable on one channel: the 4 s while the advisor checks the line
        Assert.Contains(r.Findings, f => f.Signal == Signals.SilenceNonTalk && f.Label == "non_talk");
    }

    [Fact]
    public void AnalyzeFile_HeavilyClippedCustomer_SaidClippedStillAnalysed()
    {
        var call = Call(customer: new ChannelEffects { GainDb = 24 });
        var r = Analyze(call.PcmPath);
        var audio = r.Audio!;
        Assert.True(audio.Customer.ClippedShare > 0.01, $"clipped share {audio.Customer.ClippedShare:P2}");
        Assert.True(Says(r, "customer's channel (left) is clipped"), "no note that the customer is clipped");
        Assert.False(Says(r, "advisor's channel (right) is clipped"), "the advisor was not clipped");
        Assert.NotEmpty(audio.Customer.Speech);
        Assert.Contains(r.Findings, f => f.Signal == Signals.CustomerArousal);
        Assert.Contains(r.Findings, f => f.Signal == Signals.ListeningInterruption);
        Assert.InRange(audio.Dynamics.CustomerTalkSeconds / call.Truth.TalkTime(Party.Customer), 0.9, 1.05);
    }

    [Fact]
    public void AnalyzeFile_DcOffsetOnCustomer_NotedRemovedBoundariesWithin50ms()
    {
        var call = Call(customer: new ChannelEffects { DcOffset = 0.2 });
        var r = Analyze(call.PcmPath);
        var audio = r.Audio!;
        Assert.InRange(audio.Customer.DcOffset, 0.19, 0.21);
        Assert.True(Says(r, "customer's channel (left) has a DC offset of 0.200", "removed"), "no note of the DC offset");
        Assert.False(Says(r, "advisor's channel", "DC offset"), "the advisor has no DC offset");
        // the offset is removed before anything is measured: the customer's turns are heard as on the clean call…
        var clean = CallAudioAnalyzerTests.Analyze(Call().PcmPath);
        var turns = audio.Dynamics.Turns.Where(t => t.Party == Party.Customer).ToList();
        var cleanTurns = clean.Dynamics.Turns.Where(t => t.Party == Party.Customer).ToList();
        Assert.Equal(cleanTurns.Count, turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            Assert.True(Math.Abs(turns[i].Start - cleanTurns[i].Start) <= 0.010 && Math.Abs(turns[i].End - cleanTurns[i].End) <= 0.010,
                $"customer turn {i}: {turns[i].Start:0.000}-{turns[i].End:0.000} with the offset, {cleanTurns[i].Start:0.000}-{cleanTurns[i].End:0.000} clean");
        }

        // …and within 50 ms of the truth
        var errors = BoundaryErrors(call, audio, Party.Customer);
        Assert.All(errors, e => Assert.True(e <= Tolerance, $"customer boundary off by {e * 1000:0} ms"));
    }

    [Fact]
    public void AnalyzeFile_WhiteNoiseOnBothChannels_SaysNoSpeechOnlyNoiseNoTurns()
    {
        var noise = new ChannelEffects { NoiseDbfs = -30 };
        var call = SyntheticCall.Build(SyntheticCall.SharedCacheDir, new SyntheticCallSpec([])
        {
            TailSeconds = 20,
            CustomerEffects = noise,
            AdvisorEffects = noise,
        });
        var r = Analyze(call.PcmPath);
        Assert.True(Says(r, "no speech was found on the customer's channel (left)", "noise"), "no note that the customer's channel is only noise");
        Assert.True(Says(r, "no speech was found on the advisor's channel (right)", "noise"), "no note that the advisor's channel is only noise");
        Assert.False(Says(r, "silent"), "noise is not silence");
        Assert.Empty(r.Audio!.Customer.Speech);
        Assert.Empty(r.Audio.Advisor!.Speech);
        NothingMeasuredFromVoice(r);
    }

    [Fact]
    public void AnalyzeFile_SpeechUnderLineNoise_BoundariesWithinWhatTheNoiseHides()
    {
        var noise = new ChannelEffects { NoiseDbfs = -45 };
        var call = Call(customer: noise, advisor: noise);
        var r = Analyze(call.PcmPath);
        Assert.True(Says(r, "customer's line is noisy"), "no note that the customer's line is noisy");
        Assert.True(Says(r, "advisor's line is noisy"), "no note that the advisor's line is noisy");
        var errors = BoundaryErrors(call, r.Audio!, Party.Customer);
        errors.AddRange(BoundaryErrors(call, r.Audio!, Party.Advisor));
        Assert.Contains(r.Findings, f => f.Signal == Signals.ListeningInterruption);
        Assert.Contains(r.Findings, f => f.Signal == Signals.CustomerArousal);
        // The truth marks speech down to |x| = 0.002 (-54 dBFS), but under -45 dBFS of line noise the soft starts and
        // decays of words (a breathy "th", a fading vowel) are below the noise and nobody could hear them: up to
        // 150 ms of them go, most boundaries still land within 50 ms, and on average they do.
        Assert.All(errors, e => Assert.True(e <= 0.150, $"boundary off by {e * 1000:0} ms"));
        Assert.True(errors.Average() <= Tolerance, $"mean boundary error {errors.Average() * 1000:0} ms");
    }
}
