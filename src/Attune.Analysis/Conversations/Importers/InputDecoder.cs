using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Turns file bytes into text, refusing what is not text: invalid UTF-8 (with its byte offset), control
/// characters other than white space (binary data, or UTF-16 without a byte-order mark), unpaired
/// surrogates. UTF-8 with or without a BOM and UTF-16 with a BOM are read.
/// </summary>
internal static class InputDecoder
{
    /// <summary>C0 controls other than tab, LF, VT, FF, CR: never in a transcript, always in binary data.</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly SearchValues<char> ControlChars = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static string? Decode(ReadOnlySpan<byte> bytes, string source, out ImportError? error)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            error = new ImportError(source, "the file is UTF-32 (by its byte-order mark); expected UTF-8 or UTF-16 text") { ByteOffset = 0 };
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false, source, out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true, source, out error);
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return DecodeUtf8(bytes, bom, source, out error);
    }

    /// <summary>The index of the first character that is not text (a control or an unpaired surrogate), or -1.</summary>
    public static int FindNonText(ReadOnlySpan<char> text, out string what)
    {
        what = "";
        var control = text.IndexOfAny(ControlChars);
        var limit = control < 0 ? text.Length : control;
        for (var i = text[..limit].IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < limit;)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var next = text[(i + 2)..limit].IndexOfAnyInRange('\uD800', '\uDFFF');
                i = next < 0 ? -1 : i + 2 + next;
                continue;
            }

            what = $"an unpaired surrogate U+{(int)text[i]:X4}";
            return i;
        }

        if (control >= 0)
        {
            what = $"the control character U+{(int)text[control]:X4}";
        }

        return control;
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, int bom, string source, out ImportError? error)
    {
        error = null;
        var body = bytes[bom..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            var invalidAt = status == System.Buffers.OperationStatus.Done ? -1 : read;

            // Report whichever comes first: a control byte (ASCII, so a byte scan is exact) or invalid UTF-8.
            var control = body.IndexOfAny(ControlBytes);
            if (control >= 0 && (invalidAt < 0 || control < invalidAt))
            {
                error = ControlError(bytes, bom + control, source);
                return null;
            }

            if (invalidAt >= 0)
            {
                var offset = bom + invalidAt;
                var line = LineAt(bytes, offset);
                var b = bytes[offset];
                var hint = b >= 0x80 ? " (if the file is Latin-1 or Windows-1252, save it as UTF-8)" : "";
                error = new ImportError(source, $"invalid UTF-8: byte 0x{b:X2} on line {line} does not continue a valid sequence; expected UTF-8 text{hint}")
                {
                    ByteOffset = offset,
                };
                return null;
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> body, bool bigEndian, string source, out ImportError? error)
    {
        error = null;
        if (body.Length % 2 != 0)
        {
            error = new ImportError(source, $"the file is UTF-16 (by its byte-order mark) but has an odd number of bytes; expected whole 2-byte code units")
            {
                ByteOffset = body.Length + 1,
            };
            return null;
        }

        var chars = new char[body.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var unit = body.Slice(i * 2, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }

        var bad = FindNonText(chars, out var what);
        if (bad >= 0)
        {
            var line = TextLines.LineAt(chars, bad);
            error = new ImportError(source, $"{what} on line {line} of UTF-16 text; expected text") { ByteOffset = 2 + (2L * bad) };
            return null;
        }

        return new string(chars);
    }

    private static ImportError ControlError(ReadOnlySpan<byte> bytes, int offset, string source)
    {
        var line = LineAt(bytes, offset);
        var reason = bytes[offset] == 0 && LooksLikeUtf16WithoutBom(bytes)
            ? "the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"
            : "the file looks binary, not a transcript";
        return new ImportError(source, $"control byte 0x{bytes[offset]:X2} on line {line}; expected text: {reason}") { ByteOffset = offset };
    }

    /// <summary>UTF-16 of mostly ASCII text has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length & ~1, 512);
        if (n < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        return (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) || (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs);
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => TextLines.LineAt(bytes, offset);
}
