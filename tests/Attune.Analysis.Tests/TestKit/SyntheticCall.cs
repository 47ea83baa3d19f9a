using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>
/// A dual-channel test call with known timings, made with espeak-ng (speech) and sox (resampling, G.711 µ-law).
/// Each utterance is synthesised alone, resampled to the call's rate, trimmed to its first and last sample above
/// <see cref="AudibleThreshold"/> (espeak-ng pads with silence) and placed at its time on its party's channel, so
/// <see cref="Truth"/> is exact to the sample. Outside speech the clean files hold exact zeros (written here, and
/// sox converts to µ-law with <c>-D</c>: no dither). The same spec always gives the same files, cached under the folder
/// given to <see cref="Build(string, SyntheticCallSpec)"/>: many test classes can ask for the same call and pay once.
/// </summary>
public sealed class SyntheticCall
{
    /// <summary>|x| above this (full scale 1.0, about -54 dBFS) counts as audible speech in the truth.</summary>
    public const double AudibleThreshold = 0.002;

    // Bump when the generation changes, so stale cached files are not reused.
    private const string KitVersion = "synthetic-call 1";

    private static readonly ConcurrentDictionary<string, Lazy<SyntheticCall>> Built = new(StringComparer.Ordinal);
    private static readonly Lazy<string> ToolVersions = new(CheckTools);

    private SyntheticCall(SyntheticCallSpec spec, string folder, CallTruth truth)
    {
        Spec = spec;
        PcmPath = Path.Combine(folder, "call-pcm16.wav");
        MuLawPath = Path.Combine(folder, "call-mulaw.wav");
        Truth = truth;
    }

    /// <summary>A cache folder shared by every test of a run (and later runs: the key covers the spec and tool versions).</summary>
    public static string SharedCacheDir { get; } = Path.Combine(Path.GetTempPath(), "attune-synthetic-calls");

    public SyntheticCallSpec Spec { get; }

    /// <summary>Stereo 16-bit PCM WAV.</summary>
    public string PcmPath { get; }

    /// <summary>The same call as stereo G.711 µ-law WAV (8 bits per sample).</summary>
    public string MuLawPath { get; }

    public CallTruth Truth { get; }

    public int SampleRate => Spec.SampleRate;

    public int CustomerChannel => Spec.CustomerChannel;

    public int AdvisorChannel => 1 - Spec.CustomerChannel;

    public int ChannelOf(Party party) => party == Party.Customer ? CustomerChannel : AdvisorChannel;

    public static SyntheticCall Build(
        string cacheDir,
        IEnumerable<Utterance> utterances,
        int sampleRate = 8000,
        int customerChannel = 0,
        ChannelEffects? customerEffects = null,
        ChannelEffects? advisorEffects = null) =>
        Build(cacheDir, new SyntheticCallSpec([.. utterances])
        {
            SampleRate = sampleRate,
            CustomerChannel = customerChannel,
            CustomerEffects = customerEffects ?? ChannelEffects.None,
            AdvisorEffects = advisorEffects ?? ChannelEffects.None,
        });

