using System.Buffers.Binary;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Wav;

/// <summary>
/// Streaming WAV reader. Parses the RIFF/WAVE header (Microsoft/IBM "Multimedia Programming Interface and Data
/// Specifications 1.0", 1991: RIFF chunks, the <c>fmt </c> WAVEFORMAT; Microsoft "Multiple Channel Audio Data and
/// WAVE Files", 2017: WAVE_FORMAT_EXTENSIBLE and its SubFormat GUID), skips chunks it does not need (LIST, fact,
/// cue, bext…, honouring the pad byte after odd-sized chunks), then decodes the <c>data</c> chunk block by block into
/// caller-provided spans. The file is never loaded whole: one buffer is allocated per reader.
/// Bad input is reported as an <see cref="ImportError"/> with the byte offset, never thrown.
/// </summary>
public sealed class WavReader : IDisposable
{
    /// <summary>Frames decoded per block read from the stream.</summary>
    private const int FramesPerBlock = 4096;

    /// <summary>Largest <c>fmt </c> chunk accepted: WAVEFORMATEXTENSIBLE is 40 bytes, codec formats add a few.</summary>
    private const int MaxFormatChunk = 1024;

    private const ushort TagPcm = 0x0001;
    private const ushort TagFloat = 0x0003;
    private const ushort TagALaw = 0x0006;
    private const ushort TagMuLaw = 0x0007;
    private const ushort TagExtensible = 0xFFFE;

    /// <summary>The data chunk size written by streaming encoders that do not know the length.</summary>
    private const uint UnknownSize = 0xFFFFFFFF;

    // KSDATAFORMAT_SUBTYPE_* GUIDs are {tttttttt-0000-0010-8000-00AA00389B71} with the format tag in Data1;
    // these are bytes 4..15 of the GUID as stored (Data2, Data3 little-endian, then Data4).
    private static ReadOnlySpan<byte> SubFormatTail => [0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[] _buffer;
    private readonly long _dataOffset;
    private readonly long? _dataBytes;
    private long _bytesRead;
    private bool _ended;

    private WavReader(Stream stream, bool leaveOpen, byte[] buffer, string source, AudioFormat format, long dataOffset, long? dataBytes, long? totalFrames, ImportError? truncation)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _buffer = buffer;
        Source = source;
        Format = format;
        _dataOffset = dataOffset;
        _dataBytes = dataBytes;
        TotalFrames = totalFrames;
        Truncation = truncation;
    }

    public string Source { get; }

    public AudioFormat Format { get; }

    public int SampleRate => Format.SampleRate;

    public int Channels => Format.Channels;

    public AudioEncoding Encoding => Format.Encoding;

    public int BitsPerSample => Format.BitsPerSample;

    /// <summary>Frames in the data chunk, when the header states them (and, for a seekable stream, the file holds them).</summary>
    public long? TotalFrames { get; }

    /// <summary>Frames decoded so far.</summary>
    public long FramesRead => _bytesRead / Format.BlockAlign;

    /// <summary>Set when the data chunk is shorter than its header says: what is there is still read.</summary>
    public ImportError? Truncation { get; private set; }

    /// <summary>True once the data chunk (or the stream) is exhausted.</summary>
    public bool EndOfData => _ended;

    /// <summary>
    /// Reads the RIFF header from <paramref name="stream"/> up to the start of the sample data.
    /// <paramref name="source"/> names the input in error messages (e.g. the file name).
    /// </summary>
    public static WavOpenResult Open(Stream stream, string source, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var buffer = new byte[FramesPerBlock * 16];
        var result = ReadHeader(stream, source, leaveOpen, buffer);
        if (!result.Success && !leaveOpen)
        {
            stream.Dispose();
        }

        return result;
    }

