using System.Buffers.Binary;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// TEMPORARY, eval-only: a minimal RIFF/WAVE reader for 16-bit PCM (any channel count) used by the audio
/// eval suites until the real streaming decoder (Audio/Wav, issue 3 item 1) is merged — then replace every use
/// of this class with it and delete it. Reads the whole file; walks chunks (skips fact/LIST, odd-size padding).
/// </summary>
internal static class TemporaryPcm16WavReader
{
    /// <summary>Interleaved samples scaled to ±1.0, the sample rate and channel count.</summary>
    public static (float[] Samples, int SampleRate, int Channels) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || !bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException($"{path}: not a RIFF/WAVE file.");
        }

        int sampleRate = 0, channels = 0, bits = 0, format = 0;
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = bytes.AsSpan(offset, 4);
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4)), (uint)(bytes.Length - offset - 8));
            var body = bytes.AsSpan(offset + 8, size);
            if (id.SequenceEqual("fmt "u8) && size >= 16)
            {
                format = BinaryPrimitives.ReadUInt16LittleEndian(body);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                sampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format != 1 || bits != 16 || channels < 1)
                {
                    throw new InvalidDataException($"{path}: only 16-bit PCM is read here (format {format}, {bits} bits, {channels} channels).");
                }

                var count = size / 2 / channels * channels;
                var samples = new float[count];
                for (var i = 0; i < count; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(2 * i)..]) / 32768f;
                }

                return (samples, sampleRate, channels);
            }

            offset += 8 + size + (size & 1);
        }

        throw new InvalidDataException($"{path}: no data chunk.");
    }
}
