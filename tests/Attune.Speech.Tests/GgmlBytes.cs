using System.Buffers.Binary;
using System.Text;

namespace Attune.Speech.Tests;

/// <summary>
/// Writes files in whisper.cpp's ggml model layout (magic, eleven int32 hyper-parameters, mel filters, vocabulary,
/// tensors) with tiny dimensions, so loader paths can be exercised without real weights.
/// </summary>
internal static class GgmlBytes
{
    /// <summary>A structurally complete file: header, a 2 × 3 mel bank, a three-word vocabulary and the given F32 tensors.</summary>
    public static byte[] Model(params (string Name, int[] Dims)[] tensors)
    {
        using var ms = new MemoryStream();
        Int32(ms, unchecked((int)0x67676d6c));
        // n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels, ftype
        foreach (var v in new[] { 51864, 1500, 8, 1, 1, 448, 8, 1, 1, 80, 0 })
        {
            Int32(ms, v);
        }

        Int32(ms, 2);
        Int32(ms, 3);
        for (var k = 0; k < 6; k++)
        {
            Float(ms, 0.5f);
        }

        var vocab = new[] { "!", "\"", "#" };
        Int32(ms, vocab.Length);
        foreach (var word in vocab)
        {
            var bytes = Encoding.UTF8.GetBytes(word);
            Int32(ms, bytes.Length);
            ms.Write(bytes);
        }

        foreach (var (name, dims) in tensors)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            Int32(ms, dims.Length);
            Int32(ms, nameBytes.Length);
            Int32(ms, 0); // F32
            var elements = 1;
            foreach (var d in dims)
            {
                Int32(ms, d);
                elements *= d;
            }

            ms.Write(nameBytes);
            for (var k = 0; k < elements; k++)
            {
                Float(ms, 0.01f * (k % 7));
            }
        }

        return ms.ToArray();
    }

    private static void Int32(Stream s, int v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        s.Write(b);
    }

    private static void Float(Stream s, float v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(b, v);
        s.Write(b);
    }
}
