using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Attune.Cli.Bench;
using Attune.Cli.Commands;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Bench;

public class AudioThroughputTests
{
    /// <summary>A stereo 16-bit 8 kHz WAV: a 150 Hz voice-like tone on the left for 1 s of every 2, silence on the right.</summary>
    private static string WriteCall(TempDir dir, double seconds)
    {
        const int rate = 8000;
        var frames = (int)(seconds * rate);
        var bytes = new byte[44 + frames * 4];
        var s = bytes.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], bytes.Length - 8);
        "WAVEfmt "u8.CopyTo(s[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], 2);
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], rate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], rate * 4);
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], 4);
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], 16);
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], frames * 4);
        for (var i = 0; i < frames; i++)
        {
            var t = (double)i / rate;
            var on = (int)t % 2 == 0;
            var v = on ? 0.3 * (Math.Sin(2 * Math.PI * 150 * t) + 0.5 * Math.Sin(2 * Math.PI * 300 * t)) : 0;
            BinaryPrimitives.WriteInt16LittleEndian(s[(44 + i * 4)..], (short)(v * 32767));
        }

        var path = dir.Combine("call.wav");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Probe_StereoWav_FormatAndLength()
    {
        using var dir = new TempDir();
        var (format, seconds, error) = new AudioThroughput(WriteCall(dir, 4)).Probe();

        Assert.Null(error);
        Assert.NotNull(format);
        Assert.Equal(2, format.Channels);
        Assert.Equal(8000, format.SampleRate);
        Assert.Equal(4.0, seconds, 3);
    }

    [Fact]
    public void Probe_NotAWav_Error()
    {
        using var dir = new TempDir();
        var (format, _, error) = new AudioThroughput(dir.File("call.wav", "not a wav file at all, just text")).Probe();

        Assert.Null(format);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Analyse_StereoWav_TimesTheFullAnalysisAndFindsTheSpeech()
    {
        using var dir = new TempDir();
        var pass = new AudioThroughput(WriteCall(dir, 6)).Analyse();

        Assert.True(pass.ProcessCpuSeconds > 0);
        Assert.True(pass.ThreadCpuSeconds > 0);
        Assert.True(pass.WallSeconds > 0);
        // three tone bursts on the customer's (left) channel, nothing on the advisor's
        Assert.StartsWith("customer 3 speech segments", pass.Found, StringComparison.Ordinal);
        Assert.Contains("advisor 0 ", pass.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void MachineLine_Figures_MatchWhatTheBenchScriptsParse()
    {
        var line = BenchAudioCommand.MachineLine(600, 0.25, 50L * 1048576);

        Assert.Equal("audio: 2400× real time per core, cpu 0.250 s, peak 50.0 MB", line);
        // the pattern of bench/audio-speed.sh
        Assert.Matches(new Regex(@"^audio: [0-9.,]+× real time per core, cpu [0-9.]+ s, peak [0-9.]+ MB"), line);
    }
}
