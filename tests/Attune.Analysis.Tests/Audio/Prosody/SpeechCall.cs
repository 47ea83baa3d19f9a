using System.Diagnostics;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Prosody;

/// <summary>One utterance of a synthesised call: the text, espeak-ng's speed (words per minute) and the silence before it.</summary>
internal sealed record Utterance(string Text, int Speed = 160, double PauseBefore = 1.0);

/// <summary>
/// A mono call synthesised at test time with espeak-ng and sox: utterances placed at known offsets, resampled
/// without dither (-D), optionally G.711 µ-law encoded by sox. The truth of each utterance is the first and last
/// espeak-ng sample with |x| &gt; 0.002 (espeak-ng output starts and ends with exact silence). espeak-ng pauses about
/// 350 ms at a full stop or comma-free sentence break; a silence that long (at least <see cref="SplitGapSeconds"/>)
/// is a real gap between speech segments, longer than the detector's hangover, so the truth splits there.
/// </summary>
internal sealed class SpeechCall : IDisposable
{
    private const double TruthAmplitude = 0.002;
    private const double SplitGapSeconds = 0.3;

    private SpeechCall(string directory, string path, List<SpeechSegment> truth)
    {
        Directory = directory;
        Path = path;
        Truth = truth;
    }

    public string Directory { get; }

    public string Path { get; }

    public IReadOnlyList<SpeechSegment> Truth { get; }

    public static SpeechCall Make(int sampleRate, bool muLaw, double tail, params Utterance[] utterances)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attune-vad-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var parts = new List<string>();
        var truth = new List<SpeechSegment>();
        var offset = 0.0;
        for (var i = 0; i < utterances.Length; i++)
        {
            var u = utterances[i];
            var raw = System.IO.Path.Combine(directory, $"u{i}.wav");
            Run("espeak-ng", "-v", "en-us", "-s", u.Speed.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", raw, u.Text);
            var (runs, rate) = Runs(raw);
            var part = System.IO.Path.Combine(directory, $"p{i}.wav");
            var after = i == utterances.Length - 1 ? tail : 0;
            Run("sox", raw, "-r", Invariant(sampleRate), "-b", "16", "-D", part, "pad", Invariant(u.PauseBefore), Invariant(after));
            foreach (var (first, last) in runs)
            {
                truth.Add(new SpeechSegment(offset + u.PauseBefore + first / (double)rate, offset + u.PauseBefore + (last + 1) / (double)rate));
            }

            offset += Frames(part) / (double)sampleRate;
            parts.Add(part);
        }

        var call = System.IO.Path.Combine(directory, "call.wav");
        if (parts.Count == 1)
        {
            File.Copy(parts[0], call);
        }
        else
        {
            var args = new List<string>(parts) { call };
            Run("sox", [.. args]);
        }

        if (muLaw)
        {
            var encoded = System.IO.Path.Combine(directory, "call-ulaw.wav");
            Run("sox", call, "-e", "mu-law", "-b", "8", encoded);
            call = encoded;
        }

        return new SpeechCall(directory, call, truth);
    }

    /// <summary>
    /// The call's frames through a real <see cref="YinPitchTracker"/>, read with the product's WAV reader; with
    /// <paramref name="noiseDbfs"/>, white line noise of that RMS level is added to the samples first.
    /// </summary>
    public List<PitchFrame> Frames(double? noiseDbfs = null)
    {
        var random = new Random(3);
        var amplitude = noiseDbfs is { } level ? Signals.UniformAmplitude(level) : 0;
        using var stream = File.OpenRead(Path);
        var open = WavReader.Open(stream, Path);
        Assert.True(open.Success, open.Error?.Message);
        using var reader = open.Value!;
        var tracker = new YinPitchTracker(reader.SampleRate);
        var frames = new List<PitchFrame>();
        var left = new float[1000];
        var right = new float[1000];
        int n;
        while ((n = reader.Read(left, right)) > 0)
        {
            for (var i = 0; i < n && amplitude > 0; i++)
            {
                left[i] += (float)(amplitude * (random.NextDouble() * 2 - 1));
            }

            tracker.Push(left.AsSpan(0, n), frames);
        }

        tracker.Flush(frames);
        return frames;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs of samples above the truth amplitude, split at silences of at least <see cref="SplitGapSeconds"/>.</summary>
    private static (List<(long First, long Last)> Runs, int Rate) Runs(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = WavReader.Open(stream, path).Value!;
        var split = (long)(SplitGapSeconds * reader.SampleRate);
        var runs = new List<(long, long)>();
        var left = new float[4096];
        var right = new float[4096];
        long index = 0, first = -1, last = -1;
        int n;
        while ((n = reader.Read(left, right)) > 0)
        {
            for (var i = 0; i < n; i++)
            {
                if (Math.Abs(left[i]) > TruthAmplitude)
                {
                    if (first >= 0 && index + i - last > split)
                    {
                        runs.Add((first, last));
                        first = -1;
                    }

                    if (first < 0)
                    {
                        first = index + i;
                    }

                    last = index + i;
                }
            }

            index += n;
        }

        Assert.True(first >= 0, $"espeak-ng wrote no speech to {path}");
        runs.Add((first, last));
        return (runs, reader.SampleRate);
    }

    private static long Frames(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = WavReader.Open(stream, path).Value!;
        return reader.TotalFrames ?? throw new InvalidOperationException("sox wrote a WAV without a length");
    }

    private static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed: the speech tests synthesise calls with espeak-ng and sox (./test.sh installs them, or apt-get install espeak-ng sox).", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {error.Result}");
        }
    }
}