    /// <summary>
    /// Decodes up to <c>left.Length</c> frames into one span per channel and returns the number decoded; 0 at the end.
    /// Stereo: first channel to <paramref name="left"/>, second to <paramref name="right"/> (which must be at least as
    /// long). Mono: samples go to <paramref name="left"/> and are copied to <paramref name="right"/> unless it is empty.
    /// </summary>
    public int Read(Span<float> left, Span<float> right)
    {
        if (Channels == 2 && right.Length < left.Length)
        {
            throw new ArgumentException("For a stereo file the right span must be at least as long as the left.", nameof(right));
        }

        if (Channels == 1 && !right.IsEmpty && right.Length < left.Length)
        {
            throw new ArgumentException("The right span must be empty or at least as long as the left.", nameof(right));
        }

        var blockAlign = Format.BlockAlign;
        var done = 0;
        while (done < left.Length && !_ended)
        {
            var frames = Math.Min(left.Length - done, FramesPerBlock);
            if (_dataBytes is long declared)
            {
                var remaining = (declared - _bytesRead) / blockAlign;
                if (remaining <= 0)
                {
                    _ended = true;
                    break;
                }

                frames = (int)Math.Min(frames, remaining);
            }

            var want = frames * blockAlign;
            var got = _stream.ReadAtLeast(_buffer.AsSpan(0, want), want, throwOnEndOfStream: false);
            var whole = got / blockAlign;
            SampleDecoder.Decode(Format, _buffer, whole, left[done..], right.IsEmpty ? right : right[done..]);
            done += whole;
            _bytesRead += got;
            if (got < want)
            {
                _ended = true;
                if (_dataBytes is long size && Truncation is null)
                {
                    Truncation = new ImportError(Source, $"data chunk is truncated: the header declares {size} bytes, the file ends after {_bytesRead}; the {FramesRead} whole frames present were read") { ByteOffset = _dataOffset + _bytesRead };
                }
            }
        }

        return done;
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private static WavOpenResult ReadHeader(Stream stream, string source, bool leaveOpen, byte[] buffer)
    {
        // Offsets are counted from where the WAV starts, which need not be the start of the stream.
        long? length = stream.CanSeek ? stream.Length - stream.Position : null;
        var head = buffer.AsSpan(0, 12);
        var got = stream.ReadAtLeast(head, 12, throwOnEndOfStream: false);
        if (got < 4)
        {
            return WavOpenResult.Fail(source, got, $"the file ends after {got} bytes; expected a RIFF header ('RIFF', size, 'WAVE')");
        }

        var magic = FourCc(head[..4]);
        if (magic != "RIFF")
        {
            var hint = magic switch
            {
                "RIFX" => " (big-endian RIFX is not supported)",
                "RF64" => " (RF64/BW64 files over 4 GB are not supported)",
                _ => "",
            };
            return WavOpenResult.Fail(source, 0, $"found {Printable(head[..4])}{hint}; expected 'RIFF' (a WAV file)");
        }

        if (got < 12)
        {
            return WavOpenResult.Fail(source, got, $"the file ends after {got} bytes inside the RIFF header; expected 'WAVE' at byte 8");
        }

        if (FourCc(head.Slice(8, 4)) != "WAVE")
        {
            return WavOpenResult.Fail(source, 8, $"RIFF form type {Printable(head.Slice(8, 4))} is not 'WAVE'; expected a WAV file");
        }

        long position = 12;
        AudioFormat? format = null;
        while (true)
        {
            var chunkHead = buffer.AsSpan(0, 8);
            got = stream.ReadAtLeast(chunkHead, 8, throwOnEndOfStream: false);
            if (got < 8)
            {
                var what = format is null ? "no 'fmt ' chunk" : "no 'data' chunk";
                return WavOpenResult.Fail(source, position + got, got == 0
                    ? $"the file ends at byte {position} with {what}; expected a 'fmt ' chunk then a 'data' chunk"
                    : $"the file ends inside a chunk header ({got} of 8 bytes) with {what}");
            }

            var id = FourCc(chunkHead[..4]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHead.Slice(4, 4));
            var bodyStart = position + 8;
            if (id == "fmt ")
            {
                if (size < 16)
                {
                    return WavOpenResult.Fail(source, position + 4, $"'fmt ' chunk size is {size} bytes; expected at least 16");
                }

                if (size > MaxFormatChunk)
                {
                    return WavOpenResult.Fail(source, position + 4, $"'fmt ' chunk size is {size} bytes; expected 16–{MaxFormatChunk} (a format description is 16, 18 or 40 bytes)");
                }

                var body = buffer.AsSpan(0, (int)size);
                got = stream.ReadAtLeast(body, body.Length, throwOnEndOfStream: false);
                if (got < body.Length)
                {
                    return WavOpenResult.Fail(source, bodyStart + got, $"the file ends inside the 'fmt ' chunk ({got} of {size} bytes)");
                }

                var parsed = ParseFormat(body, bodyStart, out var error);
                if (parsed is null)
                {
                    return WavOpenResult.Fail(source, error.Offset, error.Message);
                }

                format = parsed;
                if ((size & 1) == 1 && !Skip(stream, buffer, 1))
                {
                    return WavOpenResult.Fail(source, bodyStart + size, "the file ends at the pad byte after the 'fmt ' chunk; expected a 'data' chunk");
                }

                position = bodyStart + size + (size & 1);
                continue;
            }

            if (id == "data")
            {
                if (format is null)
                {
                    return WavOpenResult.Fail(source, position, "'data' chunk comes before any 'fmt ' chunk; expected 'fmt ' first (RIFF WAVE spec)");
                }

                long? declared = size == UnknownSize ? null : size;
                ImportError? truncation = null;
                if (declared is long d && length is long len && bodyStart + d > len)
                {
                    declared = len - bodyStart;
                    truncation = new ImportError(source, $"data chunk is truncated: the header declares {size} bytes, the file holds {len - bodyStart}; the whole frames present are read") { ByteOffset = len };
                }

                long? totalFrames = declared is long bytes ? bytes / format.BlockAlign : null;
                var reader = new WavReader(stream, leaveOpen, buffer, source, format, bodyStart, declared, totalFrames, truncation);
                return WavOpenResult.Ok(reader);
            }

            // Any other chunk (LIST, fact, cue, bext, JUNK, PAD…): skip its body and the pad byte of an odd size.
            var skip = size + (long)(size & 1);
            if (length is long total && bodyStart + size > total)
            {
                return WavOpenResult.Fail(source, position + 4, $"chunk {Printable(chunkHead[..4])} declares {size} bytes but the file ends at byte {total}; no 'data' chunk found");
            }

            if (!Skip(stream, buffer, skip))
            {
                // Only an unpadded last chunk may end exactly at its size; then there is still no data chunk.
                return WavOpenResult.Fail(source, position + 4, $"chunk {Printable(chunkHead[..4])} declares {size} bytes but the file ends before its end; no 'data' chunk found");
            }

            position = bodyStart + skip;
        }
    }

    private static AudioFormat? ParseFormat(ReadOnlySpan<byte> fmt, long at, out (long Offset, string Message) error)
    {
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        var tagOffset = at;
        if (tag == TagExtensible)
        {
            // WAVEFORMATEXTENSIBLE: cbSize (2) at 16, wValidBitsPerSample (2) at 18, dwChannelMask (4) at 20, SubFormat GUID (16) at 24.
            if (fmt.Length < 40)
            {
                error = (at + 16, $"WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is {fmt.Length} bytes; expected 40 (with cbSize 22 and a SubFormat GUID)");
                return null;
            }

            var guid = fmt.Slice(24, 16);
            if (!guid[4..].SequenceEqual(SubFormatTail) || BinaryPrimitives.ReadUInt16LittleEndian(guid[2..]) != 0)
            {
                error = (at + 24, $"SubFormat GUID {new Guid(guid)} is not a KSDATAFORMAT_SUBTYPE GUID; expected PCM, IEEE float, µ-law or A-law");
                return null;
            }

            tag = BinaryPrimitives.ReadUInt16LittleEndian(guid);
            tagOffset = at + 24;
        }

        AudioEncoding encoding;
        switch (tag)
        {
            case TagPcm:
                encoding = AudioEncoding.Pcm;
                break;
            case TagFloat:
                encoding = AudioEncoding.IeeeFloat;
                break;
            case TagALaw:
                encoding = AudioEncoding.ALaw;
                break;
            case TagMuLaw:
                encoding = AudioEncoding.MuLaw;
                break;
            default:
                error = (tagOffset, $"format tag 0x{tag:X4}{TagName(tag)} is not supported; expected PCM, IEEE float, µ-law or A-law");
                return null;
        }

        if (channels is < 1 or > 2)
        {
            error = (at + 2, $"{channels} channels are not supported; expected 1 (mono) or 2 (stereo)");
            return null;
        }

        if (rate is < AudioFormat.MinSampleRate or > AudioFormat.MaxSampleRate)
        {
            error = (at + 4, $"sample rate {rate} Hz is not supported; expected {AudioFormat.MinSampleRate}–{AudioFormat.MaxSampleRate} Hz");
            return null;
        }

        var format = new AudioFormat((int)rate, channels, encoding, bits);
        if (format.Problem() is string problem)
        {
            error = (at + 14, problem);
            return null;
        }

        if (blockAlign != format.BlockAlign)
        {
            error = (at + 12, $"block align is {blockAlign} bytes; expected {format.BlockAlign} for {format}");
            return null;
        }

        error = default;
        return format;
    }

    private static bool Skip(Stream stream, byte[] buffer, long count)
    {
        if (stream.CanSeek)
        {
            var target = stream.Position + count;
            if (target > stream.Length)
            {
                return false;
            }

            stream.Position = target;
            return true;
        }

        while (count > 0)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(count, buffer.Length));
            if (n == 0)
            {
                return false;
            }

            count -= n;
        }

