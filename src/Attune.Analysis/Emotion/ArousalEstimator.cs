using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Emotion;

/// <summary>
/// Customer arousal per turn (BEHAVIOURS.md <c>customer.arousal</c>): pitch level, pitch range, loudness and speaking
/// rate as z-scores against the same caller's own baseline — the first 30 s of their speech, then the running median of
/// their earlier turns — combined into 0..1 (0.5 = as the caller usually sounds). A voice is only compared with itself:
/// a naturally loud or high voice is not "aroused". Online: turns are given in time order, customers only (PRODUCT.md:
/// emotion is never inferred for advisors, so this type is never used on their turns).
/// Features raised together with loudness and pitch are the classic correlates of high-arousal emotion (anger, fear,
/// joy) in speech (Scherer 2003, "Vocal communication of emotion", Speech Communication 40; Juslin &amp; Laukka 2003).
/// </summary>
public sealed class ArousalEstimator
{
    /// <summary>Seconds of the caller's speech that form the initial baseline.</summary>
    public const double BaselineSeconds = 30;

    // Smallest spread used for a z-score, per feature, so that a caller who has been very even so far does not turn
    // a small change into a huge z: 1.5 semitones of level or range, 3 dB of loudness, 0.6 syllables per second.
    private static readonly Feature[] Features =
    [
        new("pitch", 0.35, 1.5),
        new("pitch range", 0.15, 1.5),
        new("loudness", 0.35, 3.0),
        new("rate", 0.15, 0.6),
    ];

    private readonly List<double>[] _history = [[], [], [], []];
    private readonly double[] _baselineSum = new double[4];
    private readonly double[] _baselineWeight = new double[4];
    private double _baselineSeconds;

    /// <summary>Adds the customer's next turn and returns its voice with z-scores and arousal (null when nothing was measurable).</summary>
    public TurnVoice Estimate(TurnVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        var values = new double?[]
        {
            voice.PitchHz is { } hz ? ProsodyBucket.Semitones(hz) : null,
            voice.PitchRangeSemitones,
            voice.ActiveSeconds >= 0.2 ? voice.LoudnessDbfs : null,
            voice.SyllablesPerSecond,
        };

        var inBaseline = _baselineSeconds < BaselineSeconds;
        var z = new double?[4];
        for (var i = 0; i < 4; i++)
        {
            if (values[i] is not { } x)
            {
                continue;
            }

            if (inBaseline)
            {
                _baselineSum[i] += x * voice.ActiveSeconds;
                _baselineWeight[i] += voice.ActiveSeconds;
            }

            var history = _history[i];
            var centre = inBaseline || history.Count == 0
                ? (_baselineWeight[i] > 0 ? _baselineSum[i] / _baselineWeight[i] : x)
                : Median(history);
            var spread = history.Count >= 3 ? Math.Max(Features[i].MinSpread, 1.4826 * Mad(history)) : Features[i].MinSpread;
            z[i] = Math.Clamp((x - centre) / spread, -4, 4);
            history.Add(x);
        }

        _baselineSeconds += voice.ActiveSeconds;
        double weighted = 0, weights = 0;
        for (var i = 0; i < 4; i++)
        {
            if (z[i] is { } zi)
            {
                weighted += Features[i].Weight * zi;
                weights += Features[i].Weight;
            }
        }

        // Loudness or pitch must be measurable: rate alone says little about arousal.
        if (z[0] is null && z[2] is null)
        {
            return voice;
        }

        var score = weighted / weights;
        var arousal = 1 / (1 + Math.Exp(-1.6 * score));
        return voice with
        {
            Arousal = Math.Round(arousal, 3),
            PitchZ = Round(z[0]),
            RangeZ = Round(z[1]),
            LoudnessZ = Round(z[2]),
            RateZ = Round(z[3]),
        };
    }

    /// <summary>"pitch +2.1σ, loudness +1.4σ": the cues that moved arousal, strongest first (|z| ≥ 0.75).</summary>
    public static string Cues(TurnVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        var cues = new List<(string Name, double Z)>();
        Add(cues, "pitch", voice.PitchZ);
        Add(cues, "pitch range", voice.RangeZ);
        Add(cues, "loudness", voice.LoudnessZ);
        Add(cues, "speaking rate", voice.RateZ);
        cues.Sort((a, b) => Math.Abs(b.Z).CompareTo(Math.Abs(a.Z)));
        return string.Join(", ", cues.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Name} {c.Z:+0.0;-0.0}σ")));
    }

    private static void Add(List<(string, double)> cues, string name, double? z)
    {
        if (z is { } v && Math.Abs(v) >= 0.75)
        {
            cues.Add((name, v));
        }
    }

    private static double? Round(double? z) => z is { } v ? Math.Round(v, 2) : null;

    private static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double Mad(List<double> values)
    {
        var median = Median(values);
        var deviations = new List<double>(values.Count);
        foreach (var v in values)
        {
            deviations.Add(Math.Abs(v - median));
        }

        return Median(deviations);
    }

    private readonly record struct Feature(string Name, double Weight, double MinSpread);
}
