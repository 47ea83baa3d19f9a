using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Tests.TestKit;

// Not Attune.Analysis.Tests.Live.Calls: a "Tests.Live" namespace would shadow the relative "Live.AnalysisSession"
// used elsewhere in the test project (see LiveTelephony).
namespace Attune.Analysis.Tests.LiveCalls;

/// <summary>A two-channel WAV read whole into customer (left) and advisor (right) samples, to be replayed as a live stream.</summary>
internal sealed record CallAudioFile(AudioFormat Format, float[] Customer, float[] Advisor)
{
    public static CallAudioFile Read(string path)
    {
        var (left, right, format) = CallWav.Read(path);
        return new CallAudioFile(format, left, right);
    }

    public int Length => Customer.Length;

    public double Seconds => (double)Length / Format.SampleRate;

    /// <summary>Blocks of <paramref name="size"/> samples (the last may be shorter), as a telephony stream delivers them.</summary>
    public IEnumerable<(int Offset, int Count)> Blocks(int size)
    {
        for (var offset = 0; offset < Length; offset += size)
        {
            yield return (offset, Math.Min(size, Length - offset));
        }
    }
}
