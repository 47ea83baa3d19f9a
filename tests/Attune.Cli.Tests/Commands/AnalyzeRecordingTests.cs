using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Attune.Analysis.Conversations;
using Attune.Analysis.Tests.TestKit;
using Attune.Cli.Commands;
using Attune.Cli.Tests.TestKit;
using Xunit.Abstractions;

namespace Attune.Cli.Tests.Commands;

/// <summary>
/// `attune analyze` on call recordings end to end: a synthetic dual-channel call (espeak-ng + sox, sample-exact truth)
/// through the command, in-process with captured consoles and out of process through the built attune.dll. Runs that
/// analyse a recording without a transcript go out of process with ATTUNE_WHISPER_MODEL removed from the child's
/// environment, so a developer's configured model neither changes the outcome nor is mutated for other tests.
/// </summary>
public class AnalyzeRecordingTests(ITestOutputHelper output)
{
    private static SyntheticCall Sample() => SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());

    /// <summary>The Attune JSON transcript of a synthetic call: every utterance a turn, at its true times (rounded as given).</summary>
    private static string JsonTranscript(SyntheticCall call, double round = 0.01, bool withBackchannels = true)
    {
        var turns = call.Truth.Utterances
            .Where(u => withBackchannels || u.End - u.Start > 1.0)
            .OrderBy(u => u.Start)
            .Select(u => new
            {
                party = u.Party == Party.Customer ? "customer" : "advisor",
                text = u.Utterance.Text,
                start = Math.Round(u.Start / round) * round,
                end = Math.Round(u.End / round) * round,
            });
        return JsonSerializer.Serialize(new { id = "CALL-1", channel = "voice", turns });
    }

    /// <summary>The same call as a plain transcript without times ("Customer: …" lines), backchannels left out as a person would.</summary>
    private static string PlainTranscript(SyntheticCall call)
    {
        var text = new StringBuilder();
        foreach (var u in call.Truth.Utterances.Where(u => u.End - u.Start > 1.0).OrderBy(u => u.Start))
        {
            text.Append(u.Party == Party.Customer ? "Customer: " : "Advisor: ").Append(u.Utterance.Text).Append('\n');
        }

        return text.ToString();
    }

    private static string CopyCall(TempDir dir, string name, SyntheticCall? call = null)
    {
        var path = dir.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy((call ?? Sample()).PcmPath, path);
        return path;
    }

    private static List<JsonElement> Findings(JsonElement report, string signal) =>
        [.. report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("signal").GetString() == signal)];

    private static string[] Notes(JsonElement report) =>
        report.TryGetProperty("notes", out var n) ? [.. n.EnumerateArray().Select(x => x.GetString()!)] : [];

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    [Fact]
    public void Attune_RecordingAlone_AudioAnalysedTranscriptionSkippedDynamicsFound()
    {
        using var dir = new TempDir();
        var wav = CopyCall(dir, "call.wav");
        var r = AttuneProcess.Run(["analyze", wav, "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var report = doc.RootElement;
        Assert.True(Reports.JsonReportTests.Schema.Value.Evaluate(report).IsValid, "the report of a recording does not follow docs/schema/attune-analysis.schema.json");
        var notes = Notes(report);
        Assert.Contains(notes, n => n.Contains("Transcription skipped", StringComparison.Ordinal)
            && n.Contains("--transcript", StringComparison.Ordinal) && n.Contains("--whisper-model", StringComparison.Ordinal)
            && n.Contains("ATTUNE_WHISPER_MODEL", StringComparison.Ordinal));

        // the turns heard in the audio, with times and no words
        var turns = report.GetProperty("conversation").GetProperty("turns").EnumerateArray().ToList();
        Assert.True(turns.Count >= 10, $"{turns.Count} turns heard");
        Assert.All(turns, t => Assert.NotNull(Num(t, "start")));

        // dynamics: the advisor's interruption and backchannel, the 4 s silence, each with start and end
        var truth = Sample().Truth;
        foreach (var signal in new[] { "listening.interruption", "listening.backchannel", "silence.non_talk" })
        {
            var found = Findings(report, signal).Where(f => Num(f, "start") is not null && Num(f, "end") > Num(f, "start")).ToList();
            Assert.True(found.Count > 0, $"no {signal} with start < end");
        }

        var silence = truth.Silences(minSeconds: 3.0).Single();
        Assert.Contains(Findings(report, "silence.non_talk"), f =>
            Math.Abs(Num(f, "start")!.Value - silence.Start) <= 0.05 && Math.Abs(Num(f, "end")!.Value - silence.End) <= 0.05);
        Assert.All(Findings(report, "listening.interruption"), f => Assert.Equal("advisor", f.GetProperty("party").GetString()));
    }

    [Fact]
    public void Run_RecordingAloneTable_ConsoleSaysTranscriptionSkippedAndHowToEnableIt()
    {
        using var dir = new TempDir();
        var wav = CopyCall(dir, "call.wav");
        var r = AttuneProcess.Run(["analyze", wav]);
        Assert.True(r.ExitCode == 0, r.Err);
        var flat = string.Join(' ', r.Out.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Transcription skipped", flat, StringComparison.Ordinal);
        Assert.Contains("--whisper-model PATH", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RecordingWithTimedTranscript_TurnsAlignedTextAndVoiceFindings()
    {
        using var dir = new TempDir();
        var call = Sample();
        var wav = CopyCall(dir, "call.wav");
        // times rounded to half a second, as transcripts often are: alignment moves them to the speech heard
        var transcript = dir.File("transcript.json", JsonTranscript(call, round: 0.5));
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [wav], Transcript = transcript, Format = "json" });
        Assert.True(r.ExitCode == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var report = doc.RootElement;
        Assert.DoesNotContain(Notes(report), n => n.Contains("Transcription skipped", StringComparison.Ordinal));

        var turns = report.GetProperty("conversation").GetProperty("turns").EnumerateArray().ToList();
        var truths = call.Truth.Utterances.OrderBy(u => u.Start).ToList();
        Assert.Equal(truths.Count, turns.Count);
        var errors = new List<double>();
        for (var i = 0; i < turns.Count; i++)
        {
            Assert.Equal(truths[i].Utterance.Text, turns[i].GetProperty("text").GetString());
            if (truths[i].End - truths[i].Start > 1.0)
            {
                errors.Add(Math.Abs(Num(turns[i], "start")!.Value - truths[i].Start));
                errors.Add(Math.Abs(Num(turns[i], "end")!.Value - truths[i].End));
                output.WriteLine($"{truths[i].Party,-8} truth {truths[i].Start:0.000}-{truths[i].End:0.000} aligned {Num(turns[i], "start"):0.000}-{Num(turns[i], "end"):0.000}");
            }
        }

        output.WriteLine($"aligned boundary error mean {errors.Average() * 1000:0} ms, max {errors.Max() * 1000:0} ms (given times up to 250 ms off)");
        Assert.True(errors.Average() <= 0.05, $"mean aligned boundary error {errors.Average() * 1000:0} ms");
        Assert.All(errors, e => Assert.True(e <= 0.15, $"aligned boundary off by {e * 1000:0} ms"));

        // text behaviours from the real detectors: a finding quoting words the advisor said
        var textFindings = report.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("party").GetString() == "advisor" && f.GetProperty("quote").GetString()!.Length > 3
                && !f.GetProperty("signal").GetString()!.StartsWith("talk.", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(textFindings);
        foreach (var f in textFindings.Take(8))
        {
            output.WriteLine($"{f.GetProperty("signal").GetString()}: \"{f.GetProperty("quote").GetString()}\"");
        }

        // voice: arousal on customer turns only, and the voice named in the customer's emotion
        var arousal = Findings(report, "customer.arousal");
        Assert.NotEmpty(arousal);
        Assert.All(arousal, f =>
        {
            Assert.Equal("customer", f.GetProperty("party").GetString());
            Assert.Equal("customer", turns[f.GetProperty("turn").GetInt32()].GetProperty("party").GetString());
        });
        Assert.Contains(Findings(report, "customer.emotion"), f => f.GetProperty("detail").GetString()!.Contains("Voice", StringComparison.Ordinal));
        Assert.NotEmpty(Findings(report, "listening.interruption"));
    }

    [Fact]
    public void Run_RecordingWithPlainTranscriptWithoutTimes_TurnsLaidOntoHeardTurns()
    {
        using var dir = new TempDir();
        var call = Sample();
        var wav = CopyCall(dir, "call.wav");
        var transcript = dir.File("call.txt", PlainTranscript(call));
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [wav], Transcript = transcript, Format = "json" });
        Assert.True(r.ExitCode == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var turns = doc.RootElement.GetProperty("conversation").GetProperty("turns").EnumerateArray().ToList();
        var truths = call.Truth.Utterances.Where(u => u.End - u.Start > 1.0).OrderBy(u => u.Start).ToList();
        Assert.Equal(truths.Count, turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            var start = Num(turns[i], "start");
            var end = Num(turns[i], "end");
            Assert.NotNull(start);
            Assert.NotNull(end);
            output.WriteLine($"{truths[i].Party,-8} truth {truths[i].Start:0.000}-{truths[i].End:0.000} laid {start:0.000}-{end:0.000}");
            Assert.Equal(truths[i].Party == Party.Customer ? "customer" : "advisor", turns[i].GetProperty("party").GetString());
            // each turn lands on its own utterance: overlapping its true span by most of it
            var overlap = Math.Min(end!.Value, truths[i].End) - Math.Max(start!.Value, truths[i].Start);
            Assert.True(overlap >= 0.8 * (truths[i].End - truths[i].Start), $"turn {i} overlaps its utterance by {overlap:0.00} s of {truths[i].End - truths[i].Start:0.00}");
        }

        Assert.NotEmpty(Findings(doc.RootElement, "customer.arousal"));
    }

    [Fact]
    public void Run_FolderWithPairedRecordingAndPlainTranscript_TwoInteractions()
    {
        using var dir = new TempDir();
        var call = Sample();
        CopyCall(dir, "calls/call.wav");
        dir.File("calls/call.json", JsonTranscript(call));
        dir.File("calls/chat.txt", "Customer: I was charged twice.\nAdvisor: I'm so sorry, let me fix that now.\n");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [dir.Combine("calls")], Format = "json" });
        Assert.True(r.ExitCode == 0, r.Err);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.EndsWith("call.wav", first.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("chat.txt", second.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        // the recording was analysed with its transcript: the words are there, and so is the voice
        var turns = first.RootElement.GetProperty("conversation").GetProperty("turns");
        Assert.Equal(call.Truth.Utterances[0].Utterance.Text, turns[0].GetProperty("text").GetString());
        Assert.NotEmpty(Findings(first.RootElement, "customer.arousal"));
    }

    [Fact]
    public void Attune_CustomerOnTheRight_SameCustomerTalkTimeAsOnTheLeft()
    {
        using var dir = new TempDir();
        var leftCall = CopyCall(dir, "left.wav");
        var rightCall = CopyCall(dir, "right.wav", SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec() with { CustomerChannel = 1 }));
        var left = AttuneProcess.Run(["analyze", leftCall, "--format", "json"]);
        var right = AttuneProcess.Run(["analyze", rightCall, "--format", "json", "--customer-channel", "right"]);
        Assert.True(left.ExitCode == 0, left.Err);
        Assert.True(right.ExitCode == 0, right.Err);
        double CustomerTalk(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return Findings(doc.RootElement, "talk.time").Single(f => f.GetProperty("party").GetString() == "customer").GetProperty("value").GetDouble();
        }

        var l = CustomerTalk(left.Out);
        var rr = CustomerTalk(right.Out);
        output.WriteLine($"customer talk: left {l:0.000} s, right {rr:0.000} s (truth {Sample().Truth.TalkTime(Party.Customer):0.000} s)");
        Assert.Equal(l, rr, 2);
        Assert.InRange(l / Sample().Truth.TalkTime(Party.Customer), 0.9, 1.02);
    }

    [Fact]
    public void Run_TranscriptWithTwoInputs_UsageError()
    {
        using var dir = new TempDir();
        var a = CopyCall(dir, "a.wav");
        var b = CopyCall(dir, "b.wav");
        var t = dir.File("a.json", JsonTranscript(Sample()));
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [a, b], Transcript = t });
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--transcript goes with exactly one recording", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Run_WhisperModelMissing_UsageErrorNamingTheFile()
    {
        using var dir = new TempDir();
        var wav = CopyCall(dir, "call.wav");
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [wav], WhisperModel = "/nonexistent.bin" });
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("/nonexistent.bin", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Run_WhisperModelOfRandomBytes_UsageErrorNotAGgmlModel()
    {
        using var dir = new TempDir();
        var wav = CopyCall(dir, "call.wav");
        var model = dir.Combine("model.bin");
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        bytes[0] = (byte)'x'; // never the ggml magic by chance
        File.WriteAllBytes(model, bytes);
        var r = CliRun.Analyze(new AnalyzeCommand.Settings { Paths = [wav], WhisperModel = model });
        Assert.Equal(2, r.ExitCode);
        var err = Flat(r.Err);
        Assert.Contains("model.bin", err, StringComparison.Ordinal);
        Assert.Contains("not a ggml Whisper model", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Attune_WhisperModelFromEnvironment_HonouredAndNamedInTheError()
    {
        using var dir = new TempDir();
        var wav = CopyCall(dir, "call.wav");
        var missing = dir.Combine("no-such-model.bin");
        var r = AttuneProcess.Run(["analyze", wav], whisperModel: missing);
        Assert.Equal(2, r.ExitCode);
        var err = Flat(r.Err);
        Assert.Contains("no-such-model.bin", err, StringComparison.Ordinal);
        Assert.Contains("ATTUNE_WHISPER_MODEL", err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);

        // with a transcript there is nothing to transcribe, so the model is not even loaded
        var transcript = dir.File("call.json", JsonTranscript(Sample()));
        var withTranscript = AttuneProcess.Run(["analyze", wav, "--transcript", transcript, "--format", "json"], whisperModel: missing);
        Assert.True(withTranscript.ExitCode == 0, withTranscript.Err);
    }

    [Fact]
    public void Attune_FolderWithBrokenAndTruncatedRecordings_OthersAnalysedFailureListedWithByteOffset()
    {
        using var dir = new TempDir();
        var good = CopyCall(dir, "calls/a-good.wav");
        var bytes = File.ReadAllBytes(good);
        // cut inside the 'fmt ' chunk: not analysable
        File.WriteAllBytes(dir.Combine("calls/b-broken.wav"), bytes[..30]);
        // cut inside the data: what is there is analysed, and the report says the file is truncated
        File.WriteAllBytes(dir.Combine("calls/c-truncated.wav"), bytes[..(bytes.Length / 2 + 1)]);
        dir.File("calls/d-chat.txt", "Customer: I was charged twice.\nAdvisor: I'm so sorry, let me fix that now.\n");
        var r = AttuneProcess.Run(["analyze", dir.Combine("calls"), "--format", "json"]);
        output.WriteLine(r.Err);
        Assert.Equal(1, r.ExitCode);
        var sources = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => Path.GetFileName(e.GetProperty("source").GetString()!), e => e);
        Assert.Equal(new[] { "a-good.wav", "c-truncated.wav", "d-chat.txt" }, sources.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(Notes(sources["c-truncated.wav"]), n => n.Contains("truncated", StringComparison.Ordinal));
        var err = Flat(r.Err);
        Assert.Contains("1 of 4 failed", err, StringComparison.Ordinal);
        Assert.Matches(@"b-broken\.wav at byte \d+: the file ends inside the 'fmt ' chunk", err);
        Assert.True(err.IndexOf("failed:", StringComparison.Ordinal) > err.IndexOf("Summary", StringComparison.Ordinal));
    }

    /// <summary>Console text with Spectre's line wrapping undone.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The real CLI (attune.dll, copied beside the tests by the project reference) in its own process.</summary>
    private static class AttuneProcess
    {
        public static CliRun.Result Run(string[] args, string? whisperModel = null)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "attune.dll"));
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            info.Environment.Remove("ATTUNE_WHISPER_MODEL");
            if (whisperModel is not null)
            {
                info.Environment["ATTUNE_WHISPER_MODEL"] = whisperModel;
            }

            info.Environment["COLUMNS"] = "200";
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"attune {string.Join(' ', args)} did not finish in 3 minutes");
            }

            return new CliRun.Result(process.ExitCode, stdout, stderr.Result);
        }
    }
}
