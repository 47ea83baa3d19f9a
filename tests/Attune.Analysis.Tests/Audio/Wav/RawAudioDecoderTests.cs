using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Wav;

public class RawAudioDecoderTests
{
    [Fact]
    public void Decode_RawMuLaw_MatchesWavReaderOnSameBytes()
    {
        var bytes = new byte[256];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)i;
        }

        var opened = WavReader.Open(new MemoryStream(WavBytes.Riff(WavBytes.Fmt(7, 1, 8000, 8), WavBytes.Chunk("data", bytes))), "m.wav");
        Assert.True(opened.Success);
        var fromWav = new float[256];
        Assert.Equal(256, opened.Value.Read(fromWav, default));
        var decoder = RawAudioDecoder.Create(AudioFormat.MuLaw8kMono, out var problem);
        Assert.NotNull(decoder);
        Assert.Null(problem);
        var raw = new float[256];

        Assert.Equal(256, decoder.Decode(bytes, raw, default));
        Assert.Equal(fromWav, raw);
        Assert.Equal(-32124f / 32768f, raw[0]);
    }

    [Fact]
    public void Decode_Pcm16SplitMidSample_KeepsPendingByteForNextPiece()
    {
        var bytes = WavBytes.Pcm16(1000, -2000, 3000, 32767, -32768);
        var decoder = RawAudioDecoder.Create(AudioFormat.Pcm16(8000, 1), out _)!;
        var output = new List<float>();
        var buffer = new float[8];
        foreach (var piece in new[] { bytes[..1], bytes[1..4], bytes[4..4], bytes[4..9], bytes[9..] })
        {
            var n = decoder.Decode(piece, buffer, default);
            output.AddRange(buffer[..n]);
        }

        Assert.Equal([1000f / 32768f, -2000f / 32768f, 3000f / 32768f, 32767f / 32768f, -1f], output);
        Assert.Equal(0, decoder.PendingBytes);
        Assert.Equal(5, decoder.FramesDecoded);
    }

    [Fact]
    public void Decode_Pcm16Stereo_Deinterleaves()
    {
        var decoder = RawAudioDecoder.Create(AudioFormat.Pcm16(16000, 2), out _)!;
        var left = new float[2];
        var right = new float[2];

        Assert.Equal(2, decoder.Decode(WavBytes.Pcm16(100, -100, 200, -200), left, right));
        Assert.Equal([100f / 32768f, 200f / 32768f], left);
        Assert.Equal([-100f / 32768f, -200f / 32768f], right);
    }

    [Theory]
    [InlineData(4000, 1, AudioEncoding.MuLaw, 8, "sample rate")]
    [InlineData(8000, 0, AudioEncoding.Pcm, 16, "channels")]
    [InlineData(8000, 1, AudioEncoding.MuLaw, 16, "bits per sample")]
    public void Create_UnsupportedFormat_ReturnsProblem(int rate, int channels, AudioEncoding encoding, int bits, string expected)
    {
        var decoder = RawAudioDecoder.Create(new AudioFormat(rate, channels, encoding, bits), out var problem);

        Assert.Null(decoder);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
