using System.Buffers.Binary;
using System.Text;

namespace Attune.Speech;

/// <summary>
/// Checks that a file is a complete whisper.cpp ggml model before the native runtime sees it, so a wrong or
/// damaged file yields a message naming what is wrong instead of a null context or a native abort. Walks the
/// layout whisper.cpp's <c>whisper_model_load</c> reads (whisper.cpp, src/whisper.cpp): the uint32 magic
/// 0x67676d6c ("ggml", stored little-endian as the bytes "lmgg"), eleven int32 hyper-parameters, the mel filter
/// bank, the vocabulary, then tensors (dims, name, type, data) up to the end of the file. Tensor data is
/// skipped, not read, so a 3 GB model is checked in milliseconds.
/// </summary>
internal static class GgmlModelFile
{
    /// <summary>The ggml file magic as whisper.cpp writes it (GGML_FILE_MAGIC, little-endian uint32).</summary>
    public const uint Magic = 0x67676d6c;

    private static readonly string[] HyperParameters =
    [
        "n_vocab", "n_audio_ctx", "n_audio_state", "n_audio_head", "n_audio_layer",
        "n_text_ctx", "n_text_state", "n_text_head", "n_text_layer", "n_mels", "ftype",
    ];

    /// <summary>Null when the file looks like a whole ggml Whisper model, else what is wrong (without the path).</summary>
    public static string? Check(string path)
    {
        if (Directory.Exists(path))
        {
            return "is a directory, not a model file";
        }

        if (!File.Exists(path))
        {
            return "model file not found";
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Check(stream);
        }
        catch (IOException e)
        {
            return "cannot be read: " + e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            return "cannot be read: " + e.Message;
        }
    }

