using System.Buffers.Binary;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Live.Calls;

/// <summary>
/// Records a live call as it arrives: a stereo G.711 µ-law 8 kHz WAV (WAVE_FORMAT_MULAW, customer left, advisor right
/// — the default customer channel of the batch path), written block by block to a stream, never held in memory.
/// The header is written first with the "unknown length" sizes streaming encoders use (0xFFFFFFFF, which
/// <see cref="WavReader"/> reads to the end of the file), so a recording cut short by a crash is still readable;
/// <see cref="Complete"/> patches the RIFF, <c>fact</c> and <c>data</c> sizes when the stream can seek.
/// Samples are ±1.0 full scale, as the telephony sessions decode them: µ-law audio re-encodes to the same code words.
/// Not thread-safe.
/// </summary>
public sealed class LiveCallRecorder : IDisposable, IAsyncDisposable
{
    /// <summary>Bytes before the sample data: RIFF header 12, fmt chunk 8 + 18, fact chunk 8 + 4, data chunk header 8.</summary>
    public const int HeaderBytes = 58;

    private const int RiffSizeOffset = 4;
    private const int FactSamplesOffset = 46;
    private const int DataSizeOffset = 54;
    private const uint UnknownSize = 0xFFFFFFFF;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly long _start;
    private byte[] _buffer = new byte[640];
    private bool _completed;
    private bool _disposed;

    /// <param name="output">Where to write (a file, a blob); positioned where the WAV starts.</param>
    /// <param name="leaveOpen">Leave <paramref name="output"/> open when this is disposed.</param>
    public LiveCallRecorder(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The recording stream must be writable.", nameof(output));
        }

        _output = output;
        _leaveOpen = leaveOpen;
        _start = output.CanSeek ? output.Position : 0;
        Span<byte> header = stackalloc byte[HeaderBytes];
        WriteHeader(header, null);
        _output.Write(header);
    }

    /// <summary>The format written: stereo µ-law, 8 kHz.</summary>
    public static AudioFormat Format => LiveCallAnalyzer.TelephonyFormat;

    /// <summary>Sample frames (one customer and one advisor sample each) written.</summary>
    public long Frames { get; private set; }

    /// <summary>Seconds recorded.</summary>
    public double Seconds => Frames / (double)Format.SampleRate;

    /// <summary>Appends a block: the customer's and the advisor's samples (same length), interleaved and µ-law encoded.</summary>
    public void Write(ReadOnlySpan<float> customer, ReadOnlySpan<float> advisor)
    {
        var bytes = Encode(customer, advisor);
        _output.Write(_buffer, 0, bytes);
    }

    /// <summary>Appends a block asynchronously (see <see cref="Write"/>); the samples are encoded before the first await.</summary>
    public ValueTask WriteAsync(ReadOnlySpan<float> customer, ReadOnlySpan<float> advisor, CancellationToken cancellationToken = default)
    {
        var bytes = Encode(customer, advisor);
        return _output.WriteAsync(_buffer.AsMemory(0, bytes), cancellationToken);
    }

    /// <summary>Ends the recording: patches the sizes (when the stream can seek) and flushes. Idempotent.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (_output.CanSeek)
        {
            var end = _output.Position;
            Span<byte> header = stackalloc byte[HeaderBytes];
            WriteHeader(header, Frames);
            _output.Position = _start;
            _output.Write(header);
            _output.Position = end;
        }

        _output.Flush();
    }

    /// <summary>Ends the recording asynchronously (see <see cref="Complete"/>).</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (_output.CanSeek)
        {
            var end = _output.Position;
            var header = new byte[HeaderBytes];
            WriteHeader(header, Frames);
            _output.Position = _start;
            await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            _output.Position = end;
        }

        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Complete();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await CompleteAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _output.DisposeAsync().ConfigureAwait(false);
        }
    }

    private int Encode(ReadOnlySpan<float> customer, ReadOnlySpan<float> advisor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The recording is complete.");
        }

        if (customer.Length != advisor.Length)
        {
            throw new ArgumentException($"The channels must come in blocks of the same length ({customer.Length} customer, {advisor.Length} advisor samples).", nameof(advisor));
        }

        var bytes = customer.Length * 2;
        if (_buffer.Length < bytes)
        {
            _buffer = new byte[bytes];
        }

        var buffer = _buffer;
        for (var i = 0; i < customer.Length; i++)
        {
            buffer[2 * i] = G711.LinearToMuLaw(ToPcm16(customer[i]));
            buffer[(2 * i) + 1] = G711.LinearToMuLaw(ToPcm16(advisor[i]));
        }

        Frames += customer.Length;
        return bytes;
    }

    /// <summary>±1.0 → 16-bit, rounded and clipped; the inverse of the decoders' scaling (÷32768).</summary>
    private static short ToPcm16(float sample)
    {
        var scaled = MathF.Round(sample * 32768f);
        return scaled >= short.MaxValue ? short.MaxValue : scaled <= short.MinValue ? short.MinValue : (short)scaled;
    }

    /// <summary>RIFF/WAVE header for WAVE_FORMAT_MULAW (tag 7): fmt with cbSize 0, the fact chunk non-PCM formats carry, data.</summary>
    private static void WriteHeader(Span<byte> h, long? frames)
    {
        var dataBytes = frames is { } f && f * 2 <= uint.MaxValue - HeaderBytes ? (uint)(f * 2) : UnknownSize;
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h[RiffSizeOffset..], dataBytes == UnknownSize ? UnknownSize : dataBytes + HeaderBytes - 8);
        "WAVE"u8.CopyTo(h[8..]);
        "fmt "u8.CopyTo(h[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], 18);
        BinaryPrimitives.WriteUInt16LittleEndian(h[20..], 7);      // WAVE_FORMAT_MULAW
        BinaryPrimitives.WriteUInt16LittleEndian(h[22..], 2);      // channels
        BinaryPrimitives.WriteUInt32LittleEndian(h[24..], 8000);   // sample rate
        BinaryPrimitives.WriteUInt32LittleEndian(h[28..], 16000);  // bytes per second
        BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 2);      // block align
        BinaryPrimitives.WriteUInt16LittleEndian(h[34..], 8);      // bits per sample
        BinaryPrimitives.WriteUInt16LittleEndian(h[36..], 0);      // cbSize
        "fact"u8.CopyTo(h[38..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[42..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(h[FactSamplesOffset..], dataBytes == UnknownSize ? UnknownSize : dataBytes / 2);
        "data"u8.CopyTo(h[50..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[DataSizeOffset..], dataBytes);
    }
}
