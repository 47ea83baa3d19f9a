using System.Diagnostics;
using Attune.Analysis.Audio.Transcription;
using Attune.Analysis.Audio.Wav;

namespace Attune.Speech.Tests;

/// <summary>
/// Real transcription: runs only when ATTUNE_WHISPER_MODEL names a ggml Whisper model (e.g. ggml-base.en.bin);
/// otherwise it is reported as skipped. Speech is synthesised with espeak-ng at 22,050 Hz and padded with sox,
/// so the path includes the resampler (22.05 → 16 kHz).
/// </summary>
public sealed class WhisperTranscriberEndToEndTests : IDisposable
{
    private const string Sentence = "Thank you for calling customer support. How can I help you today?";
    private const double LeadingSilence = 1.5;
    private const double Offset = 10.0;
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [SkippableFact]
    public async Task TranscribeAsync_SynthesisedSpeech_ReturnsTheWordsWithPlausibleTimes()
    {
        var model = Environment.GetEnvironmentVariable("ATTUNE_WHISPER_MODEL");
        Skip.If(string.IsNullOrWhiteSpace(model), "ATTUNE_WHISPER_MODEL is not set: no Whisper model to run.");
        Skip.IfNot(Tool("espeak-ng", "--version") && Tool("sox", "--version"), "espeak-ng and sox are needed to synthesise the speech.");

        var raw = _files.PathOf("raw.wav");
        var padded = _files.PathOf("call.wav");
        Run("espeak-ng", "-v", "en-us", "-s", "150", "-w", raw, Sentence);
        Run("sox", raw, padded, "pad", LeadingSilence.ToString(System.Globalization.CultureInfo.InvariantCulture), "0.5");

        float[] samples;
        using (var stream = File.OpenRead(padded))
        {
            var open = WavReader.Open(stream, padded);
            Assert.True(open.Success, open.Error?.Message);
            using var reader = open.Value!;
            Assert.NotEqual(SpeechInput.SampleRate, reader.SampleRate); // the resampler is on the path
            samples = SpeechInput.ReadChannels(reader)[0];
        }

        var duration = samples.Length / (double)SpeechInput.SampleRate;
        var load = WhisperTranscriber.Load(model!, new WhisperOptions { Language = "en", Threads = 2 });
        Assert.True(load.IsOk, load.Error);
        using var transcriber = load.Transcriber!;

        var segments = await transcriber.TranscribeAsync(samples, Offset, CancellationToken.None);

        var text = string.Join(" ", segments.Select(s => s.Text)).ToLowerInvariant();
        foreach (var expected in new[] { "thank", "calling", "support", "help", "today" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var words = segments.SelectMany(s => s.Words).ToList();
        Assert.NotEmpty(words);
        for (var k = 0; k < words.Count; k++)
        {
            Assert.InRange(words[k].Start, Offset, Offset + duration + 0.5);
            Assert.InRange(words[k].End, words[k].Start, Offset + duration + 0.5);
            if (k > 0)
            {
                Assert.True(words[k].Start >= words[k - 1].Start - 0.05, $"'{words[k].Text}' starts before '{words[k - 1].Text}'");
            }
        }

        // Speech begins after the padding: the first word may not start in the silence (Whisper's token times are
        // coarse, so allow half a second either way).
        var thank = words.First(w => w.Text.Contains("thank", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(thank.Start, Offset + LeadingSilence - 0.5, Offset + LeadingSilence + 1.0);
        var today = words.Last(w => w.Text.Contains("today", StringComparison.OrdinalIgnoreCase));
        Assert.True(today.Start > thank.Start + 1.5, $"'today' at {today.Start:F2} s, 'thank' at {thank.Start:F2} s");
    }

    private static bool Tool(string name, string arg)
    {
        try
        {
            Run(name, arg);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} failed: {error}");
    }
}