    internal static string? Check(Stream stream)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return "is empty (0 bytes), not a ggml Whisper model";
        }

        Span<byte> head = stackalloc byte[4];
        var got = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (got < 4 || BinaryPrimitives.ReadUInt32LittleEndian(head) != Magic)
        {
            var shown = head[..got];
            var hint = got == 4 && head.SequenceEqual("GGUF"u8)
                ? "; this is a GGUF file, whisper.cpp needs the ggml format (ggml-*.bin from the whisper.cpp model list)"
                : string.Empty;
            return $"not a ggml Whisper model (first bytes {Convert.ToHexString(shown)} '{Printable(shown)}', expected 6C6D6767 'lmgg'){hint}";
        }

        var reader = new Reader(stream, length);
        var hp = new int[HyperParameters.Length];
        for (var k = 0; k < hp.Length; k++)
        {
            if (!reader.Int32(out hp[k]))
            {
                return reader.Truncated($"header field {HyperParameters[k]}");
            }
        }

        for (var k = 0; k < hp.Length - 1; k++)
        {
            // Limits far outside every published Whisper size, tight enough to catch a file that only starts like one.
            var max = k is 0 ? 1_000_000 : 1 << 16;
            if (hp[k] < 1 || hp[k] > max)
            {
                return $"not a Whisper model: header field {HyperParameters[k]} = {hp[k]} is out of range";
            }
        }

        if (!reader.Int32(out var nMel) || !reader.Int32(out var nFft))
        {
            return reader.Truncated("mel filter size");
        }

        if (nMel is < 1 or > 1024 || nFft is < 1 or > 1 << 16)
        {
            return $"not a Whisper model: mel filter bank {nMel} × {nFft} is out of range";
        }

        if (!reader.Skip(4L * nMel * nFft))
        {
            return reader.Truncated("mel filter bank");
        }

        if (!reader.Int32(out var nVocab))
        {
            return reader.Truncated("vocabulary size");
        }

        if (nVocab < 0 || nVocab > 1_000_000)
        {
            return $"not a Whisper model: vocabulary size {nVocab} is out of range";
        }

        for (var t = 0; t < nVocab; t++)
        {
            if (!reader.Int32(out var len) || len < 0 || !reader.Skip(len))
            {
                return reader.Truncated($"vocabulary entry {t} of {nVocab}");
            }
        }

        var tensors = 0;
        Span<int> dims = stackalloc int[4];
        while (!reader.AtEnd)
        {
            if (!reader.Int32(out var nDims) || !reader.Int32(out var nameLength) || !reader.Int32(out var type))
            {
                return reader.Truncated($"header of tensor {tensors}");
            }

            if (nDims is < 1 or > 4 || nameLength is < 1 or > 1024)
            {
                return $"damaged: tensor {tensors} has {nDims} dimensions and a {nameLength}-byte name";
            }

            var elements = 1L;
            for (var d = 0; d < nDims; d++)
            {
                if (!reader.Int32(out dims[d]) || dims[d] < 0)
                {
                    return reader.Truncated($"dimensions of tensor {tensors}");
                }

                elements *= dims[d];
            }

            var name = reader.Text(nameLength);
            if (name is null)
            {
                return reader.Truncated($"name of tensor {tensors}");
            }

            // whisper.cpp loads F32 convolution weights (ftype 0 models) but its CPU im2col asserts F16 at the first
            // transcription (GGML_ASSERT(src0->type == GGML_TYPE_F16), seen with Whisper.net 1.9.1), which aborts
            // the whole process: refuse such a model here instead.
            if (type == 0 && name.StartsWith("encoder.conv", StringComparison.Ordinal) && name.EndsWith(".weight", StringComparison.Ordinal))
            {
                return $"unsupported: '{name}' is stored as F32, which whisper.cpp's CPU backend cannot run (it aborts the process); use an F16 or quantised ggml model";
            }

            var bytes = DataBytes(type, elements);
            if (bytes < 0)
            {
                // A tensor type this check does not know (a newer quantisation): leave the rest to the runtime.
                return null;
            }

            if (!reader.Skip(bytes))
            {
                return reader.Truncated($"data of tensor '{name}' ({bytes} bytes)");
            }

            tensors++;
        }

        return tensors == 0 ? "truncated: the header and vocabulary are there but no weights follow" : null;
    }

    /// <summary>ggml_nbytes for the tensor types whisper.cpp models are published in; −1 if unknown.</summary>
    private static long DataBytes(int type, long elements)
    {
        // (bytes per block, elements per block) from ggml's type_traits table.
        (int Size, int Block) traits = type switch
        {
            0 => (4, 1),      // F32
            1 => (2, 1),      // F16
            2 => (18, 32),    // Q4_0
            3 => (20, 32),    // Q4_1
            6 => (22, 32),    // Q5_0
            7 => (24, 32),    // Q5_1
            8 => (34, 32),    // Q8_0
            10 => (84, 256),  // Q2_K
            11 => (110, 256), // Q3_K
            12 => (144, 256), // Q4_K
            13 => (176, 256), // Q5_K
            14 => (210, 256), // Q6_K
            30 => (2, 1),     // BF16
            _ => (0, 0),
        };
        return traits.Block == 0 ? -1 : elements / traits.Block * traits.Size;
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            sb.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
        }

        return sb.ToString();
    }

    /// <summary>Sequential little-endian reads that report running past the end instead of throwing.</summary>
    private sealed class Reader(Stream stream, long length)
    {
        private readonly byte[] _four = new byte[4];

        public bool AtEnd => stream.Position >= length;

        public bool Int32(out int value)
        {
            value = 0;
            if (stream.ReadAtLeast(_four, 4, throwOnEndOfStream: false) < 4)
            {
                return false;
            }

            value = BinaryPrimitives.ReadInt32LittleEndian(_four);
            return true;
        }

        public bool Skip(long bytes)
        {
            if (bytes < 0 || stream.Position + bytes > length)
            {
                return false;
            }

            stream.Seek(bytes, SeekOrigin.Current);
            return true;
        }

        public string? Text(int bytes)
        {
            var buffer = new byte[bytes];
            return stream.ReadAtLeast(buffer, bytes, throwOnEndOfStream: false) < bytes ? null : Encoding.UTF8.GetString(buffer);
        }

        public string Truncated(string what) =>
            $"truncated: the file ends ({length} bytes) inside the {what}";
    }
}
