namespace Attune.Analysis.Tests.Audio.Prosody;

/// <summary>Synthesised test signals (deterministic).</summary>
internal static class Synth
{
    public static float[] Sine(int sampleRate, double hz, double seconds, double amplitude = 0.5)
    {
        var x = new float[(int)(sampleRate * seconds)];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / sampleRate));
        }

        return x;
    }

    /// <summary>Harmonic tone with 1/k amplitudes; <paramref name="skipFundamental"/> removes harmonic 1 (a missing fundamental, like telephone speech).</summary>
    public static float[] Harmonic(int sampleRate, double hz, double seconds, int harmonics = 10, bool skipFundamental = false, double amplitude = 0.3)
    {
        var x = new float[(int)(sampleRate * seconds)];
        for (var k = skipFundamental ? 2 : 1; k <= harmonics && k * hz < sampleRate / 2.0; k++)
        {
            for (var i = 0; i < x.Length; i++)
            {
                x[i] += (float)(amplitude / k * Math.Sin(2 * Math.PI * k * hz * i / sampleRate + k));
            }
        }

        return x;
    }

    public static float[] Noise(int sampleRate, double seconds, double amplitude = 0.3, int seed = 7)
    {
        var random = new Random(seed);
        var x = new float[(int)(sampleRate * seconds)];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (float)(amplitude * (random.NextDouble() * 2 - 1));
        }

        return x;
    }
}
