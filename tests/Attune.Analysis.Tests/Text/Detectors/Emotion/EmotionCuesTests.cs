using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Analysis.Tests.Text.Detectors.Emotion;

public class EmotionCuesTests
{
    [Fact]
    public void Expand_MultiWordAlternatives_OnePhraseEach() =>
        Assert.Equal(["fed up now", "sick of it now"], EmotionCues.Expand("(fed up|sick of it) now"));

    [Fact]
    public void Expand_SingleWordAlternatives_LeftToTheMatcher() =>
        Assert.Equal(["(charged|billed) twice"], EmotionCues.Expand("(charged|billed) twice"));

    [Fact]
    public void Matcher_LexiconCompiles_WithPhrases() => Assert.True(EmotionCues.Matcher.Phrases.Count > 200);

    [Theory]
    [InlineData("\U0001F621", "anger")] // pouting face
    [InlineData("\U0001F62D", "sadness")] // loudly crying face
    [InlineData("\U0001F631", "fear")] // face screaming in fear
    [InlineData("\U0001F64F", "joy")] // folded hands
    public void TryGetEmoji_EmojiLine_ClassOfTheModel(string emoji, string modelClass)
    {
        Assert.True(EmotionCues.TryGetEmoji(emoji, out var c, out var w));
        Assert.Equal(modelClass, EmotionAnalyzer.ModelClasses[c]);
        Assert.True(w > 0);
    }

    [Fact]
    public void TryGetEmoji_Word_NotAnEmojiCue() => Assert.False(EmotionCues.TryGetEmoji("livid", out _, out _));
}
