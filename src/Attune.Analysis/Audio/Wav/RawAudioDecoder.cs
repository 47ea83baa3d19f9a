namespace Attune.Analysis.Audio.Wav;

/// <summary>
/// Decodes a headerless stream (raw G.711 µ-law/A-law, raw 16-bit little-endian PCM, …) with the same decoders as
/// <see cref="WavReader"/>. Input arrives in arbitrary pieces (websocket messages from Twilio Media Streams or
/// Genesys AudioHook): bytes of a frame split across two pieces are kept until the frame is complete.
/// </summary>
public sealed class RawAudioDecoder
{
    private readonly byte[] _carry;
    private int _carried;

    private RawAudioDecoder(AudioFormat format)
    {
        Format = format;
        _carry = new byte[format.BlockAlign];
    }

    public AudioFormat Format { get; }

    /// <summary>Frames decoded so far.</summary>
    public long FramesDecoded { get; private set; }

    /// <summary>Bytes of an incomplete frame held back for the next call.</summary>
    public int PendingBytes => _carried;

    /// <summary>A decoder for <paramref name="format"/>, or null with <paramref name="problem"/> saying why it cannot decode it.</summary>
    public static RawAudioDecoder? Create(AudioFormat format, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(format);
        problem = format.Problem();
        return problem is null ? new RawAudioDecoder(format) : null;
    }

    /// <summary>How many frames the next <see cref="Decode"/> of <paramref name="byteCount"/> bytes will produce.</summary>
    public int FramesFor(int byteCount) => (_carried + byteCount) / Format.BlockAlign;

    /// <summary>
    /// Decodes all whole frames in the pending bytes plus <paramref name="bytes"/> into one span per channel
    /// (mono: <paramref name="left"/>, copied to <paramref name="right"/> unless it is empty) and returns the frame count.
    /// The spans must hold <see cref="FramesFor"/> frames.
    /// </summary>
    public int Decode(ReadOnlySpan<byte> bytes, Span<float> left, Span<float> right)
    {
        var frames = FramesFor(bytes.Length);
        if (left.Length < frames || ((Format.Channels == 2 || !right.IsEmpty) && right.Length < frames))
        {
            throw new ArgumentException($"The output spans must hold {frames} frames (see FramesFor).", nameof(left));
        }

        var blockAlign = Format.BlockAlign;
        var done = 0;
        if (_carried > 0)
        {
            var need = blockAlign - _carried;
            if (bytes.Length < need)
            {
                bytes.CopyTo(_carry.AsSpan(_carried));
                _carried += bytes.Length;
                return 0;
            }

            bytes[..need].CopyTo(_carry.AsSpan(_carried));
            bytes = bytes[need..];
            SampleDecoder.Decode(Format, _carry, 1, left, right);
            _carried = 0;
            done = 1;
        }

        var whole = bytes.Length / blockAlign;
        SampleDecoder.Decode(Format, bytes, whole, left[done..], right.IsEmpty ? right : right[done..]);
        done += whole;
        var rest = bytes[(whole * blockAlign)..];
        rest.CopyTo(_carry);
        _carried = rest.Length;
        FramesDecoded += done;
        return done;
    }
}
