using System.Buffers.Binary;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Wav;

public class WavReaderTests
{
    private static WavReader OpenOk(byte[] file)
    {
        var result = WavReader.Open(new MemoryStream(file), "test.wav");
        Assert.True(result.Success, result.Error?.ToString());
        return result.Value;
    }

    private static float[] ReadMono(byte[] file, out WavReader reader)
    {
        reader = OpenOk(file);
        var left = new float[64];
        var n = reader.Read(left, default);
        return left[..n];
    }

    [Fact]
    public void Read_Pcm16Mono_ScalesToUnitRange()
    {
        var samples = ReadMono(WavBytes.Pcm16File(8000, 1, 0, 16384, -32768, 32767), out var reader);

        Assert.Equal([0f, 0.5f, -1f, 32767f / 32768f], samples);
        Assert.Equal(8000, reader.SampleRate);
        Assert.Equal(1, reader.Channels);
        Assert.Equal(AudioEncoding.Pcm, reader.Encoding);
        Assert.Equal(16, reader.BitsPerSample);
        Assert.Equal(4, reader.TotalFrames);
        Assert.Null(reader.Truncation);
    }

    [Fact]
    public void Read_Pcm8Unsigned_CentresOn128()
    {
        var file = WavBytes.Riff(WavBytes.Fmt(1, 1, 11025, 8), WavBytes.Chunk("data", [128, 0, 255, 192]));

        Assert.Equal([0f, -1f, 127f / 128f, 0.5f], ReadMono(file, out _));
    }

    [Fact]
    public void Read_Pcm24_SignExtends()
    {
        byte[] data = [0, 0, 0, 0xFF, 0xFF, 0x7F, 0, 0, 0x80, 0xFF, 0xFF, 0xFF, 0, 0, 0x40];
        var file = WavBytes.Riff(WavBytes.Fmt(1, 1, 48000, 24), WavBytes.Chunk("data", data));

        Assert.Equal([0f, 8388607f / 8388608f, -1f, -1f / 8388608f, 0.5f], ReadMono(file, out _));
    }

