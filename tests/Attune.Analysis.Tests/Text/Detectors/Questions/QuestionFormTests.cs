using Attune.Analysis.Text.Detectors.Questions;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Detectors.Questions;

public class QuestionFormTests
{
    private static string Read(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        string result = "none";
        for (var s = 0; s < tokens.SentenceCount; s++)
        {
            if (QuestionForm.Analyze(tokens, s) is { } q)
            {
                result = q.Label;
            }
        }

        return result;
    }

    [Theory]
    // open: wh-questions, requests for an account, prompts
    [InlineData("What happened when you tried to log in?", "open")]
    [InlineData("How do you feel about that?", "open")]
    [InlineData("Why do you think it stopped working", "open")]
    [InlineData("Uh, first, um, I need to know, uh, how do you feel about sending it back?", "open")]
    [InlineData("What kind of router do you have", "open")]
    [InlineData("How about you?", "open")]
    [InlineData("Could you tell me what happened?", "open")]
    [InlineData("Can you walk me through what you did?", "open")]
    [InlineData("Tell me about the problem.", "open")]
    [InlineData("Describe what you see on the screen.", "open")]
    [InlineData("I wonder what made you call today.", "open")]
    [InlineData("So-so what's the definition, for you, of a good outcome?", "open")]
    [InlineData("Wh-what would help most right now?", "open")]
    [InlineData("Do you have any ideas about what might be causing it?", "open")]
    [InlineData("If I gave you a choice, what would you prefer?", "open")]
    [InlineData("So, from now until next time, what is it that you'd like to work on?", "open")]
    [InlineData("There, um, what brings you in today?", "open")]
    [InlineData("In what ways might your life be better?", "open")]
    [InlineData("How many teachers are at your school", "closed")]
    [InlineData("Sorry about that. How long ago", "closed")]
    [InlineData("Please tell me more about your story", "open")]
    [InlineData("Before you go, do you mind if I take a look?", "closed")]
    [InlineData("So talk to me a little bit more about what the doctor said.", "open")]
    [InlineData("If you can tell me a little bit about that.", "open")]
    [InlineData("So, wondering what that's about.", "open")]
    [InlineData("r u ok", "closed")]
    [InlineData("Let me ask if you are involved with a church", "closed")]
    [InlineData("What the engineer did was wrong.", "none")]
    [InlineData("What a mess.", "none")]
    [InlineData("So what had happened is that the painters had not prepared the surface.", "none")]
    [InlineData("But see, what we're doing is we're turning these kids off.", "none")]
    [InlineData("She said, now, do you all want him to go to college?", "none")]
    [InlineData("And I have often wondered if that would help.", "none")]
    [InlineData("You wonder how they ever got them to do it.", "none")]
    [InlineData("I was wondering if you could check the meter.", "closed")]
    [InlineData("What had happened?", "open")]
    [InlineData("How nice of you.", "none")]
    [InlineData("When the bill is late, we send a reminder.", "none")]
    [InlineData("Is there anything else you'd like to talk about?", "open")]
    [InlineData("Can you- can you tell me a little bit about your drinking?", "open")]
    // closed: yes/no, declarative, tags, alternatives, single facts
    [InlineData("Do you have the account number?", "closed")]
    [InlineData("Can I put you on hold for a moment?", "closed")]
    [InlineData("Is the router switched on", "closed")]
    [InlineData("Did you restart it.", "closed")]
    [InlineData("So you've already restarted it?", "closed")]
    [InlineData("It's working now, isn't it?", "closed")]
    [InlineData("That was last week, right?", "closed")]
    [InlineData("Lots of little funny spots, huh.", "closed")]
    [InlineData("Or would you rather pay by card?", "closed")]
    [InlineData("Do you want a refund or a replacement?", "closed")]
    [InlineData("I wonder if you could check the cable.", "closed")]
    [InlineData("I don't know if you've ever seen it.", "closed")]
    [InlineData("What's your postcode?", "closed")]
    [InlineData("How many times have you called us?", "closed")]
    [InlineData("How long has it been like this?", "closed")]
    [InlineData("Or what do you think?", "open")]
    [InlineData("Which of the two plans are you on?", "closed")]
    [InlineData("Account number?", "closed")]
    [InlineData("Could you tell me your account number?", "closed")]
    // not questions: statements, relatives, subordinate wh, imperatives, conditionals, rhetorical, repair, quotation
    [InlineData("What I mean is the bill is wrong.", "none")]
    [InlineData("When I called last week nobody answered.", "none")]
    [InlineData("Let's kick him out of Kuwait, which was our basic goal.", "none")]
    [InlineData("It seems like we have a lot of these, called P M Melody, who does a lot of writing.", "none")]
    [InlineData("Which is why I'm calling.", "none")]
    [InlineData("Do it now and it will work.", "none")]
    [InlineData("Have a look at the back of the router.", "none")]
    [InlineData("Should you need anything else, just call us.", "none")]
    [InlineData("I work two jobs and, uh, have my daughter.", "none")]
    [InlineData("So do I.", "none")]
    [InlineData("Who knows?", "none")]
    [InlineData("What can you do?", "none")]
    [InlineData("You know?", "none")]
    [InlineData("Pardon?", "none")]
    [InlineData("What?", "none")]
    [InlineData("He asked \"do you want a refund?\" and I said no.", "none")]
    [InlineData("Don't tell me what to do.", "none")]
    [InlineData("I don't know what to do.", "none")]
    [InlineData("It's on, uh, what is it, Channel Four.", "none")]
    [InlineData("The engineer will come on Tuesday.", "none")]
    public void Analyze_Sentence_ReadsOpenClosedOrNone(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("Can I ask, what do you like about it?", QuestionReason.WhQuestion)]
    [InlineData("It's cold, isn't it?", QuestionReason.Tag)]
    [InlineData("So you were charged twice?", QuestionReason.Declarative)]
    [InlineData("How many payments did you see?", QuestionReason.WhMeasure)]
    [InlineData("What's your account number?", QuestionReason.SingleFact)]
    [InlineData("Or do you want a refund?", QuestionReason.Alternative)]
    [InlineData("Could you describe the noise?", QuestionReason.OpenRequest)]
    public void Analyze_Sentence_GivesReason(string text, QuestionReason reason)
    {
        var tokens = Tokenizer.Tokenize(text);
        QuestionShape? last = null;
        for (var s = 0; s < tokens.SentenceCount; s++)
        {
            last = QuestionForm.Analyze(tokens, s) ?? last;
        }

        Assert.NotNull(last);
        Assert.Equal(reason, last.Value.Reason);
    }

    [Fact]
    public void Analyze_Evidence_StartsAtTheQuestionHead()
    {
        var tokens = Tokenizer.Tokenize("Well, uh, what did the engineer say?");
        var q = QuestionForm.Analyze(tokens, 0);
        Assert.NotNull(q);
        Assert.Equal("what", tokens.Tokens[q.Value.FirstToken].Norm);
        Assert.Equal("what did the", q.Value.Head);
    }

    [Theory]
    [InlineData("Is it working now?", true)]
    [InlineData("It stopped on Monday.", false)]
    [InlineData("It stopped. Can you fix it", true)]
    public void EndsWithQuestion_LastSentence(string text, bool expected) =>
        Assert.Equal(expected, QuestionForm.EndsWithQuestion(Tokenizer.Tokenize(text)));
}
