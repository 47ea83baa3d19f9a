using System.Buffers.Binary;

namespace Attune.Analysis.Audio.Wav;

/// <summary>
/// Decodes whole frames of interleaved little-endian samples (RIFF is little-endian) into one float span per
/// channel, full scale = ±1. Shared by <see cref="WavReader"/> and <see cref="RawAudioDecoder"/> so a file and a
/// live stream in the same format give identical samples. The encoding switch is outside the per-sample loops.
/// </summary>
internal static class SampleDecoder
{
    /// <summary>
    /// Decodes <paramref name="frames"/> frames from <paramref name="bytes"/> into <paramref name="left"/> and
    /// <paramref name="right"/>. Mono fills <paramref name="left"/> and, when it is not empty, copies it into
    /// <paramref name="right"/>; stereo writes the first channel to left and the second to right.
    /// </summary>
    public static void Decode(AudioFormat format, ReadOnlySpan<byte> bytes, int frames, Span<float> left, Span<float> right)
    {
        var stereo = format.Channels == 2;
        var width = format.BitsPerSample / 8;
        var samples = frames * format.Channels;
        var l = left[..frames];
        var r = stereo ? right[..frames] : default;
        switch (format.Encoding)
        {
            case AudioEncoding.Pcm when width == 1:
                // WAV 8-bit PCM is unsigned with 128 as zero (Microsoft RIFF spec, "Data Format of the Samples").
                for (var i = 0; i < samples; i++)
                {
                    Put(l, r, i, stereo, (bytes[i] - 128) * (1f / 128f));
                }

                break;
            case AudioEncoding.Pcm when width == 2:
                for (var i = 0; i < samples; i++)
                {
                    Put(l, r, i, stereo, BinaryPrimitives.ReadInt16LittleEndian(bytes.Slice(i * 2, 2)) * (1f / 32768f));
                }

                break;
            case AudioEncoding.Pcm when width == 3:
                for (var i = 0; i < samples; i++)
                {
                    var o = i * 3;
                    // Sign-extend the 24-bit value by placing it in the top of an int and shifting back.
                    var v = ((bytes[o] << 8) | (bytes[o + 1] << 16) | (bytes[o + 2] << 24)) >> 8;
                    Put(l, r, i, stereo, v * (1f / 8388608f));
                }

                break;
            case AudioEncoding.Pcm:
                for (var i = 0; i < samples; i++)
                {
                    Put(l, r, i, stereo, BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(i * 4, 4)) * (1f / 2147483648f));
                }

                break;
            case AudioEncoding.IeeeFloat when width == 4:
                for (var i = 0; i < samples; i++)
                {
                    Put(l, r, i, stereo, Finite(BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * 4, 4))));
                }

                break;
            case AudioEncoding.IeeeFloat:
                for (var i = 0; i < samples; i++)
                {
                    Put(l, r, i, stereo, Finite((float)BinaryPrimitives.ReadDoubleLittleEndian(bytes.Slice(i * 8, 8))));
                }

                break;
            case AudioEncoding.MuLaw:
                {
                    var table = G711.MuLaw;
                    for (var i = 0; i < samples; i++)
                    {
                        Put(l, r, i, stereo, table[bytes[i]] * (1f / 32768f));
                    }
                }

                break;
            case AudioEncoding.ALaw:
                {
                    var table = G711.ALaw;
                    for (var i = 0; i < samples; i++)
                    {
                        Put(l, r, i, stereo, table[bytes[i]] * (1f / 32768f));
                    }
                }

                break;
        }

        if (!stereo && !right.IsEmpty)
        {
            l.CopyTo(right[..frames]);
        }
    }

    private static void Put(Span<float> left, Span<float> right, int sample, bool stereo, float value)
    {
        if (!stereo)
        {
            left[sample] = value;
        }
        else if ((sample & 1) == 0)
        {
            left[sample >> 1] = value;
        }
        else
        {
            right[sample >> 1] = value;
        }
    }

    // A float file may hold NaN or infinities (corrupt or hostile data); downstream analysers need finite samples.
    private static float Finite(float value) => float.IsFinite(value) ? value : 0f;
}
