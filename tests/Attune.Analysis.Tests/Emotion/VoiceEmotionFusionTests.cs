using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;

namespace Attune.Analysis.Tests.Emotion;

public class VoiceEmotionFusionTests
{
    private static TurnVoice Aroused(double arousal, double z = 2) => new() { Arousal = arousal, PitchZ = z, LoudnessZ = z };

    [Fact]
    public void Fuse_FrustrationWithRaisedVoice_RaisesIntensityAndNamesCues()
    {
        var (emotion, intensity, note) = VoiceEmotionFusion.Fuse("frustration", 0.5, Aroused(0.9));
        Assert.Equal("frustration", emotion);
        Assert.True(intensity > 0.6);
        Assert.Contains("pitch +2.0σ", note, StringComparison.Ordinal);
        Assert.Contains("raised it from 0.50", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_FrustrationWithCalmVoice_LowersIntensity()
    {
        var (_, intensity, note) = VoiceEmotionFusion.Fuse("frustration", 0.5, Aroused(0.2, -1.5));
        Assert.True(intensity < 0.5);
        Assert.Contains("lowered", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_NeutralWordsHighArousal_ReadsFrustrationFromVoice()
    {
        var (emotion, intensity, note) = VoiceEmotionFusion.Fuse("neutral", 0, Aroused(0.9));
        Assert.Equal("frustration", emotion);
        Assert.InRange(intensity, 0.3, 0.6);
        Assert.Contains("the words alone read as neutral", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_NeutralWordsUsualVoice_StaysNeutral()
    {
        var (emotion, _, _) = VoiceEmotionFusion.Fuse("neutral", 0, Aroused(0.55, 0.2));
        Assert.Equal("neutral", emotion);
    }

    [Fact]
    public void Fuse_ReliefWithExcitedVoice_StaysRelief()
    {
        var (emotion, intensity, _) = VoiceEmotionFusion.Fuse("relief", 0.6, Aroused(0.95));
        Assert.Equal("relief", emotion);
        Assert.Equal(0.6, intensity);
    }

    [Fact]
    public void FromVoiceOnly_LowArousal_IsNeutral()
    {
        var (emotion, intensity, detail) = VoiceEmotionFusion.FromVoiceOnly(Aroused(0.4, 0));
        Assert.Equal("neutral", emotion);
        Assert.Equal(0, intensity);
        Assert.Contains("no transcript", detail, StringComparison.Ordinal);
    }
}
