using Attune.Analysis.Text.Detectors.Sentiment;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Detectors.Sentiment;

public class SentimentAnalyzerTests
{
    private static double C(string text) => SentimentAnalyzer.Score(text).Compound;

    // Values that follow by hand from the paper's constants: good = 1.9 → 1.9/sqrt(1.9² + 15) = 0.4404;
    // "kind of" takes 0.293 off (1.607 → 0.3832); "isn't" two words back multiplies -2.5 by -0.74 (1.85 → 0.431).
    [Theory]
    [InlineData("The book was good.", 0.4404)]
    [InlineData("The book was kind of good.", 0.3832)]
    [InlineData("At least it isn't a horrible book.", 0.431)]
    [InlineData("It was not bad at all", 0.431)]
    public void Score_PublishedRules_ExactCompound(string text, double expected) =>
        Assert.Equal(expected, C(text), 3);

    [Theory]
    [InlineData("I'm happy with the service", "positive")]
    [InlineData("I'm not happy with the service", "negative")]
    [InlineData("This is not bad", "positive")]
    [InlineData("no problem, thanks", "positive")]
    [InlineData("there was no help at all", "negative")]
    [InlineData("The food was great but the service was awful", "negative")]
    [InlineData("That is the least helpful answer", "negative")]
    [InlineData("Nope, still clueless.", "negative")]
    [InlineData("I need to update my address", "neutral")]
    [InlineData("", "neutral")]
    [InlineData("Thanks so much :)", "positive")]
    [InlineData("Great :D", "positive")]
    public void Score_Sentence_Label(string text, string label) =>
        Assert.Equal(label, SentimentAnalyzer.Score(text).Label);

    [Fact]
    public void Score_Intensifier_RaisesMagnitude() => Assert.True(C("It was very good") > C("It was good"));

    [Fact]
    public void Score_Dampener_LowersMagnitude() => Assert.True(C("It was slightly good") < C("It was good"));

    [Fact]
    public void Score_IntensifierTwoWordsBack_CountsLess() =>
        Assert.True(C("It was very good") > C("very it was good") && C("very it was good") > C("It was good"));

    [Fact]
    public void Score_CapsInMixedText_Emphasises() => Assert.True(C("This is GOOD news") > C("This is good news"));

    [Fact]
    public void Score_AllCapsText_NoEmphasis() => Assert.Equal(C("this is good"), C("THIS IS GOOD"), 4);

    [Fact]
    public void Score_Exclamation_Amplifies() => Assert.True(C("Awful!!") < C("Awful"));

    [Fact]
    public void Score_ExclamationsBeyondFour_NoFurtherEffect() => Assert.Equal(C("good!!!!"), C("good!!!!!!!"), 4);

    [Fact]
    public void Score_SeveralQuestionMarks_Amplify() => Assert.True(C("Is that good??") > C("Is that good?"));

    [Fact]
    public void Score_NeverSo_Intensifies() => Assert.True(C("I have never been so happy") > C("I have been happy"));

    [Fact]
    public void Score_NegationDoesNotCrossFullStop() => Assert.Equal("positive", SentimentAnalyzer.Score("I did not. Great work").Label);

    [Fact]
    public void Score_WithoutDoubt_NotNegated() => Assert.Equal("positive", SentimentAnalyzer.Score("without doubt the best").Label);

    [Fact]
    public void Score_LexiconMultiWordEntry_Matched() => Assert.Equal("negative", SentimentAnalyzer.Score("I am fed up").Label);

    [Fact]
    public void Score_ButShiftsWeight_AfterCountsMore()
    {
        // positive before "but" is halved, negative after it is raised by half
        Assert.True(C("good but bad") < C("good and bad"));
        Assert.True(C("bad but good") > C("bad and good"));
    }

    [Theory]
    [InlineData("I was charged twice")]
    [InlineData("we were double charged")]
    [InlineData("my internet is still not working")]
    [InlineData("the router stopped working")]
    [InlineData("the parcel never arrived")]
    [InlineData("the app doesn't work")]
    [InlineData("I'm still waiting")]
    [InlineData("I've been on hold")]
    public void Score_ContactCentrePhrase_Negative(string text) =>
        Assert.Equal("negative", SentimentAnalyzer.Score(text).Label);

    // sentiment_phrases.lex.txt, one line per family
    [Theory]
    [InlineData("And then I ring up and get passed from pillar to post for forty minutes. I've had enough of the lot of you, honestly.")]
    [InlineData("I'm sick and tired of this.")]
    [InlineData("I was fobbed off again.")]
    [InlineData("This is an absolute joke.")]
    [InlineData("Every time I ring, nothing ever changes.")]
    [InlineData("Nobody told me that when I signed up.")]
    [InlineData("The engineer never turned up.")]
    [InlineData("It's the third time I've called.")]
    [InlineData("I already told you my address.")]
    [InlineData("Web pages take ages and the telly keeps buffering.")]
    [InlineData("My internet has been down since yesterday.")]
    [InlineData("I can't afford this.")]
    [InlineData("I just can't cope.")]
    [InlineData("She passed away last week.")]
    [InlineData("I don't understand this letter.")]
    [InlineData("Well, thanks for nothing.")]
    [InlineData("Latest version \U0001F621")]
    public void Score_ContactCentreComplaint_Negative(string text) =>
        Assert.Equal("negative", SentimentAnalyzer.Score(Tokenizer.Tokenize(text)).Label);

