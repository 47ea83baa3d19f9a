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
    public void Matcher_LexiconCompiles_WithPhrases() => Assert.True(EmotionCues.Matcher.Phrases.Count > 40);
}
