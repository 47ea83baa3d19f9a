using System.Buffers.Binary;
using System.Text;

namespace Attune.Analysis.Tests.Audio.Wav;

/// <summary>Builds WAV files byte by byte for the tests (RIFF/WAVE layout, Microsoft Multimedia spec 1991).</summary>
internal static class WavBytes
{
    public static byte[] Riff(params byte[][] chunks)
    {
        var body = new List<byte>(Encoding.ASCII.GetBytes("WAVE"));
        foreach (var chunk in chunks)
        {
            body.AddRange(chunk);
        }

        var file = new byte[8 + body.Count];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(file, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)body.Count);
        body.CopyTo(file, 8);
        return file;
    }

    /// <summary>A chunk with its id, size (the real one unless <paramref name="declaredSize"/> lies) and pad byte when odd.</summary>
    public static byte[] Chunk(string id, byte[] body, uint? declaredSize = null)
    {
        var pad = body.Length & 1;
        var chunk = new byte[8 + body.Length + pad];
        Encoding.ASCII.GetBytes(id).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), declaredSize ?? (uint)body.Length);
        body.CopyTo(chunk, 8);
        return chunk;
    }

    public static byte[] Fmt(ushort tag, int channels, int rate, int bits, int? blockAlign = null)
    {
        var body = new byte[16];
        var align = blockAlign ?? channels * bits / 8;
        BinaryPrimitives.WriteUInt16LittleEndian(body, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(4), (uint)rate);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(8), (uint)(rate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(14), (ushort)bits);
        return Chunk("fmt ", body);
    }

    /// <summary>WAVEFORMATEXTENSIBLE with a KSDATAFORMAT_SUBTYPE GUID {subTag-0000-0010-8000-00AA00389B71}.</summary>
    public static byte[] FmtExtensible(ushort subTag, int channels, int rate, int bits, Guid? subFormat = null)
    {
        var body = new byte[40];
        var align = channels * bits / 8;
        BinaryPrimitives.WriteUInt16LittleEndian(body, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(4), (uint)rate);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(8), (uint)(rate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(14), (ushort)bits);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(18), (ushort)bits);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(20), channels == 2 ? 3u : 4u);
        var guid = subFormat ?? new Guid(subTag, 0x0000, 0x0010, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71);
        guid.TryWriteBytes(body.AsSpan(24));
        return Chunk("fmt ", body);
    }

    public static byte[] Pcm16(params short[] samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        }

        return bytes;
    }

    public static byte[] Pcm16File(int rate, int channels, params short[] samples) =>
        Riff(Fmt(1, channels, rate, 16), Chunk("data", Pcm16(samples)));
}
