using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>How a span of a channel sounded: level, pitch and rate from the channel's <see cref="ProsodyTrack"/>.</summary>
public static class TurnVoiceMeter
{
    /// <summary>Syllables per English word in conversation (about 1.4–1.5; 1.5 is the usual conversion).</summary>
    public const double SyllablesPerWord = 1.5;

    /// <summary>Voiced frames needed before pitch level and range are reported (0.3 s).</summary>
    public const int MinVoicedFrames = 30;

    /// <summary>Active frames needed before a syllable rate is reported (0.5 s).</summary>
    public const int MinActiveFrames = 50;

    /// <summary>The level (0–100) score: -60 dBFS → 0, -10 dBFS → 100, linear in dB between.</summary>
    public static int LoudnessScore(double dbfs) => (int)Math.Round(Math.Clamp((dbfs + 60) * 2, 0, 100));

    /// <summary>
    /// Measures [<paramref name="start"/>, <paramref name="end"/>) seconds. Words per minute come from the word timings when
    /// there are some, else from <paramref name="wordCount"/> (a transcript's words) over the span, else from syllables.
    /// </summary>
    public static TurnVoice Measure(ProsodyTrack track, double start, double end, IReadOnlyList<Word>? words = null, int wordCount = 0, double frameSeconds = 0.010)
    {
        ArgumentNullException.ThrowIfNull(track);
        var sum = track.Sum(start, end);
        double? pitchHz = null;
        double? range = null;
        if (sum.VoicedFrames >= MinVoicedFrames)
        {
            var mean = sum.SumSemitones / sum.VoicedFrames;
            var variance = Math.Max(0, sum.SumSemitonesSquared / sum.VoicedFrames - mean * mean);
            pitchHz = ProsodyBucket.Hz(mean);
            range = 2.56 * Math.Sqrt(variance);
        }

        var level = sum.ActiveFrames > 0 ? 10 * Math.Log10(sum.SumActivePower / sum.ActiveFrames) : FrameLevel.FloorDbfs;
        var activeSeconds = sum.ActiveFrames * frameSeconds;
        double? syllables = sum.ActiveFrames >= MinActiveFrames ? sum.Nuclei / activeSeconds : null;
        double? wpm = syllables * 60 / SyllablesPerWord;
        var fromWords = false;
        if (words is { Count: >= 3 })
        {
            var spoken = words[^1].End - words[0].Start;
            if (spoken > 0.5)
            {
                wpm = words.Count * 60 / spoken;
                fromWords = true;
            }
        }
        else if (wordCount >= 3 && end - start > 1.0)
        {
            // A transcript without word timings: its words over the turn's span.
            wpm = wordCount * 60 / (end - start);
            fromWords = true;
        }

        return new TurnVoice
        {
            ActiveSeconds = activeSeconds,
            VoicedSeconds = sum.VoicedFrames * frameSeconds,
            PitchHz = pitchHz,
            PitchRangeSemitones = range,
            LoudnessDbfs = level,
            LoudnessScore = LoudnessScore(level),
            SyllablesPerSecond = syllables,
            WordsPerMinute = wpm,
            RateFromWords = fromWords,
        };
    }
}
