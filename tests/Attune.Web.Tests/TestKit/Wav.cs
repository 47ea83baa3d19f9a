using System.Buffers.Binary;

namespace Attune.Web.Tests.TestKit;

/// <summary>Small WAV files made in memory for the upload tests.</summary>
public static class Wav
{
    /// <summary>
    /// A stereo 16-bit PCM call at 8 kHz: tone bursts with a syllable-like amplitude envelope, taking turns between the
    /// channels (left = customer 0–1.5 s and 3–4.5 s, right = advisor 1.7–2.8 s and 4.7–5.8 s), silence between.
    /// </summary>
    public static byte[] StereoCall(double seconds = 6.0, int sampleRate = 8000)
    {
        var frames = (int)(seconds * sampleRate);
        var pcm = new byte[frames * 4];
        (double From, double To, int Channel, double Hz)[] bursts = [(0.0, 1.5, 0, 220), (1.7, 2.8, 1, 140), (3.0, 4.5, 0, 240), (4.7, 5.8, 1, 130)];
        for (var i = 0; i < frames; i++)
        {
            var t = i / (double)sampleRate;
            foreach (var (from, to, channel, hz) in bursts)
            {
                if (t < from || t >= to)
                {
                    continue;
                }

                // 4 "syllables" a second: a raised-cosine envelope over the burst makes it speech-like for the VAD.
                var envelope = 0.5 - 0.5 * Math.Cos(2 * Math.PI * 4 * (t - from));
                var sample = envelope * 0.4 * (Math.Sin(2 * Math.PI * hz * t) + 0.5 * Math.Sin(2 * Math.PI * 2 * hz * t) + 0.25 * Math.Sin(2 * Math.PI * 3 * hz * t));
                BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 4 + channel * 2), (short)Math.Clamp(sample * 32767 * 0.6, short.MinValue, short.MaxValue));
            }
        }

        return Riff(pcm, channels: 2, sampleRate, bitsPerSample: 16);
    }

    /// <summary>A file that starts like a WAV but whose RIFF form type is 'WAVX' (the reader names byte 8).</summary>
    public static byte[] Broken()
    {
        var good = StereoCall(0.5);
        good[11] = (byte)'X';
        return good;
    }

    private static byte[] Riff(byte[] pcm, int channels, int sampleRate, int bitsPerSample)
    {
        var bytes = new byte[44 + pcm.Length];
        var s = bytes.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], 36 + pcm.Length);
        "WAVE"u8.CopyTo(s[8..]);
        "fmt "u8.CopyTo(s[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], (short)channels);
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], sampleRate * channels * bitsPerSample / 8);
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], (short)(channels * bitsPerSample / 8));
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], (short)bitsPerSample);
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], pcm.Length);
        pcm.CopyTo(s[44..]);
        return bytes;
    }
}