    [Fact]
    public void Read_Pcm32_ScalesByTwoToThe31()
    {
        var data = new byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(data, int.MinValue);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4), 1 << 30);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(8), -(1 << 29));
        var file = WavBytes.Riff(WavBytes.Fmt(1, 1, 16000, 32), WavBytes.Chunk("data", data));

        Assert.Equal([-1f, 0.5f, -0.25f], ReadMono(file, out _));
    }

    [Fact]
    public void Read_Float32_KeepsValuesAndZeroesNonFinite()
    {
        var data = new byte[16];
        BinaryPrimitives.WriteSingleLittleEndian(data, 0.25f);
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(4), -0.75f);
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(8), float.NaN);
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(12), float.PositiveInfinity);
        var file = WavBytes.Riff(WavBytes.Fmt(3, 1, 44100, 32), WavBytes.Chunk("data", data));

        Assert.Equal([0.25f, -0.75f, 0f, 0f], ReadMono(file, out var reader));
        Assert.Equal(AudioEncoding.IeeeFloat, reader.Encoding);
    }

    [Fact]
    public void Read_Float64_NarrowsToFloat()
    {
        var data = new byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(data, 0.125);
        BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(8), -1.0);
        var file = WavBytes.Riff(WavBytes.Fmt(3, 1, 22050, 64), WavBytes.Chunk("data", data));

        Assert.Equal([0.125f, -1f], ReadMono(file, out _));
    }

    [Fact]
    public void Read_MuLaw_DecodesWithG711()
    {
        var file = WavBytes.Riff(WavBytes.Fmt(7, 1, 8000, 8), WavBytes.Chunk("data", [0xFF, 0x00, 0x80, 0xFE]));

        Assert.Equal([0f, -32124f / 32768f, 32124f / 32768f, 8f / 32768f], ReadMono(file, out var reader));
        Assert.Equal(AudioEncoding.MuLaw, reader.Encoding);
    }

    [Fact]
    public void Read_ALaw_DecodesWithG711()
    {
        var file = WavBytes.Riff(WavBytes.Fmt(6, 1, 8000, 8), WavBytes.Chunk("data", [0xD5, 0x55, 0xAA]));

        Assert.Equal([8f / 32768f, -8f / 32768f, 32256f / 32768f], ReadMono(file, out var reader));
        Assert.Equal(AudioEncoding.ALaw, reader.Encoding);
    }

    [Theory]
    [InlineData(1, 16, AudioEncoding.Pcm)]
    [InlineData(3, 32, AudioEncoding.IeeeFloat)]
    [InlineData(7, 8, AudioEncoding.MuLaw)]
    [InlineData(6, 8, AudioEncoding.ALaw)]
    public void Open_Extensible_TakesEncodingFromSubFormatGuid(int subTag, int bits, AudioEncoding expected)
    {
        var file = WavBytes.Riff(WavBytes.FmtExtensible((ushort)subTag, 2, 8000, bits), WavBytes.Chunk("data", new byte[bits / 4 * 3]));

        var reader = OpenOk(file);

        Assert.Equal(expected, reader.Encoding);
        Assert.Equal(2, reader.Channels);
        Assert.Equal(3, reader.TotalFrames);
    }

    [Fact]
    public void Open_ExtensibleWithForeignGuid_ReportsGuidOffset()
    {
        var file = WavBytes.Riff(WavBytes.FmtExtensible(1, 1, 8000, 16, Guid.Parse("6dba3190-67bd-11cf-a0f7-0020afd156e4")), WavBytes.Chunk("data", new byte[4]));

        var result = WavReader.Open(new MemoryStream(file), "x.wav");

        Assert.False(result.Success);
        Assert.Equal(44, result.Error.ByteOffset);
        Assert.Contains("SubFormat GUID", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Mp3FormatTag_NamesTagOffsetAndExpectedFormats()
    {
        var file = WavBytes.Riff(WavBytes.Fmt(0x0055, 1, 8000, 16), WavBytes.Chunk("data", new byte[4]));

        var result = WavReader.Open(new MemoryStream(file), "call.wav");

        Assert.False(result.Success);
        Assert.Equal("call.wav at byte 20: format tag 0x0055 (MPEG Layer 3) is not supported; expected PCM, IEEE float, µ-law or A-law", result.Error.ToString());
    }

    [Fact]
    public void Open_OddSizedUnknownChunks_AreSkippedWithPadding()
    {
        var file = WavBytes.Riff(
            WavBytes.Chunk("LIST", [1, 2, 3]),
            WavBytes.Fmt(1, 1, 8000, 16),
            WavBytes.Chunk("fact", [4, 0, 0, 0]),
            WavBytes.Chunk("JUNK", [9]),
            WavBytes.Chunk("data", WavBytes.Pcm16(100, -100)),
            WavBytes.Chunk("LIST", [7, 7, 7]));

        Assert.Equal([100f / 32768f, -100f / 32768f], ReadMono(file, out _));
        var trickled = WavReader.Open(new TrickleStream(file, 3), "t.wav");
        Assert.True(trickled.Success, trickled.Error?.ToString());
        var left = new float[8];
        Assert.Equal(2, trickled.Value.Read(left, default));
    }

    [Fact]
    public void Read_Stereo_DeinterleavesChannels()
    {
        var reader = OpenOk(WavBytes.Pcm16File(8000, 2, 1000, -1000, 2000, -2000, 3000, -3000));
        var left = new float[8];
        var right = new float[8];

        var n = reader.Read(left, right);

        Assert.Equal(3, n);
        Assert.Equal([1000f / 32768f, 2000f / 32768f, 3000f / 32768f], left[..3]);
        Assert.Equal([-1000f / 32768f, -2000f / 32768f, -3000f / 32768f], right[..3]);
    }

    [Fact]
    public void Read_MonoWithRightSpan_CopiesLeftIntoRight()
    {
        var reader = OpenOk(WavBytes.Pcm16File(8000, 1, 5, 6));
        var left = new float[4];
        var right = new float[4];

        Assert.Equal(2, reader.Read(left, right));
        Assert.Equal(left[..2], right[..2]);
    }

    [Theory]
    [InlineData(1, int.MaxValue)]
    [InlineData(7, int.MaxValue)]
    [InlineData(1000, 5)]
    [InlineData(5000, 1)]
    public void Read_SmallBlocksOrTrickle_EqualsReadingAtOnce(int block, int maxStreamRead)
    {
        var random = new Random(42);
        var samples = new short[2 * 10_000];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        var file = WavBytes.Pcm16File(16000, 2, samples);
        var whole = OpenOk(file);
        var allLeft = new float[10_000];
        var allRight = new float[10_000];
        Assert.Equal(10_000, whole.Read(allLeft, allRight));

        var opened = WavReader.Open(new TrickleStream(file, maxStreamRead), "s.wav");
        Assert.True(opened.Success);
        var reader = opened.Value;
        var left = new float[block];
        var right = new float[block];
        var at = 0;
        int n;
        while ((n = reader.Read(left, right)) > 0)
        {
            Assert.Equal(allLeft.AsSpan(at, n), left.AsSpan(0, n));
            Assert.Equal(allRight.AsSpan(at, n), right.AsSpan(0, n));
            at += n;
        }

        Assert.Equal(10_000, at);
        Assert.True(reader.EndOfData);
        Assert.Null(reader.Truncation);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_TruncatedDataChunk_ReadsWhatIsThereAndReportsIt(bool seekable)
    {
        var header = WavBytes.Riff(WavBytes.Fmt(1, 1, 8000, 16), WavBytes.Chunk("data", WavBytes.Pcm16(1, 2, 3, 4, 5), declaredSize: 1000));
        var file = header[..^1]; // also cut the last frame in half
        var opened = WavReader.Open(seekable ? new MemoryStream(file) : new TrickleStream(file, 4096), "cut.wav");
        Assert.True(opened.Success);
        var reader = opened.Value;
        var left = new float[1000];

        var n = reader.Read(left, default);

        Assert.Equal(4, n);
        Assert.Equal(0, reader.Read(left, default));
        Assert.NotNull(reader.Truncation);
        Assert.Contains("truncated", reader.Truncation.Message, StringComparison.Ordinal);
        Assert.Equal(file.Length, reader.Truncation.ByteOffset);
    }

    [Fact]
    public void Read_UnknownDataSize_ReadsToEndOfStream()
    {
        var file = WavBytes.Riff(WavBytes.Fmt(1, 1, 8000, 16), WavBytes.Chunk("data", WavBytes.Pcm16(1, 2, 3), declaredSize: 0xFFFFFFFF));
        var opened = WavReader.Open(new TrickleStream(file, 4096), "live.wav");
        Assert.True(opened.Success);

        Assert.Null(opened.Value.TotalFrames);
        Assert.Equal(3, opened.Value.Read(new float[10], default));
        Assert.Null(opened.Value.Truncation);
    }

    [Theory]
    [InlineData(0, 8000, 16, 22, "0 channels")]
    [InlineData(3, 8000, 16, 22, "3 channels")]
    [InlineData(1, 4000, 16, 24, "sample rate 4000 Hz")]
    [InlineData(1, 96000, 16, 24, "sample rate 96000 Hz")]
    [InlineData(1, 8000, 12, 34, "12 bits per sample")]
    public void Open_UnsupportedFormat_ReportsFieldOffset(int channels, int rate, int bits, long offset, string found)
    {
        var file = WavBytes.Riff(WavBytes.Fmt(1, channels, rate, bits, blockAlign: 2), WavBytes.Chunk("data", new byte[4]));

        var result = WavReader.Open(new MemoryStream(file), "f.wav");

        Assert.False(result.Success);
        Assert.Equal(offset, result.Error.ByteOffset);
        Assert.Contains(found, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotRiff_SaysWhatWasFound()
    {
        var result = WavReader.Open(new MemoryStream("ID3\u0004abcdefgh"u8.ToArray()), "song.mp3");

        Assert.False(result.Success);
        Assert.Equal("song.mp3 at byte 0: found 'ID3?' (0x49443304); expected 'RIFF' (a WAV file)", result.Error.ToString());
    }

    [Fact]
    public void Open_HugeFmtChunk_IsRejected()
    {
        var file = WavBytes.Riff(WavBytes.Chunk("fmt ", new byte[16], declaredSize: 0x7FFFFFF0));

        var result = WavReader.Open(new MemoryStream(file), "h.wav");

        Assert.False(result.Success);
        Assert.Equal(16, result.Error.ByteOffset);
        Assert.Contains("'fmt ' chunk size", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DataBeforeFmt_IsRejected()
    {
        var file = WavBytes.Riff(WavBytes.Chunk("data", new byte[4]), WavBytes.Fmt(1, 1, 8000, 16));

        var result = WavReader.Open(new MemoryStream(file), "o.wav");

        Assert.False(result.Success);
        Assert.Equal(12, result.Error.ByteOffset);
    }

    [Fact]
    public void Open_StreamPositionedAfterPrefix_CountsOffsetsFromWavStart()
    {
        var wav = WavBytes.Riff(WavBytes.Fmt(1, 1, 8000, 16), WavBytes.Chunk("data", WavBytes.Pcm16(1, 2, 3), declaredSize: 10));
        var stream = new MemoryStream([.. new byte[100], .. wav]) { Position = 100 };
        var opened = WavReader.Open(stream, "embedded.wav");
        Assert.True(opened.Success);

        Assert.Equal(3, opened.Value.TotalFrames);
        Assert.NotNull(opened.Value.Truncation);
        Assert.Equal(wav.Length, opened.Value.Truncation.ByteOffset);
    }
}
