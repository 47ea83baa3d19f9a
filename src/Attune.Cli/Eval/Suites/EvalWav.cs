using Attune.Analysis.Audio.Wav;

namespace Attune.Cli.Eval.Suites;

/// <summary>
/// Reads a whole evaluation WAV (a few seconds each) through the product's streaming reader
/// (<see cref="WavReader"/>) into interleaved samples, as the meters and trackers take them.
/// A file the reader refuses is invalid data for the suite, reported with the reader's message.
/// </summary>
internal static class EvalWav
{
    /// <summary>Interleaved samples scaled to ±1.0, the sample rate and channel count.</summary>
    public static (float[] Samples, int SampleRate, int Channels) Read(string path)
    {
        using var stream = File.OpenRead(path);
        var opened = WavReader.Open(stream, path);
        if (!opened.Success)
        {
            throw new InvalidDataException(opened.Error.ToString());
        }

        using var reader = opened.Value;
        var channels = reader.Channels;
        var left = new float[4096];
        var right = new float[4096];
        var samples = new List<float>(reader.TotalFrames is long n ? (int)Math.Min(n * channels, int.MaxValue) : 1 << 16);
        int read;
        while ((read = reader.Read(left, channels == 2 ? right : Span<float>.Empty)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                samples.Add(left[i]);
                if (channels == 2)
                {
                    samples.Add(right[i]);
                }
            }
        }

        if (reader.Truncation is not null)
        {
            throw new InvalidDataException(reader.Truncation.ToString());
        }

        return ([.. samples], reader.SampleRate, channels);
    }
}
