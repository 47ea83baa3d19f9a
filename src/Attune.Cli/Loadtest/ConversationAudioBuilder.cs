using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Attune.Cli.Loadtest;

/// <summary>
/// Makes the load test's call audio once per machine: a few scripted two-party conversations, each with an angry
/// customer turn, an advisor talking over it (interruption/overtalk), ordinary exchanges and a silence of more than
/// 10 s (long-silence nudge), so the server's live audio analysis does real work and emits dynamics events and nudges.
/// Speech comes from espeak-ng, resampled to 8 kHz by sox; without those tools, voiced harmonic tones with a moving
/// pitch and syllable-rate loudness are synthesised instead (the report says which). Cached under the temp folder.
/// </summary>
public static class ConversationAudioBuilder
{
    public const string Espeak = "espeak-ng speech (sox-resampled to 8 kHz µ-law)";
    public const string Tones = "synthesised voiced tones (espeak-ng/sox not found)";

    /// <summary>The scripts: every one has an interruption over an angry customer and a silence over 10 s.</summary>
    public static IReadOnlyList<(string Name, ScriptLine[] Lines)> Scripts { get; } =
    [
        ("double-charge",
        [
            new(false, "Thanks for calling Brightline billing, this is Sam, how can I help you today?", 0.6),
            new(true, "I have been charged twice this month and nobody has called me back, this is the third time I am explaining the same problem and I am really fed up with it.", 0.5, Angry: true),
            new(false, "Okay, okay, let me just stop you there for a second.", 3.0, OverPrevious: true),
            new(false, "We apologise for any inconvenience caused. Can you confirm the account number?", 0.6),
            new(true, "It is four five six seven. Why do I have to give it again?", 0.5, Angry: true),
            new(false, "Let me check the system for you.", 0.7),
            new(false, "Thanks for waiting. I can see the duplicate payment and I will refund it today.", 11.5),
            new(true, "Fine. Please just fix it.", 0.6),
        ]),
        ("broadband",
        [
            new(true, "My internet keeps dropping out every evening and I work from home, this is ridiculous.", 0.5, Angry: true),
            new(false, "Right, have you tried turning the router off and on?", 2.2, OverPrevious: true),
            new(true, "Of course I have, I told the last person that too, I have done it ten times.", 0.4, Angry: true),
            new(false, "I will run a line test now, it may take a moment.", 0.8),
            new(false, "The line test shows a fault at the cabinet, an engineer can come tomorrow morning.", 12.0),
            new(true, "Tomorrow morning is fine, thank you.", 0.6),
            new(false, "You are welcome, is there anything else I can help with?", 0.5),
        ]),
        ("cancellation",
        [
            new(false, "Hello, you are through to the retention team, what can I do for you?", 0.5),
            new(true, "I want to cancel my contract today, the price went up again without any warning and I am not paying it.", 0.6, Angry: true),
            new(false, "I understand, but the terms and conditions allow a yearly adjustment.", 2.6, OverPrevious: true),
            new(true, "I do not care about the terms, nobody told me anything.", 0.5, Angry: true),
            new(false, "Let me look at what offers are on your account.", 0.8),
            new(false, "I can take ten pounds off the monthly price if you stay for another year.", 11.8),
            new(true, "That is better. I will think about it.", 0.7),
        ]),
    ];