        return true;
    }

    private static string FourCc(ReadOnlySpan<byte> id) =>
        string.Create(4, (id[0], id[1], id[2], id[3]), static (s, b) =>
        {
            s[0] = (char)b.Item1;
            s[1] = (char)b.Item2;
            s[2] = (char)b.Item3;
            s[3] = (char)b.Item4;
        });

    // Shows a chunk id in an error without control characters (random bytes must give a readable message).
    private static string Printable(ReadOnlySpan<byte> id)
    {
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            chars[i] = id[i] is >= 0x20 and < 0x7F ? (char)id[i] : '?';
        }

        return $"'{new string(chars)}' (0x{id[0]:X2}{id[1]:X2}{id[2]:X2}{id[3]:X2})";
    }

    private static string TagName(ushort tag) => tag switch
    {
        0x0002 => " (Microsoft ADPCM)",
        0x0011 => " (IMA ADPCM)",
        0x0031 => " (GSM 6.10)",
        0x0040 => " (G.721 ADPCM)",
        0x0050 => " (MPEG)",
        0x0055 => " (MPEG Layer 3)",
        0x0064 => " (G.726 ADPCM)",
        0x00FF => " (AAC)",
        0x1610 => " (HE-AAC)",
        0xF1AC => " (FLAC)",
        _ => "",
    };
}
