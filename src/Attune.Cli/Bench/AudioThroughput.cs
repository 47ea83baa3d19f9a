using System.Diagnostics;
using System.Globalization;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Audio.Wav;

namespace Attune.Cli.Bench;

/// <summary>
/// Times the audio analysis of a call exactly as the product runs it: the WAV streamed through
/// <see cref="WavReader"/> into <see cref="CallAudioAnalyzer.Analyze(WavReader, CallAudioOptions?, CancellationToken)"/>
/// (both channels, voice activity, pitch, loudness, rate, dynamics), on the calling thread.
/// </summary>
internal sealed class AudioThroughput
{
    private readonly string _path;

    public AudioThroughput(string path)
    {
        _path = path;
    }

    /// <summary>Opens the file once to read its format and length; the error when it is not a readable WAV.</summary>
    public (AudioFormat? Format, double Seconds, string? Error) Probe()
    {
        using var stream = OpenStream();
        var opened = WavReader.Open(stream, _path, leaveOpen: true);
        if (!opened.Success)
        {
            return (null, 0, opened.Error!.ToString());
        }

        using var reader = opened.Value!;
        var left = new float[4096];
        var right = new float[4096];
        long frames = 0;
        int n;
        while ((n = reader.Read(left, right)) > 0)
        {
            frames += n;
        }

        return (reader.Format, (double)frames / reader.SampleRate, null);
    }

    /// <summary>One full analysis of the file: the product path, nothing else.</summary>
    public AudioPass Analyse()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.GetTimestamp();
        var process = CpuClock.Process();
        var thread = CpuClock.Thread();
        CallAudio audio;
        using (var stream = OpenStream())
        {
            var opened = WavReader.Open(stream, _path);
            using var reader = opened.Value ?? throw new InvalidDataException(opened.Error!.ToString());
            audio = CallAudioAnalyzer.Analyze(reader);
        }

        var threadCpu = CpuClock.Thread() - thread;
        var processCpu = CpuClock.Process() - process;
        var wallSeconds = Stopwatch.GetElapsedTime(wall).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return new AudioPass(wallSeconds, threadCpu, processCpu, bytes, Describe(audio));
    }

    /// <summary>
    /// Thread CPU seconds of parts of the path, each a separate pass over the file through public types, for
    /// profiling: decoding alone, then decoding plus each analyser alone on both channels.
    /// </summary>
    public IReadOnlyList<(string Stage, double Seconds)> Stages()
    {
        var options = CallAudioOptions.Default;
        var stages = new List<(string, double)>
        {
            ("WAV decoding (WavReader)", Pass(null)),
        };
        var decode = stages[0].Item2;
        stages.Add(("YIN pitch tracker, both channels (incl. frame level)", Pass(format =>
        {
            var a = new YinPitchTracker(format.SampleRate, options.Pitch);
            var b = new YinPitchTracker(format.SampleRate, options.Pitch);
            var frames = new List<PitchFrame>(64);
            return (l, r) =>
            {
                frames.Clear();
                a.Push(l, frames);
                b.Push(r, frames);
            };
        }) - decode));
        stages.Add(("BS.1770 loudness meter, both channels", Pass(format =>
        {
            var a = new LoudnessMeter(format.SampleRate, 1);
            var b = new LoudnessMeter(format.SampleRate, 1);
            return (l, r) =>
            {
                a.Push(l);
                b.Push(r);
            };
        }) - decode));
        stages.Add(("channel analysers, both (DC blocker, YIN, VAD, nuclei, loudness, track)", Pass(format =>
        {
            var a = new ChannelAnalyzer(Analysis.Conversations.Party.Customer, format.SampleRate, options);
            var b = new ChannelAnalyzer(Analysis.Conversations.Party.Advisor, format.SampleRate, options);
            return (l, r) =>
            {
                a.Push(l);
                b.Push(r);
            };
        }) - decode));
        return stages;
    }

    private static string Describe(CallAudio audio) => string.Create(CultureInfo.InvariantCulture,
        $"customer {audio.Customer.Speech.Count} speech segments ({audio.Customer.SpeechSeconds:0} s), advisor {audio.Advisor?.Speech.Count ?? 0} ({audio.Advisor?.SpeechSeconds ?? 0:0} s), {audio.Dynamics.Turns.Count} turns, {audio.Dynamics.Overtalks.Count} overtalks, integrated {audio.Customer.IntegratedLufs:0.0} / {audio.Advisor?.IntegratedLufs:0.0} LUFS");

    private double Pass(Func<AudioFormat, Action<float[], float[]>>? make)
    {
        using var stream = OpenStream();
        var opened = WavReader.Open(stream, _path);
        using var reader = opened.Value ?? throw new InvalidDataException(opened.Error!.ToString());
        var push = make?.Invoke(reader.Format);
        var size = CallAudioOptions.Default.BlockFrames;
        var left = new float[size];
        var right = new float[size];
        var started = CpuClock.Thread();
        int n;
        while ((n = reader.Read(left, right)) > 0)
        {
            if (push is null)
            {
                continue;
            }

            if (n == size)
            {
                push(left, right);
            }
            else
            {
                push(left[..n], right[..n]);
            }
        }

        return CpuClock.Thread() - started;
    }

    private FileStream OpenStream() =>
        new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}
