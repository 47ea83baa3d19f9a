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

    /// <summary>
    /// A loadable whisper.cpp model with the real tensor layout (whisper.cpp whisper_model_load: names and ggml
    /// shapes), the English vocabulary size (51,864; 50,257 written, the rest named by the runtime), one encoder
    /// and one decoder layer of width 8, F16 matrices and small random weights. It transcribes nonsense, quickly:
    /// enough to run the native path (load, encode, decode, token timestamps) without downloading a model.
    /// </summary>
    public static byte[] TinyRandomModel(int seed = 1)
    {
        const int vocab = 51_864, audioCtx = 1_500, state = 8, textCtx = 448, mels = 80;
        var random = new Random(seed);
        using var ms = new MemoryStream();
        Int32(ms, unchecked((int)0x67676d6c));
        foreach (var v in new[] { vocab, audioCtx, state, 1, 1, textCtx, state, 1, 1, mels, 1 })
        {
            Int32(ms, v);
        }

        Int32(ms, mels);
        Int32(ms, 201);
        ms.Write(new byte[4 * mels * 201]);
        Int32(ms, 50_257);
        for (var i = 0; i < 50_257; i++)
        {
            // Token 220 is " ": whisper.cpp looks it up by text when suppressing blanks.
            var bytes = Encoding.UTF8.GetBytes(i == 220 ? " " : "w" + i);
            Int32(ms, bytes.Length);
            ms.Write(bytes);
        }

        void Tensor(string name, params int[] ne)
        {
            var f16 = ne.Length > 1 && name.EndsWith(".weight", StringComparison.Ordinal);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            Int32(ms, ne.Length);
            Int32(ms, nameBytes.Length);
            Int32(ms, f16 ? 1 : 0);
            var elements = 1;
            foreach (var d in ne)
            {
                Int32(ms, d);
                elements *= d;
            }

            ms.Write(nameBytes);
            Span<byte> b = stackalloc byte[4];
            for (var k = 0; k < elements; k++)
            {
                var v = (float)(random.NextDouble() * 0.2 - 0.1);
                if (f16)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(b, (Half)v);
                    ms.Write(b[..2]);
                }
                else
                {
                    Float(ms, v);
                }
            }
        }

        void Block(string p, bool cross)
        {
            Tensor(p + "mlp_ln.weight", state);
            Tensor(p + "mlp_ln.bias", state);
            Tensor(p + "mlp.0.weight", state, 4 * state);
            Tensor(p + "mlp.0.bias", 4 * state);
            Tensor(p + "mlp.2.weight", 4 * state, state);
            Tensor(p + "mlp.2.bias", state);
            foreach (var a in cross ? new[] { "attn", "cross_attn" } : ["attn"])
            {
                Tensor(p + a + "_ln.weight", state);
                Tensor(p + a + "_ln.bias", state);
                Tensor(p + a + ".query.weight", state, state);
                Tensor(p + a + ".query.bias", state);
                Tensor(p + a + ".key.weight", state, state);
                Tensor(p + a + ".value.weight", state, state);
                Tensor(p + a + ".value.bias", state);
                Tensor(p + a + ".out.weight", state, state);
                Tensor(p + a + ".out.bias", state);
            }
        }

        Tensor("encoder.positional_embedding", state, audioCtx);
        Tensor("encoder.conv1.weight", 3, mels, state);
        Tensor("encoder.conv1.bias", 1, state);
        Tensor("encoder.conv2.weight", 3, state, state);
        Tensor("encoder.conv2.bias", 1, state);
        Tensor("encoder.ln_post.weight", state);
        Tensor("encoder.ln_post.bias", state);
        Block("encoder.blocks.0.", cross: false);
        Tensor("decoder.positional_embedding", state, textCtx);
        Tensor("decoder.token_embedding.weight", state, vocab);
        Tensor("decoder.ln.weight", state);
        Tensor("decoder.ln.bias", state);
        Block("decoder.blocks.0.", cross: true);
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
