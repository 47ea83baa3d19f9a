using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;

namespace Attune.Analysis.Tests.Emotion;

public class ArousalEstimatorTests
{
    private static TurnVoice Voice(double hz, double dbfs, double rate, double seconds = 6, double range = 4) => new()
    {
        ActiveSeconds = seconds, VoicedSeconds = seconds / 2, PitchHz = hz, PitchRangeSemitones = range, LoudnessDbfs = dbfs, SyllablesPerSecond = rate,
    };

    [Fact]
    public void Estimate_SteadyCaller_StaysNearHalf()
    {
        var estimator = new ArousalEstimator();
        TurnVoice last = null!;
        for (var i = 0; i < 8; i++)
        {
            last = estimator.Estimate(Voice(180 + (i % 2), -25 + (i % 3) * 0.3, 4.0));
        }

        Assert.InRange(last.Arousal!.Value, 0.4, 0.6);
    }

    [Fact]
    public void Estimate_RaisedPitchAndLoudnessAfterBaseline_IsHigh()
    {
        var estimator = new ArousalEstimator();
        for (var i = 0; i < 6; i++)
        {
            estimator.Estimate(Voice(180, -26, 4.0));
        }

        var angry = estimator.Estimate(Voice(240, -16, 5.2, range: 7));
        Assert.True(angry.Arousal > 0.8, $"arousal {angry.Arousal}");
        Assert.True(angry.PitchZ > 2);
        Assert.True(angry.LoudnessZ > 2);
        Assert.Contains("loudness", ArousalEstimator.Cues(angry), StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_QuieterSlowerThanBaseline_IsCalm()
    {
        var estimator = new ArousalEstimator();
        for (var i = 0; i < 6; i++)
        {
            estimator.Estimate(Voice(200, -20, 5));
        }

        var calm = estimator.Estimate(Voice(170, -30, 3.5));
        Assert.True(calm.Arousal < 0.2, $"arousal {calm.Arousal}");
    }

    [Fact]
    public void Estimate_NaturallyLoudVoice_IsNotAroused()
    {
        // Compared with itself only: a loud, high voice from the start is this caller's normal.
        var estimator = new ArousalEstimator();
        TurnVoice last = null!;
        for (var i = 0; i < 6; i++)
        {
            last = estimator.Estimate(Voice(260, -12, 5.5));
        }

        Assert.InRange(last.Arousal!.Value, 0.4, 0.6);
    }

    [Fact]
    public void Estimate_NothingMeasurable_LeavesArousalNull()
    {
        var estimator = new ArousalEstimator();
        var voice = estimator.Estimate(new TurnVoice { ActiveSeconds = 0.1, LoudnessDbfs = -120 });
        Assert.Null(voice.Arousal);
    }
}
