using System.Buffers.Binary;
using System.Diagnostics;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Wav;

/// <summary>
/// Bad input (issue 3): random bytes, truncated headers, lying chunk sizes, zero channels, absurd sample rates and
/// huge fmt sizes must give a clear error (with a byte offset) or valid samples, never an exception.
/// </summary>
public class WavReaderFuzzTests
{
    private static readonly float[] Left = new float[512];
    private static readonly float[] Right = new float[512];

    /// <summary>Opens and drains <paramref name="bytes"/>; fails the test on an exception or on an unclear outcome.</summary>
    private static void OpenAndDrain(byte[] bytes, bool seekable)
    {
        using Stream stream = seekable ? new MemoryStream(bytes) : new TrickleStream(bytes, 61);
        var result = WavReader.Open(stream, "fuzz.wav", leaveOpen: true);
        if (!result.Success)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
            Assert.NotNull(result.Error.ByteOffset);
            Assert.InRange(result.Error.ByteOffset.Value, 0, Math.Max(bytes.Length, 12));
            return;
        }

        using var reader = result.Value;
        Assert.Null(reader.Format.Problem());
        long frames = 0;
        int n;
        while ((n = reader.Read(Left, Right)) > 0)
        {
            frames += n;
            for (var i = 0; i < n; i++)
            {
                Assert.True(float.IsFinite(Left[i]) && float.IsFinite(Right[i]));
            }
        }

        Assert.InRange(frames * reader.Format.BlockAlign, 0, bytes.Length);
        if (reader.TotalFrames is long total)
        {
            Assert.True(frames == total || reader.Truncation is not null, "fewer frames than declared without a truncation report");
        }
    }

    private static byte[] Valid(int channels = 2) =>
        WavBytes.Riff(
            WavBytes.Chunk("LIST", [1, 2, 3, 4, 5]),
            WavBytes.FmtExtensible(1, channels, 8000, 16),
            WavBytes.Chunk("data", WavBytes.Pcm16(1, -1, 2, -2, 3, -3, 4, -4)));

    [Fact]
    public void Open_RandomBytes_NeverThrows()
    {
        var random = new Random(7);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length >= 12)
            {
                // Half the cases start like a WAV so the fuzzing reaches the chunk and format parsers.
                "RIFF"u8.CopyTo(bytes);
                "WAVE"u8.CopyTo(bytes.AsSpan(8));
                if (i % 4 == 0 && bytes.Length >= 20)
                {
                    "fmt "u8.CopyTo(bytes.AsSpan(12));
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), (uint)random.Next(0, 64));
                }
            }

            OpenAndDrain(bytes, seekable: i % 3 != 0);
        }

        Assert.True(watch.ElapsedMilliseconds < 2000, $"fuzzing took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Open_EveryTruncationOfAValidFile_GivesErrorOrData()
    {
        var file = Valid();
        for (var length = 0; length <= file.Length; length++)
        {
            OpenAndDrain(file[..length], seekable: true);
            OpenAndDrain(file[..length], seekable: false);
        }

        var header = WavReader.Open(new MemoryStream(file[..30]), "short.wav");
        Assert.False(header.Success);
        Assert.Contains("ends", header.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LyingSizeFields_GiveErrorOrData()
    {
        var file = Valid();
        uint[] lies = [0, 1, 2, 15, 16, 17, 39, 40, 41, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF];
        var random = new Random(3);
        // Offsets of the RIFF size and of every chunk size in Valid(): RIFF 4, LIST 16, fmt 30, data 78.
        int[] sizeFields = [4, 16, 30, 78];
        foreach (var field in sizeFields)
        {
            foreach (var lie in lies)
            {
                var copy = (byte[])file.Clone();
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(field), lie);
                OpenAndDrain(copy, seekable: true);
                OpenAndDrain(copy, seekable: false);
            }

            for (var i = 0; i < 50; i++)
            {
                var copy = (byte[])file.Clone();
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(field), (uint)random.NextInt64(0, uint.MaxValue + 1L));
                OpenAndDrain(copy, seekable: i % 2 == 0);
            }
        }
    }

    [Fact]
    public void Open_EveryFormatFieldCorrupted_GivesErrorOrData()
    {
        // Flip every byte of the fmt chunk body (bytes 34..73) to a few values: zero channels, absurd rates, bad align…
        var file = Valid();
        byte[] values = [0x00, 0x01, 0x02, 0x03, 0x07, 0x7F, 0x80, 0xFE, 0xFF];
        for (var at = 34; at < 74; at++)
        {
            foreach (var value in values)
            {
                var copy = (byte[])file.Clone();
                copy[at] = value;
                OpenAndDrain(copy, seekable: true);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7999)]
    [InlineData(48001)]
    [InlineData(int.MaxValue)]
    public void Open_AbsurdSampleRate_IsAClearError(int rate)
    {
        var file = WavBytes.Riff(WavBytes.Fmt(1, 1, rate, 16), WavBytes.Chunk("data", new byte[4]));

        var result = WavReader.Open(new MemoryStream(file), "r.wav");

        Assert.False(result.Success);
        Assert.Equal(24, result.Error.ByteOffset);
        Assert.Contains($"sample rate {(uint)rate} Hz is not supported", result.Error.Message, StringComparison.Ordinal);
    }
}
