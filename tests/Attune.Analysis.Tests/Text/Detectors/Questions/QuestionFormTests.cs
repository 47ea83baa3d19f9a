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
    [InlineData("Is there anything else I can help with?", "closed")]
    [InlineData("Is there anything else that I can do for you today?", "closed")]
    [InlineData("Anything else we can help you with?", "closed")]
    [InlineData("Which router do you have?", "closed")]
    [InlineData("Which day suits you best?", "closed")]
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
    // a number or a time asked by the wh-phrase is a single fact (closed); "how much" of degree and later wh-phrases are not
    [InlineData("How many drinks do you have in a week?", "closed")]
    [InlineData("What time do you usually get up?", "closed")]
    [InlineData("How much money do you spend on it?", "closed")]
    [InlineData("How much does it bother you?", "open")]
    [InlineData("How much of a problem is it for you?", "open")]
    [InlineData("What do you think about how much you drink?", "open")]
    // fused and restarted wh-words
    [InlineData("So, Liz, what's something you'd like to change?", "open")]
    [InlineData("And, what's more, the bill was wrong.", "none")]
    [InlineData("What's-how have you been feeling over the last month?", "open")]
    // offers, permission and the closing check are yes/no even when they mention ideas or questions
    [InlineData("Would you like some suggestions about that?", "closed")]
    [InlineData("Is it okay if I ask you some questions about your drinking?", "closed")]
    [InlineData("Do you have any other questions for me?", "closed")]
    [InlineData("Any other concerns?", "open")]
    // reported speech: only the quotative "be like", not comparisons, parentheticals, "that being said" or "me asking"
    [InlineData("It sounds like, um, your drinking has increased?", "closed")]
    [InlineData("She was like, do you want a refund?", "none")]
    [InlineData("So you're trying to, like you said, not take any risks?", "closed")]
    [InlineData("You said, you don't like the way it makes you feel?", "closed")]
    [InlineData("She said, you don't like it?", "none")]
    [InlineData("That being said, do you want to start today?", "closed")]
    [InlineData("If you don't mind me asking, what would you do differently?", "open")]
    [InlineData("How'd you say, how'd you think you looked?", "open")]
    [InlineData("Ten is like \"very confident\", where would you put yourself?", "open")]
    // indirect questions and prompts
    [InlineData("I'm just kind of wondering where you are with it.", "open")]
    [InlineData("I'm wondering about what might make it hard.", "open")]
    [InlineData("I'm really interested in what you think.", "open")]
    [InlineData("I'm not interested in what they say.", "none")]
    [InlineData("What I'm really interested in is how it all fits together.", "open")]
    [InlineData("I'd like to find out how it's been going since you got home.", "open")]
    [InlineData("I wanted to simply ask you how you feel about it?", "open")]
    [InlineData("I don't know what you think about all that?", "open")]
    [InlineData("I don't know what you think.", "none")]
    [InlineData("Remind me again why you want to stop.", "open")]
    [InlineData("Say a bit more about that.", "open")]
    [InlineData("I'd say more than ten.", "none")]
    [InlineData("I need you to tell me a little more about your smoking.", "open")]
    [InlineData("Would you mind filling me in about that?", "open")]
    [InlineData("Can you give me an example of a time it helped?", "open")]
    [InlineData("Tell me on a scale from one to ten how important it is.", "closed")]
    [InlineData("On a scale of one to ten where one is not at all what number would you give.", "closed")]
    // a yes/no question reformulated as a direct wh-question is the wh-question; a subordinate wh-clause is not
    [InlineData("Is it a smoke screen, what's your hunch?", "open")]
    [InlineData("Is that okay if I share a bit about, um, how I work?", "closed")]
    // proposals
    [InlineData("How about if I call you back tomorrow?", "closed")]
    [InlineData("How about if you tell me what happened?", "open")]
    public void Analyze_Sentence_ReadsOpenClosedOrNone(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("Can I ask, what do you like about it?", QuestionReason.WhQuestion)]
    [InlineData("It's cold, isn't it?", QuestionReason.Tag)]
    [InlineData("So you were charged twice?", QuestionReason.Declarative)]
    [InlineData("How many payments did you see?", QuestionReason.WhMeasure)]
    [InlineData("How about if I call you back tomorrow?", QuestionReason.Proposal)]
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

    [Theory]
    [InlineData("How many payments did you see?", true)]
    [InlineData("What's your postcode?", true)]
    [InlineData("Did you see two payments?", false)]
    [InlineData("How about if I call you back tomorrow?", false)]
    public void Analyze_WhForm_MarksWhQuestionsWhateverTheyAsk(string text, bool whForm)
    {
        var q = QuestionForm.Analyze(Tokenizer.Tokenize(text), 0);
        Assert.NotNull(q);
        Assert.Equal(whForm, q.Value.WhForm);
    }

    [Theory]
    [InlineData("Yeah?", "closed")]
    [InlineData("Okay, right?", "closed")]
    [InlineData("Yeah.", "none")]
    [InlineData("Really?", "none")]
    [InlineData("Yeah, what happened?", "none")]
    public void DetachedTag_LoneConfirmationParticle_IsATag(string text, string expected)
    {
        var q = QuestionForm.DetachedTag(Tokenizer.Tokenize(text), 0);
        Assert.Equal(expected, q?.Label ?? "none");
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
