using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>Reads a whole (test-sized) WAV through the product's <see cref="WavReader"/> into one array per channel.</summary>
public static class CallWav
{
    public static (float[] Left, float[] Right, AudioFormat Format) Read(string path)
    {
        using var stream = File.OpenRead(path);
        var opened = WavReader.Open(stream, path);
        Assert.True(opened.Success, opened.Error?.ToString());
        using var reader = opened.Value;
        var left = new List<float>();
        var right = new List<float>();
        var l = new float[4096];
        var r = new float[4096];
        int read;
        while ((read = reader.Read(l, r)) > 0)
        {
            left.AddRange(l.AsSpan(0, read));
            right.AddRange(r.AsSpan(0, read));
        }

        Assert.Null(reader.Truncation);
        return ([.. left], [.. right], reader.Format);
    }
}
