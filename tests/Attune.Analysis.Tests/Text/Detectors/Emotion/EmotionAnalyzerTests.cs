using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Analysis.Tests.Text.Detectors.Emotion;

public class EmotionAnalyzerTests
{
    [Theory]
    [InlineData("You charged me twice and this is ridiculous!", "frustration")]
    [InlineData("This is the third time I've called about this.", "frustration")]
    [InlineData("I don't understand what this charge is for.", "confusion")]
    [InlineData("I'm confused about my bill", "confusion")]
    [InlineData("I'm really worried I won't be able to pay my rent.", "anxiety")]
    [InlineData("I am scared someone has hacked my account", "anxiety")]
    [InlineData("My husband passed away last month and I need to close his account.", "distress")]
    [InlineData("Thank you so much, that's a huge relief!", "relief")]
    [InlineData("Can you tell me my balance?", "neutral")]
    [InlineData("Okay, yes, that's correct.", "neutral")]
    [InlineData("No, that's not my address.", "neutral")]
    public void Analyze_CustomerText_Emotion(string text, string emotion) =>
        Assert.Equal(emotion, EmotionAnalyzer.Analyze(text).Emotion);

    [Theory]
    [InlineData("I'm not upset, I just want to know when it will be fixed.", "distress")]
    [InlineData("It's not that I don't understand, I just disagree.", "confusion")]
    [InlineData("I'm not worried about it.", "anxiety")]
    public void Analyze_NegatedCue_NotThatEmotion(string text, string notEmotion)
    {
        var r = EmotionAnalyzer.Analyze(text);
        Assert.NotEqual(notEmotion, r.Emotion);
        Assert.Contains(r.Cues, c => c.FromLexicon && c.Negated);
    }

    [Fact]
    public void Analyze_QuotedEmotion_Ignored()
    {
        Assert.Equal("frustration", EmotionAnalyzer.Analyze("I'm so frustrated and annoyed").Emotion);
        Assert.Equal("neutral", EmotionAnalyzer.Analyze("You wrote \"I'm so frustrated and annoyed\" in the notes.").Emotion);
    }

    [Fact]
    public void Analyze_Neutral_ZeroIntensity() => Assert.Equal(0, EmotionAnalyzer.Analyze("My postcode is AB1 2CD.").Intensity);

    [Fact]
    public void Analyze_Emphasis_RaisesIntensity()
    {
        var plain = EmotionAnalyzer.Analyze("I am annoyed with this service");
        var loud = EmotionAnalyzer.Analyze("I am ANNOYED with this service!!!");
        Assert.Equal("frustration", plain.Emotion);
        Assert.True(loud.Intensity > plain.Intensity);
        Assert.InRange(loud.Intensity, 0, 1);
    }

    [Fact]
    public void Analyze_LexiconCue_IsEvidenceFirst()
    {
        var r = EmotionAnalyzer.Analyze("I was double charged again");
        Assert.True(r.Cues[0].FromLexicon);
        Assert.Equal("anger", r.Cues[0].ModelClass);
    }

    [Fact]
    public void Analyze_EmptyText_Neutral() => Assert.Equal("neutral", EmotionAnalyzer.Analyze("").Emotion);

    [Fact]
    public void ModelClasses_AreTheNineTrainingClassesPlusStances() =>
        Assert.Equal(["anger", "disapproval", "disgust", "fear", "joy", "approval", "sadness", "surprise", "curiosity", "confusion", "neutral"],
            EmotionAnalyzer.ModelClasses);
}