    /// <summary>The scripts as audio (cached); <paramref name="log"/> hears what is going on.</summary>
    public static IReadOnlyList<ConversationAudio> Build(Action<string>? log = null)
    {
        var cache = Path.Combine(Path.GetTempPath(), "attune-loadtest-audio");
        Directory.CreateDirectory(cache);
        var result = new List<ConversationAudio>();
        bool? speech = null;
        foreach (var (name, lines) in Scripts)
        {
            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l => l.ToString())))))[..16];
            var customerPath = Path.Combine(cache, $"{name}-{key}.customer.ul");
            var advisorPath = Path.Combine(cache, $"{name}-{key}.advisor.ul");
            if (File.Exists(customerPath) && File.Exists(advisorPath))
            {
                result.Add(new ConversationAudio(name, Espeak, File.ReadAllBytes(customerPath), File.ReadAllBytes(advisorPath)));
                continue;
            }

            speech ??= ToolsAvailable();
            if (speech == true)
            {
                log?.Invoke($"synthesising call script '{name}' with espeak-ng (cached in {cache})");
                var (customer, advisor) = Compose(lines, l => Speak(l, cache));
                var audio = new ConversationAudio(name, Espeak, Encode(customer), Encode(advisor));
                File.WriteAllBytes(customerPath + ".tmp", audio.Customer);
                File.WriteAllBytes(advisorPath + ".tmp", audio.Advisor);
                File.Move(customerPath + ".tmp", customerPath, overwrite: true);
                File.Move(advisorPath + ".tmp", advisorPath, overwrite: true);
                result.Add(audio);
            }
            else
            {
                result.Add(BuildTones(name, lines));
            }
        }

        return result;
    }

    /// <summary>
    /// A two-channel 8 kHz recording (customer left, advisor right: the demo calls of samples/audio) as a conversation,
    /// padded with silence to whole 20 ms frames; null (and why) when the file is not such a recording.
    /// </summary>
    public static ConversationAudio? FromRecording(string wavPath, out string? error)
    {
        var opened = Attune.Analysis.Audio.Wav.WavReader.Open(File.OpenRead(wavPath), Path.GetFileName(wavPath));
        if (opened.Value is not { } reader)
        {
            error = opened.Error?.ToString() ?? "not a WAV file";
            return null;
        }

        using (reader)
        {
            if (reader.SampleRate != ConversationAudio.SampleRate || reader.Channels != 2)
            {
                error = $"{reader.SampleRate} Hz, {reader.Channels} channel(s): a call needs 8 kHz stereo (customer left, advisor right)";
                return null;
            }

            var customer = new List<float>();
            var advisor = new List<float>();
            var left = new float[4096];
            var right = new float[4096];
            int n;
            while ((n = reader.Read(left, right)) > 0)
            {
                customer.AddRange(left.AsSpan(0, n));
                advisor.AddRange(right.AsSpan(0, n));
            }

            var length = customer.Count + ((ConversationAudio.FrameBytes - (customer.Count % ConversationAudio.FrameBytes)) % ConversationAudio.FrameBytes);
            if (length == 0)
            {
                error = "no audio";
                return null;
            }

            var c = new float[length];
            var a = new float[length];
            customer.CopyTo(c);
            advisor.CopyTo(a);
            error = null;
            return new ConversationAudio(Path.GetFileNameWithoutExtension(wavPath), "recording " + Path.GetFileName(wavPath), Encode(c), Encode(a));
        }
    }

    /// <summary>The tone version of a script (no external tools): used when espeak-ng or sox is missing, and by tests.</summary>
    public static ConversationAudio BuildTones(string name, IReadOnlyList<ScriptLine> lines)
    {
        var (customer, advisor) = Compose(lines, Tone);
        return new ConversationAudio(name, Tones, Encode(customer), Encode(advisor));
    }

    /// <summary>Places each line's samples on its party's channel (see <see cref="ScriptLine"/>), then 1 s of tail.</summary>
    internal static (float[] Customer, float[] Advisor) Compose(IReadOnlyList<ScriptLine> lines, Func<ScriptLine, float[]> voice)
    {
        var placed = new List<(ScriptLine Line, int Start, float[] Samples)>();
        int previousStart = 0, previousEnd = 0;
        foreach (var line in lines)
        {
            var samples = voice(line);
            var start = (line.OverPrevious ? previousStart : previousEnd) + (int)(line.Offset * ConversationAudio.SampleRate);
            placed.Add((line, start, samples));
            previousStart = start;
            previousEnd = Math.Max(previousEnd, start + samples.Length);
        }

        var length = previousEnd + ConversationAudio.SampleRate;
        length += (ConversationAudio.FrameBytes - (length % ConversationAudio.FrameBytes)) % ConversationAudio.FrameBytes;
        var customer = new float[length];
        var advisor = new float[length];
        foreach (var (line, start, samples) in placed)
        {
            var channel = line.Customer ? customer : advisor;
            for (var i = 0; i < samples.Length; i++)
            {
                channel[start + i] += samples[i];
            }
        }

        // A little line noise (about −60 dBFS) on both channels, as a real line has: pure digital silence is not a call.
        var random = new Random(lines.Count);
        for (var i = 0; i < length; i++)
        {
            customer[i] += (float)((random.NextDouble() - 0.5) * 0.002);
            advisor[i] += (float)((random.NextDouble() - 0.5) * 0.002);
        }

        return (customer, advisor);
    }

    private static byte[] Encode(float[] samples)
    {
        var bytes = new byte[samples.Length];
        MuLawEncoder.Encode(samples, bytes);
        return bytes;
    }

    private static bool ToolsAvailable()
    {
        try
        {
            Run("espeak-ng", ["--version"]);
            Run("sox", ["--version"]);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static float[] Speak(ScriptLine line, string cache)
    {
        var wav = Path.Combine(cache, $"line-{Environment.ProcessId}-{Guid.NewGuid():N}.wav");
        try
        {
            Run("espeak-ng",
            [
                "-v", line.Customer ? "en-us" : "en-gb", "-s", line.Angry ? "185" : "160", "-p", line.Customer ? (line.Angry ? "72" : "60") : "40",
                "-a", line.Angry ? "180" : "120", "-w", wav, "--", line.Text,
            ]);
            var raw = Run("sox", ["-D", wav, "-t", "raw", "-e", "floating-point", "-b", "32", "-c", "1", "-L", "-", "rate", "8000"]);
            var samples = new float[raw.Length / 4];
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = BinaryPrimitives.ReadSingleLittleEndian(raw.AsSpan(i * 4));
            }

            // espeak-ng pads with silence: keep the audible part so the script's timings are the speech's timings.
            var first = Array.FindIndex(samples, s => Math.Abs(s) > 0.01f);
            var last = Array.FindLastIndex(samples, s => Math.Abs(s) > 0.01f);
            return first < 0 ? samples : samples[first..(last + 1)];
        }
        finally
        {
            File.Delete(wav);
        }
    }

    /// <summary>
    /// A speech-like stand-in: syllables of 180 ms voiced sound (10 harmonics of a pitch gliding around 120 Hz for the
    /// advisor, 210 Hz — 260 Hz when angry — for the customer) separated by 60 ms gaps, about 3 syllables per word.
    /// </summary>
    private static float[] Tone(ScriptLine line)
    {
        const int rate = ConversationAudio.SampleRate;
        var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var syllables = Math.Max(2, words * 3 / 2);
        var syllable = (int)(0.18 * rate);
        var gap = (int)(0.06 * rate);
        var samples = new float[syllables * (syllable + gap)];
        var f0 = line.Customer ? (line.Angry ? 260.0 : 210.0) : 120.0;
        var amplitude = line.Angry ? 0.35 : 0.2;
        var phase = 0.0;
        for (var s = 0; s < syllables; s++)
        {
            var pitch = f0 * (1 + (0.12 * Math.Sin(s * 1.7)));
            for (var i = 0; i < syllable; i++)
            {
                var t = (double)i / syllable;
                var envelope = Math.Sin(Math.PI * t);
                phase += 2 * Math.PI * pitch / rate;
                var v = 0.0;
                for (var h = 1; h <= 10; h++)
                {
                    v += Math.Sin(h * phase) / h;
                }

                samples[(s * (syllable + gap)) + i] = (float)(amplitude * envelope * v / 2);
            }
        }

        return samples;
    }

    private static byte[] Run(string tool, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} not found ({ex.Message})", ex);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
            }

            return output.ToArray();
        }
    }
}