    public static SyntheticCall Build(string cacheDir, SyntheticCallSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.CustomerChannel is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), "CustomerChannel must be 0 (left) or 1 (right).");
        }

        if (spec.SampleRate is < 8000 or > 48000)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), "SampleRate must be 8000–48000.");
        }

        var key = Key(spec);
        var folder = Path.Combine(cacheDir, key);
        return Built.GetOrAdd(folder, f => new Lazy<SyntheticCall>(() => LoadOrMake(spec, f))).Value;
    }

    /// <summary>
    /// A realistic call of about 75 s: greeting, a long customer turn with an advisor "mm-hmm" inside it, an advisor
    /// interruption after which the customer stops, a customer who starts before the advisor has finished, a 4 s
    /// silence while the advisor "checks", and ordinary gaps of 0.3–0.9 s between turns. The customer is a female
    /// voice that gets louder, higher and faster in the middle and calms down at the end.
    /// </summary>
    public static SyntheticCallSpec SampleSpec()
    {
        const string Cust = "en-us+f3";
        const string Adv = "en-us";
        static Utterance C(double at, string text, int wpm = 150, int pitch = 50, int amplitude = 100) =>
            new(Party.Customer, at, text, Cust, wpm, pitch, amplitude) { Anchor = UtteranceAnchor.LatestEnd };
        static Utterance A(double at, string text, int wpm = 165) =>
            new(Party.Advisor, at, text, Adv, wpm) { Anchor = UtteranceAnchor.LatestEnd };

        Utterance[] utterances =
        [
            new(Party.Advisor, 0.6, "Thank you for calling Northwind Broadband, my name is Sam. How can I help you today?", Adv, 165),
            C(0.5, "Hi, my internet has been down since yesterday morning and I work from home."),
            A(0.4, "I'm sorry to hear that. Can I take your account number please?"),
            C(0.6, "Yes, it's four four seven two nine one eight."),
            A(0.5, "Thank you. Give me a moment while I look at your line."),
            // the 4 s of nobody speaking (checking the account)
            A(4.0, "Okay, I can see your account. Can you tell me what the lights on the router are doing?"),
            // a long customer turn with a backchannel from the advisor inside it
            C(0.7, "The power light is on and the internet light keeps flashing orange. I have already turned it off and on again three times, and I unplugged every cable and put them back, and it made no difference at all.", wpm: 160, pitch: 55, amplitude: 110),
            new(Party.Advisor, 4.5, "mm-hmm", Adv, 165) { Anchor = UtteranceAnchor.PreviousStart },
            A(0.5, "Right, a flashing orange light usually means the line is not syncing."),
            // escalation: the customer is louder, higher, faster; the advisor interrupts and the customer stops
            new(Party.Customer, 0.4, "This is the third time this month, I have been on hold for forty minutes and nobody has called me back like they promised, and I am losing work because of this", Cust, 185, 70, 140)
            {
                Anchor = UtteranceAnchor.LatestEnd,
                StopAfter = 5.0,
            },
            A(-0.6, "I understand, let me book an engineer for you right now."),
            // the customer starts before the advisor has finished
            C(-0.8, "When can they come? I need it fixed today.", wpm: 175, pitch: 65, amplitude: 130),
            A(0.6, "The first slot I have is tomorrow between eight and twelve. I will also add a credit to your account for the days without service."),
            C(0.9, "Okay, tomorrow morning is fine. Thank you, I appreciate the credit.", wpm: 150, pitch: 50, amplitude: 100),
            A(0.4, "You're welcome. You will get a text message with the engineer's details this evening."),
            C(0.5, "Great, thanks for your help."),
            A(0.3, "Thank you for calling, have a good day."),
        ];
        return new SyntheticCallSpec(utterances);
    }

    private static string Key(SyntheticCallSpec spec)
    {
        var text = KitVersion + "\n" + ToolVersions.Value + "\n" + spec.Describe();
        return "call-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];
    }

    private static string CheckTools()
    {
        var espeak = Encoding.UTF8.GetString(ExternalTool.Run("espeak-ng", ["--version"])).Trim();
        var sox = Encoding.UTF8.GetString(ExternalTool.Run("sox", ["--version"])).Trim();
        return espeak + "\n" + sox;
    }

    private static SyntheticCall LoadOrMake(SyntheticCallSpec spec, string folder)
    {
        var truthPath = Path.Combine(folder, "truth.txt");
        if (!File.Exists(truthPath))
        {
            Make(spec, folder);
        }

        // truth.txt: the frame count, then "start end" in samples per utterance, in spec order.
        var lines = File.ReadAllLines(truthPath);
        var frames = long.Parse(lines[0], CultureInfo.InvariantCulture);
        var truths = new List<UtteranceTruth>(spec.Utterances.Count);
        for (var i = 0; i < spec.Utterances.Count; i++)
        {
            var parts = lines[i + 1].Split(' ');
            truths.Add(new UtteranceTruth(i, spec.Utterances[i], long.Parse(parts[0], CultureInfo.InvariantCulture),
                long.Parse(parts[1], CultureInfo.InvariantCulture), spec.SampleRate));
        }

        return new SyntheticCall(spec, folder, new CallTruth(truths, frames, spec.SampleRate));
    }

    private static void Make(SyntheticCallSpec spec, string folder)
    {
        // Built in a private folder and moved into place whole, so a parallel test process never sees half a call.
        var work = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(work);
        try
        {
            var speech = new float[spec.Utterances.Count][];
            Parallel.For(0, spec.Utterances.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                i => speech[i] = Synthesise(spec.Utterances[i], spec.SampleRate, Path.Combine(work, $"u{i}.wav")));

            var starts = Place(spec, speech);
            var frames = 0L;
            for (var i = 0; i < speech.Length; i++)
            {
                frames = Math.Max(frames, starts[i] + speech[i].Length);
            }

            frames += (long)Math.Round(spec.TailSeconds * spec.SampleRate);
            var channels = new[] { new float[frames], new float[frames] };
            for (var i = 0; i < speech.Length; i++)
            {
                var channel = spec.Utterances[i].Party == Party.Customer ? spec.CustomerChannel : 1 - spec.CustomerChannel;
                speech[i].CopyTo(channels[channel].AsSpan((int)starts[i]));
            }

            Damage(channels[spec.CustomerChannel], spec.CustomerEffects, spec.CustomerChannel);
            Damage(channels[1 - spec.CustomerChannel], spec.AdvisorEffects, 1 - spec.CustomerChannel);

            var pcm = Path.Combine(work, "call-pcm16.wav");
            WritePcm16(pcm, channels, spec.SampleRate);
            ExternalTool.Run("sox", ["-D", pcm, "-e", "u-law", Path.Combine(work, "call-mulaw.wav")]);
            var truth = new StringBuilder().Append(frames.ToString(CultureInfo.InvariantCulture)).Append('\n');
            for (var i = 0; i < speech.Length; i++)
            {
                truth.Append(CultureInfo.InvariantCulture, $"{starts[i]} {starts[i] + speech[i].Length}\n");
                File.Delete(Path.Combine(work, $"u{i}.wav"));
            }

            File.WriteAllText(Path.Combine(work, "truth.txt"), truth.ToString());
            File.WriteAllText(Path.Combine(work, "spec.txt"), spec.Describe());
            try
            {
                Directory.Move(work, folder);
            }
            catch (IOException) when (File.Exists(Path.Combine(folder, "truth.txt")))
            {
                // Another process made the same call first: its files are identical.
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>espeak-ng → WAV (22.05 kHz) → sox to 32-bit float at the call's rate → trimmed to audible speech.</summary>
    private static float[] Synthesise(Utterance u, int sampleRate, string scratch)
    {
        ExternalTool.Run("espeak-ng",
        [
            "-v", u.Voice, "-s", u.Wpm.ToString(CultureInfo.InvariantCulture), "-p", u.Pitch.ToString(CultureInfo.InvariantCulture),
            "-a", u.Amplitude.ToString(CultureInfo.InvariantCulture), "-w", scratch, "--", u.Text,
        ]);
        var raw = ExternalTool.Run("sox",
        [
            "-D", scratch, "-t", "raw", "-e", "floating-point", "-b", "32", "-c", "1", "-L", "-",
            "rate", sampleRate.ToString(CultureInfo.InvariantCulture),
        ]);
        var samples = new float[raw.Length / 4];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadSingleLittleEndian(raw.AsSpan(i * 4));
        }

        var (first, last) = AudibleRange(samples);
        if (first < 0)
        {
            throw new InvalidOperationException($"espeak-ng produced no audible speech for \"{u.Text}\".");
        }

        var speech = samples[first..(last + 1)];
        if (u.StopAfter is double stop)
        {
            var keep = (int)Math.Round(stop * sampleRate);
            if (keep < speech.Length)
            {
                speech = speech[..keep];
                var fade = Math.Min(keep, sampleRate / 100);
                for (var i = 0; i < fade; i++)
                {
                    speech[keep - fade + i] *= (float)(fade - i - 1) / fade;
                }

                (_, last) = AudibleRange(speech);
                speech = speech[..(last + 1)];
            }
        }

        return speech;
    }

    private static (int First, int Last) AudibleRange(ReadOnlySpan<float> x)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < x.Length; i++)
        {
            if (Math.Abs(x[i]) > AudibleThreshold)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return (first, last);
    }

    /// <summary>Resolves every utterance's start sample from its anchor; one party's utterances must not overlap.</summary>
    private static long[] Place(SyntheticCallSpec spec, float[][] speech)
    {
        var starts = new long[speech.Length];
        var latestEnd = 0L;
        for (var i = 0; i < speech.Length; i++)
        {
            var u = spec.Utterances[i];
            var origin = u.Anchor switch
            {
                UtteranceAnchor.CallStart => 0L,
                UtteranceAnchor.PreviousStart when i > 0 => starts[i - 1],
                UtteranceAnchor.LatestEnd => latestEnd,
                _ => throw new ArgumentException($"utterance {i} (\"{u.Text}\") is anchored to a previous utterance but is the first."),
            };
            starts[i] = origin + (long)Math.Round(u.At * spec.SampleRate);
            if (starts[i] < 0)
            {
                throw new ArgumentException($"utterance {i} (\"{u.Text}\") would start before the call ({(double)starts[i] / spec.SampleRate:0.000} s).");
            }

            latestEnd = Math.Max(latestEnd, starts[i] + speech[i].Length);
        }

        for (var i = 0; i < speech.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (spec.Utterances[i].Party == spec.Utterances[j].Party
                    && starts[i] < starts[j] + speech[j].Length && starts[j] < starts[i] + speech[i].Length)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"utterances {j} and {i} of the {spec.Utterances[i].Party} overlap ({(double)starts[j] / spec.SampleRate:0.000}–{(double)(starts[j] + speech[j].Length) / spec.SampleRate:0.000} s and {(double)starts[i] / spec.SampleRate:0.000}–{(double)(starts[i] + speech[i].Length) / spec.SampleRate:0.000} s); one party says one thing at a time."));
                }
            }
        }

        return starts;
    }

    private static void Damage(float[] x, ChannelEffects effects, int channel)
    {
        var gain = (float)Math.Pow(10, effects.GainDb / 20);
        // Uniform noise on [-a, a] has RMS a / sqrt(3).
        var noise = effects.NoiseDbfs is double dbfs ? Math.Pow(10, dbfs / 20) * Math.Sqrt(3) : 0;
        // The channel is in the seed so equal effects on both channels do not give the same (correlated) noise.
        var random = new Random((effects.Seed * 2) + channel);
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i] * gain + effects.DcOffset;
            if (noise > 0)
            {
                v += noise * (random.NextDouble() * 2 - 1);
            }

            x[i] = (float)v;
        }
    }

    private static void WritePcm16(string path, float[][] channels, int sampleRate)
    {
        var frames = channels[0].Length;
        var data = new byte[44 + (frames * 4)];
        var s = data.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], data.Length - 8);
        "WAVEfmt "u8.CopyTo(s[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], 2);
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], sampleRate * 4);
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], 4);
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], 16);
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], frames * 4);
        for (var i = 0; i < frames; i++)
        {
            for (var c = 0; c < 2; c++)
            {
                // Clipping is what a too-hot line does: saturate at full scale.
                var v = Math.Clamp(Math.Round(channels[c][i] * 32767.0), -32768, 32767);
                BinaryPrimitives.WriteInt16LittleEndian(s[(44 + (i * 4) + (c * 2))..], (short)v);
            }
        }

        File.WriteAllBytes(path, data);
    }
}
