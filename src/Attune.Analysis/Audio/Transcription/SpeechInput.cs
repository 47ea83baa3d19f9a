using Attune.Analysis.Audio.Resampling;
using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Audio.Transcription;

/// <summary>
/// Turns a recording into what <see cref="ISpeechTranscriber"/> takes: 16 kHz mono float per channel. Contact-centre
/// stereo keeps its channels apart (usually one party each), so each is resampled and transcribed on its own.
/// </summary>
public static class SpeechInput
{
    /// <summary>The rate speech recognisers (Whisper) expect.</summary>
    public const int SampleRate = 16_000;

    /// <summary>Read the rest of <paramref name="reader"/>, one 16 kHz array per channel (mono: one, stereo: two).</summary>
    public static float[][] ReadChannels(WavReader reader, ResamplerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var channels = reader.Channels == 1 ? 1 : 2;
        // Already at 16 kHz: pass through rather than low-pass the top of the band for nothing.
        var resamplers = new Resampler?[channels];
        var outputs = new List<float>[channels];
        var expected = reader.TotalFrames is long frames ? (int)Math.Min(int.MaxValue, frames * SampleRate / reader.SampleRate + 16) : 1 << 16;
        for (var c = 0; c < channels; c++)
        {
            resamplers[c] = reader.SampleRate == SampleRate ? null : new Resampler(reader.SampleRate, SampleRate, options);
            outputs[c] = new List<float>(expected);
        }

        var left = new float[8192];
        var right = channels == 2 ? new float[8192] : [];
        int read;
        while ((read = reader.Read(left, right)) > 0)
        {
            Add(resamplers[0], left.AsSpan(0, read), outputs[0]);
            if (channels == 2)
            {
                Add(resamplers[1], right.AsSpan(0, read), outputs[1]);
            }
        }

        var result = new float[channels][];
        for (var c = 0; c < channels; c++)
        {
            resamplers[c]?.Flush(outputs[c]);
            result[c] = [.. outputs[c]];
        }

        return result;
    }

    private static void Add(Resampler? resampler, ReadOnlySpan<float> samples, List<float> output)
    {
        if (resampler is not null)
        {
            resampler.Process(samples, output);
            return;
        }

        foreach (var s in samples)
        {
            output.Add(s);
        }
    }
}
