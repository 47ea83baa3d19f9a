using Attune.Analysis.Text.Detectors.EmptyEmpathy;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Detectors.EmptyEmpathy;

public class NextStepLexiconTests
{
    [Theory]
    [InlineData("I'll refund the charge today.", true)]
    [InlineData("Let me check that for you.", true)]
    [InlineData("We will send a new router.", true)]
    [InlineData("The next step is a line test.", true)]
    [InlineData("I've just sent the form.", true)]
    [InlineData("Restart the router and wait two minutes.", true)]
    [InlineData("You'll receive an email by Friday.", true)]
    [InlineData("Shall I book that in?", true)]
    [InlineData("Don't worry, I'll go through it with you slowly.", true)]
    [InlineData("I'll walk you through the settings.", true)]
    [InlineData("But to be safe, what I'd suggest is ringing your bank tonight.", true)]
    [InlineData("I can't go through that on chat.", false)]
    [InlineData("I can't check that from here.", false)]
    [InlineData("I won't be able to refund it.", false)]
    [InlineData("That sounds really frustrating.", false)]
    [InlineData("You said 'I'll call you back' last week.", false)]
    [InlineData("The engineer said he would restart it.", false)]
    public void Find_Sentence_RecognisesNextStep(string text, bool expected) =>
        Assert.Equal(expected, NextStepLexicon.Find(Tokenizer.Tokenize(text)) is not null);
}
