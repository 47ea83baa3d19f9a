using Attune.Analysis.Text.Detectors.Emotion;
using Attune.Analysis.Text.Tokens;

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

    // Contact-centre cue families (emotion_cues.lex.txt): one line each, written for these tests.
    [Theory]
    [InlineData("No phone call, no text, nothing. I'm absolutely livid.")]
    [InlineData("I'm fuming about this.")]
    [InlineData("I've had enough of the lot of you, honestly.")]
    [InlineData("I'm fed up with chasing this.")]
    [InlineData("I'm sick and tired of ringing you.")]
    [InlineData("I keep getting passed from pillar to post.")]
    [InlineData("I feel like I'm being fobbed off again.")]
    [InlineData("This is an absolute joke.")]
    [InlineData("Honestly, this has been a complete waste of time.")]
    [InlineData("That's completely unacceptable.")]
    [InlineData("For the third time, the account is in my name.")]
    [InlineData("I'm still waiting for the refund you promised.")]
    [InlineData("Nobody called me back like they said they would.")]
    [InlineData("I already told you my postcode.")]
    [InlineData("How many times do I have to explain this?")]
    [InlineData("I want to make a formal complaint.")]
    [InlineData("I'm not best pleased, to be honest.")]
    [InlineData("Right. Well, thanks for nothing.")]
    [InlineData("Latest update \U0001F621\U0001F621")]
    public void Analyze_FrustrationCue_Frustration(string text) => Assert.Equal("frustration", EmotionAnalyzer.Analyze(text).Emotion);

    [Theory]
    [InlineData("I'm really worried about my account.")]
    [InlineData("I can't afford another charge like this.")]
    [InlineData("I think someone's been using my card.")]
    [InlineData("I'm scared someone has got into my bank.")]
    [InlineData("Sorry, my hands are literally shaking.")]
    [InlineData("Oh no, sorry! Is my money safe?")]
    [InlineData("Will I lose my deposit if I cancel?")]
    [InlineData("That's what's been keeping me up at night.")]
    [InlineData("I need to pay before I get cut off.")]
    public void Analyze_AnxietyCue_Anxiety(string text) => Assert.Equal("anxiety", EmotionAnalyzer.Analyze(text).Emotion);

    [Theory]
    [InlineData("My husband passed away last month.")]
    [InlineData("I need to close my mum's account. She passed away last week.")]
    [InlineData("I just can't cope with all this.")]
    [InlineData("I've been in tears all morning over this.")]
    [InlineData("I'm at my wits' end.")]
    [InlineData("Thank you. Sorry, I'm a bit all over the place today.")]
    public void Analyze_DistressCue_Distress(string text) => Assert.Equal("distress", EmotionAnalyzer.Analyze(text).Emotion);

    [Theory]
    [InlineData("I don't understand this bill at all.")]
    [InlineData("That makes no sense to me.")]
    [InlineData("Sorry, you've lost me there.")]
    [InlineData("Sorry, I'm really not following.")]
    [InlineData("Right. I don't really know what any of that means.")]
    [InlineData("What does that mean?")]
    public void Analyze_ConfusionCue_Confusion(string text) => Assert.Equal("confusion", EmotionAnalyzer.Analyze(text).Emotion);

    [Theory]
    [InlineData("Okay. That's actually a weight off.")]
    [InlineData("You're a lifesaver, honestly.")]
    [InlineData("Oh thank goodness for that.")]
    [InlineData("You've been so helpful.")]
    [InlineData("Would you? Oh, that's kind.")]
    [InlineData("You've made my day.")]
    public void Analyze_ReliefCue_Relief(string text) => Assert.Equal("relief", EmotionAnalyzer.Analyze(text).Emotion);

    // The business of a call reads as neutral, and so does a customer calming down.
    [Theory]
    [InlineData("Hi, I want to cancel my broadband please. I'm moving in with my partner next month.")]
    [InlineData("It's [PHONE]. I'm on my husband's phone.")]
    [InlineData("Her name's Susan and the postcode is NG7 1FE.")]
    [InlineData("Honestly, a lot better. I'm sorry I went off at you, it wasn't your fault.")]
    public void Analyze_BusinessOfTheCall_Neutral(string text) => Assert.Equal("neutral", EmotionAnalyzer.Analyze(text).Emotion);

    // Negated and quoted cues count for nothing (or against).
    [Theory]
    [InlineData("I'm not angry, I just want it sorted.", "frustration")]
    [InlineData("I wouldn't say I'm fed up with you.", "frustration")]
    [InlineData("I'm not confused, I know exactly what I was charged.", "confusion")]
    [InlineData("I'm not worried about the money.", "anxiety")]
    [InlineData("No worries at all.", "anxiety")]
    [InlineData("You wrote \"I'm absolutely livid\" in the notes.", "frustration")]
    [InlineData("My neighbour said 'this company is an absolute joke' but you've been fine.", "frustration")]
    [InlineData("The letter says \"we can't afford to keep the branch open\".", "anxiety")]
    [InlineData("My son said I'd be furious when I saw the bill, but it's fine.", "frustration")]
    [InlineData("Worried? No, just checking.", "anxiety")]
    public void Analyze_NegatedOrQuotedCue_NotThatEmotion(string text, string notEmotion) =>
        Assert.NotEqual(notEmotion, EmotionAnalyzer.Analyze(text).Emotion);

    // What follows "but" weighs more (VADER's contrast rule, applied to the cues).
    [Theory]
    [InlineData("The engineer was great, but the router still doesn't work.", "frustration")]
    [InlineData("Thanks, but I'm still furious about it.", "frustration")]
    [InlineData("It's NOT acceptable!!", "frustration")]
    public void Analyze_ContrastOrNegatedPraise_Emotion(string text, string emotion) =>
        Assert.Equal(emotion, EmotionAnalyzer.Analyze(text).Emotion);

    [Fact]
    public void Analyze_PlainTurnWithClearlyNegativeSentiment_MildNegativeEmotion()
    {
        var tokens = Tokenizer.Tokenize("The parcel arrived at the depot on Monday.");
        Assert.Equal("neutral", EmotionAnalyzer.Analyze(tokens, 0).Emotion);
        var negative = EmotionAnalyzer.Analyze(tokens, -0.8);
        Assert.NotEqual("neutral", negative.Emotion);
        Assert.NotEqual("relief", negative.Emotion);
        Assert.True(negative.FromSentiment);
        Assert.InRange(negative.Intensity, 0.2, 0.6);
    }

    [Fact]
    public void Analyze_BusinessTurnWithNegativeSentiment_StaysNeutral() =>
        Assert.Equal("neutral", EmotionAnalyzer.Analyze(Tokenizer.Tokenize("I want to cancel my contract."), -0.8).Emotion);

    [Fact]
    public void Analyze_IntensifiedCue_StrongerThanSoftened()
    {
        var livid = EmotionAnalyzer.Analyze("I'm absolutely livid.");
        var bit = EmotionAnalyzer.Analyze("I'm a bit annoyed.");
        Assert.Equal("frustration", livid.Emotion);
        Assert.Equal("frustration", bit.Emotion);
        Assert.True(livid.Intensity >= 0.8, $"livid {livid.Intensity}");
        Assert.True(bit.Intensity < livid.Intensity, $"a bit annoyed {bit.Intensity}");
        Assert.InRange(livid.Intensity, 0, 1);
    }

    [Fact]
    public void Analyze_LongestCueWins_SarcasticThanksIsNotGratitude()
    {
        var r = EmotionAnalyzer.Analyze("Well, thanks for nothing.");
        Assert.Equal("frustration", r.Emotion);
        Assert.Equal(3, r.Cues[0].EndToken - r.Cues[0].FirstToken); // "thanks for nothing", not "thanks"
    }

    [Fact]
    public void Analyze_EmojiCue_IsEvidence()
    {
        var r = EmotionAnalyzer.Analyze("sort your battery out \U0001F621");
        Assert.Equal("frustration", r.Emotion);
        Assert.Contains(r.Cues, c => c.FromLexicon && c.ModelClass == "anger" && c.FirstToken == 4);
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
