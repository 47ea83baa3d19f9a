using System.Text.Json;
using Attune.Analysis;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;
using Attune.Analysis.Scoring;
using Attune.Cli.Reports;

namespace Attune.Cli.Tests.TestKit;

/// <summary>
/// Reports of a real call recording analysed end to end (<see cref="CallRecordingAnalyzer"/>), from a stereo WAV
/// synthesised here: each "utterance" is a harmonic-rich voiced sound (15 harmonics of a gliding pitch) with a
/// syllable-rate envelope over a faint noise floor, so voice activity, pitch, loudness and dynamics all have
/// something to measure without external tools. The schedule has a normal exchange, an advisor interruption
/// (11.4 s, the customer stops 0.8 s later: sooner would be an early reply, not an interruption), a 5 s silence, and an advisor backchannel inside customer speech.
/// </summary>
internal static class TestRecordings
{
    public const int SampleRate = 8_000;

    /// <summary>(party, start, end, pitch Hz, amplitude) of every utterance; customer on the left channel.</summary>
    public static readonly (Party Party, double Start, double End, double Hz, double Amplitude)[] Schedule =
    [
        (Party.Customer, 0.5, 4.0, 190, 0.25),
        (Party.Advisor, 4.4, 8.0, 115, 0.2),
        (Party.Customer, 8.4, 12.2, 240, 0.45),
        (Party.Advisor, 11.4, 14.0, 120, 0.2),
        (Party.Customer, 19.0, 23.0, 200, 0.3),
        (Party.Advisor, 20.5, 20.85, 118, 0.15),
        (Party.Advisor, 23.4, 26.5, 116, 0.2),
    ];

    /// <summary>The transcript of the schedule's turns (the backchannel is not a turn); one customer turn carries markup to test escaping.</summary>
    public static string TranscriptJson()
    {
        var turns = new (Party Party, double Start, double End, string Text)[]
        {
            (Party.Customer, 0.5, 4.0, "Hi, my internet has been down since yesterday and I work from home."),
            (Party.Advisor, 4.4, 8.0, "I'm sorry to hear that. Can I take your account number?"),
            (Party.Customer, 8.4, 12.2, "This is the third time! <script>alert('x')</script> Nobody ever calls back."),
            (Party.Advisor, 11.4, 14.0, "I understand, let me check."),
            (Party.Customer, 19.0, 23.0, "Fine. I will wait, but please sort it out today."),
            (Party.Advisor, 23.4, 26.5, "I'll book the engineer for tomorrow morning and call you by 5pm."),
        };
        return JsonSerializer.Serialize(new
        {
            id = "rec-1",
            channel = "voice",
            turns = turns.Select(t => new { party = t.Party.ToString().ToLowerInvariant(), text = t.Text, start = t.Start, end = t.End }),
        });
    }

    /// <summary>Writes the synthetic call as 16-bit PCM, stereo or (<paramref name="mono"/>) both parties mixed on one channel.</summary>
    public static void WriteWav(string path, bool mono = false, double seconds = 27.5)
    {
        var n = (int)(seconds * SampleRate);
        var left = new double[n];
        var right = new double[n];
        var random = new Random(7);
        for (var i = 0; i < n; i++)
        {
            left[i] = (random.NextDouble() - 0.5) * 0.002;
            right[i] = (random.NextDouble() - 0.5) * 0.002;
        }

        foreach (var (party, start, end, hz, amplitude) in Schedule)
        {
            var target = party == Party.Customer ? left : right;
            var phase = 0.0;
            var from = (int)(start * SampleRate);
            var to = Math.Min(n, (int)(end * SampleRate));
            for (var i = from; i < to; i++)
            {
                var t = (i - from) / (double)SampleRate;
                var length = end - start;
                // pitch glides ±8% over the utterance; syllables at 4 per second; 30 ms fades at the edges
                var f0 = hz * (1 + (0.08 * Math.Sin(2 * Math.PI * t / Math.Max(0.5, length))));
                phase += 2 * Math.PI * f0 / SampleRate;
                var syllable = 0.55 + (0.45 * Math.Sin(2 * Math.PI * 4 * t));
                var edge = Math.Min(1, Math.Min(t, length - t) / 0.03);
                var sample = 0.0;
                for (var k = 1; k <= 15 && k * f0 < SampleRate / 2.0; k++)
                {
                    sample += Math.Sin(k * phase) / k;
                }

                target[i] += amplitude * syllable * edge * sample * 0.6;
            }
        }

        var channels = mono ? 1 : 2;
        using var stream = File.Create(path);
        using var w = new BinaryWriter(stream);
        var dataBytes = n * 2 * channels;
        w.Write("RIFF"u8);
        w.Write(36 + dataBytes);
        w.Write("WAVEfmt "u8);
        w.Write(16);
        w.Write((short)1);
        w.Write((short)channels);
        w.Write(SampleRate);
        w.Write(SampleRate * 2 * channels);
        w.Write((short)(2 * channels));
        w.Write((short)16);
        w.Write("data"u8);
        w.Write(dataBytes);
        static short Pcm(double x) => (short)Math.Clamp(Math.Round(x * 32767), -32768, 32767);
        for (var i = 0; i < n; i++)
        {
            if (mono)
            {
                w.Write(Pcm(left[i] + right[i]));
            }
            else
            {
                w.Write(Pcm(left[i]));
                w.Write(Pcm(right[i]));
            }
        }
    }

    private static readonly Lazy<(AnalysisResult WithTranscript, AnalysisResult AudioOnly, AnalysisResult Mono)> Results = new(() =>
    {
        using var dir = new TempDir();
        var wav = dir.Combine("call.wav");
        WriteWav(wav);
        var monoWav = dir.Combine("mono.wav");
        WriteWav(monoWav, mono: true);
        var mono = CallRecordingAnalyzer.AnalyzeFile(monoWav);
        Assert.True(mono.Success, mono.Error?.ToString());
        var transcript = ConversationReader.ReadText(TranscriptJson(), "call.json");
        Assert.True(transcript.Success, transcript.Error?.ToString());
        var with = CallRecordingAnalyzer.AnalyzeFile(wav, transcript.Value);
        Assert.True(with.Success, with.Error?.ToString());
        var alone = CallRecordingAnalyzer.AnalyzeFile(wav);
        Assert.True(alone.Success, alone.Error?.ToString());
        return (with.Value, alone.Value, mono.Value);
    });

    /// <summary>The synthetic call with its transcript (analysed once per test run).</summary>
    public static AnalysisReport WithTranscript() => AnalysisReport.Build("call.wav", Results.Value.WithTranscript, Scorecard.Default, redacted: true);

    /// <summary>The synthetic call without a transcript or speech-to-text: audio only, with the "transcription skipped" note.</summary>
    public static AnalysisReport AudioOnly() => AnalysisReport.Build("call.wav", Results.Value.AudioOnly, Scorecard.Default, redacted: true);

    /// <summary>The same call mixed to mono: one channel, so no advisor channel.</summary>
    public static AnalysisReport Mono() => AnalysisReport.Build("mono.wav", Results.Value.Mono, Scorecard.Default, redacted: true);
}