    [Theory]
    [InlineData("Okay. That's actually a weight off.")]
    [InlineData("You've made my day.")]
    [InlineData("Spot on.")]
    [InlineData("Great, that's all sorted then.")]
    [InlineData("The engineer went above and beyond.")]
    public void Score_ContactCentreRelief_Positive(string text) =>
        Assert.Equal("positive", SentimentAnalyzer.Score(Tokenizer.Tokenize(text)).Label);

    // Answer particles, address terms, names, requests, compounds and codes carry no opinion.
    [Theory]
    [InlineData("Yes, it's in my name.")]
    [InlineData("No, that's all.")]
    [InlineData("Okay. And there's a direct debit coming out of her account.")]
    [InlineData("Right. Well, at least you're admitting it.")]
    [InlineData("That's the old address, yes.")]
    [InlineData("But I don't have broadband, dear.")]
    [InlineData("Hi, can you help me with my bill?")]
    [InlineData("My mum's in a care home.")]
    [InlineData("It's LS6 2QT.")]
    [InlineData("Account number is [NUMBER].")]
    [InlineData("I'd like to check my bill, to be honest.")]
    [InlineData("Help!")]
    public void Score_DiscourseAndBusiness_Neutral(string text) =>
        Assert.Equal("neutral", SentimentAnalyzer.Score(Tokenizer.Tokenize(text)).Label);

    [Theory]
    [InlineData("Yes!")]
    [InlineData("Thanks, Grace.")]
    [InlineData("Thank you, love.")]
    public void Score_ExclaimedParticleOrThanksToName_StillPositive(string text) =>
        Assert.Equal("positive", SentimentAnalyzer.Score(Tokenizer.Tokenize(text)).Label);

    [Fact]
    public void Score_NameAfterThanks_NotScored()
    {
        // "Grace" is +1.8 in VADER; set off after "Thanks," it names the advisor.
        Assert.Equal(SentimentAnalyzer.Score("Thanks.").Compound, SentimentAnalyzer.Score("Thanks, Grace.").Compound);
    }

    [Fact]
    public void Score_NegatedPhrase_NotNegative() => Assert.NotEqual("negative", SentimentAnalyzer.Score("I never said I'd had enough").Label);

    [Fact]
    public void Score_QuotedComplaint_Neutral() =>
        Assert.Equal("neutral", SentimentAnalyzer.Score(Tokenizer.Tokenize("the note says \"customer had enough, fobbed off\"")).Label);

    [Fact]
    public void Score_NegatorBeforePhrase_Flips() => Assert.Equal("positive", SentimentAnalyzer.Score("I was not charged twice").Label);

    [Fact]
    public void Score_Shares_AddUpToOne()
    {
        var s = SentimentAnalyzer.Score("The staff were lovely but the wait was terrible.");
        Assert.Equal(1.0, s.Positive + s.Neutral + s.Negative, 2);
        Assert.True(s.Positive > 0 && s.Negative > 0);
    }

    [Fact]
    public void Score_QuotedWords_NeutralInTokenisedText()
    {
        const string text = "you said \"great service\" last time";
        Assert.Equal("positive", SentimentAnalyzer.Score(text).Label);
        Assert.Equal("neutral", SentimentAnalyzer.Score(Tokenizer.Tokenize(text)).Label);
    }

    [Fact]
    public void Score_LongText_UsesPooledBufferAndStaysInRange()
    {
        var text = string.Join(' ', Enumerable.Repeat("terrible awful service", 400));
        var s = SentimentAnalyzer.Score(text);
        Assert.InRange(s.Compound, -1, -0.99);
    }

    [Fact]
    public void Score_EmojiAgainstWord_BothCount()
    {
        const string text = "thanks\U0001F600";
        var (score, contributions) = SentimentAnalyzer.Explain(Tokenizer.Tokenize(text));
        Assert.Equal(2, contributions.Count);
        Assert.True(score.Compound > SentimentAnalyzer.Score("thanks").Compound);
    }

    [Theory]
    [InlineData("\U0001F60A", "positive")] // smiling face with smiling eyes
    [InlineData("\U0001F61E", "negative")] // disappointed face
    [InlineData("\u263A\uFE0F", "positive")] // smiling face with variation selector
    [InlineData("\U0001F44D\U0001F3FD", "neutral")] // thumbs up: no lexicon word in "thumbs up"
    public void Score_Emoji_ValenceFromDescription(string text, string label) =>
        Assert.Equal(label, SentimentAnalyzer.Score(text).Label);

    [Fact]
    public void Score_Url_Ignored() => Assert.Equal("neutral", SentimentAnalyzer.Score("see http://example.com/a-very-long-path/that-goes-on-and-on-and-on-for-a-while/index.html").Label);

    [Fact]
    public void Explain_NegatedWord_QuotesNegatorAndWord()
    {
        const string text = "I'm not happy at all.";
        var (score, contributions) = SentimentAnalyzer.Explain(Tokenizer.Tokenize(text));
        Assert.Equal("negative", score.Label);
        var c = Assert.Single(contributions);
        Assert.Equal("not happy", text.Substring(c.Start, c.Length));
        Assert.Equal("not", c.Modifier);
        Assert.True(c.Valence < 0);
    }

    [Fact]
    public void Explain_Phrase_SpansWholePhrase()
    {
        const string text = "They charged twice, ridiculous.";
        var (_, contributions) = SentimentAnalyzer.Explain(Tokenizer.Tokenize(text));
        Assert.Equal("charged twice", text.Substring(contributions[0].Start, contributions[0].Length));
        Assert.Equal("ridiculous", text.Substring(contributions[1].Start, contributions[1].Length));
    }
}
