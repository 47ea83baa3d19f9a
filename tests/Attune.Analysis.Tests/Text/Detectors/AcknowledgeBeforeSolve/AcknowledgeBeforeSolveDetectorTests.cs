using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.AcknowledgeBeforeSolve;
using Attune.Analysis.Text.Detectors.Apology;
using Attune.Analysis.Text.Detectors.Backchannel;
using Attune.Analysis.Text.Detectors.Empathy;

namespace Attune.Analysis.Tests.Text.Detectors.AcknowledgeBeforeSolve;

public class AcknowledgeBeforeSolveDetectorTests
{
    private static Detector[] Detectors()
    {
        var o = AnalysisOptions.Default;
        // "Right, let's get this sorted" stands in for the reassurance detector
        return
        [
            MarkerDetector.Angry(), new MarkerDetector(Party.Advisor, "let's get this sorted", Signals.ReassuranceIntent),
            new BackchannelDetector(o), new ApologyDetector(o), new EmpathyDetector(o), new AcknowledgeBeforeSolveDetector(o),
        ];
    }

    private static List<Finding> Judged(params string[] lines) => TurnScript.Run(Detectors(), lines).Of(Signals.AcknowledgeBeforeSolve);

    [Theory]
    [InlineData("That sounds really frustrating. Let me check the account.")]
    [InlineData("Okay. I'm so sorry to hear that. Let me check.")] // a short opener is skipped over
    [InlineData("Oh no! I'll look at it now.")]
    [InlineData("I'm so sorry we charged you twice, I'll refund it.")]
    [InlineData("Let's get this sorted for you. Can I take your name?")] // reassurance
    public void OnTurn_OpensWithAcknowledgement_Acknowledged(string reply)
    {
        var f = Assert.Single(Judged("C: I'm angry, you charged me twice.", "A: " + reply));
        Assert.Equal(AcknowledgeBeforeSolveDetector.Acknowledged, f.Label);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Equal(0, f.RelatedTurn);
    }

    [Theory]
    [InlineData("Can I take your account number? I'm sorry to hear that.")]
    [InlineData("The refund takes five days. That sounds frustrating though.")]
    [InlineData("What happened?")] // asking is not acknowledging
    [InlineData("Sorry for the wait, let me check.")] // a courtesy is not an acknowledgement
    [InlineData("Ok. Account number?")]
    public void OnTurn_FixFirst_Skipped(string reply)
    {
        var f = Assert.Single(Judged("C: I'm angry, you charged me twice.", "A: " + reply));
        Assert.Equal(AcknowledgeBeforeSolveDetector.Skipped, f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.NotNull(f.Suggestion);
    }

    [Fact]
    public void OnTurn_SkippedEvidence_IsTheOpeningSentence()
    {
        var f = Assert.Single(Judged("C: I'm angry.", "A: Okay. Can I take your account number? Sorry about that."));
        Assert.Equal("Can I take your account number?", f.Quote);
    }

    [Fact]
    public void OnTurn_CalmCustomer_NotJudged() =>
        Assert.Empty(Judged("C: Can I change my address?", "A: Can I take your account number?"));

    [Theory]
    [InlineData("Hi Marcus, thanks for getting in touch. Can I take your account number?", "skipped", "Can I take your account number?")]
    [InlineData("Hi Marcus, thanks for getting in touch. That sounds really frustrating.", "acknowledged", "That sounds really frustrating")]
    [InlineData("Thank you, David. Can I take your account number?", "skipped", "Can I take your account number?")]
    [InlineData("Thanks for waiting, I've looked at your account and the refund failed.", "skipped", "Thanks for waiting, I've looked at your account and the refund failed.")]
    public void OnTurn_GreetingFirst_JudgesTheSentenceAfterIt(string reply, string label, string quote)
    {
        var f = Assert.Single(Judged("C: I'm angry, you charged me twice.", "A: " + reply));
        Assert.Equal(label, f.Label);
        Assert.Equal(quote, f.Quote);
    }

    [Fact]
    public void OnTurn_BackchannelWhileCustomerVents_JudgesTheNextReply()
    {
        var f = Assert.Single(Judged("C: I'm angry, nobody turned up.", "A: Mm.", "C: And nobody rang me either.", "A: That sounds really frustrating."));
        Assert.Equal(AcknowledgeBeforeSolveDetector.Acknowledged, f.Label);
        Assert.Equal(3, f.Turn);
    }

    [Fact]
    public void OnTurn_BotAnsweredTheCustomer_AdvisorNotJudged()
    {
        var conversation = new Conversation
        {
            Turns =
            [
                new Turn { Party = Party.Customer, Text = "I'm angry, my phone never arrived." },
                new Turn { Party = Party.Bot, Text = "I'm sorry your order hasn't arrived. I'll pass you to the team." },
                new Turn { Party = Party.Advisor, Text = "Hi, I'm Jess. How can I help you today?" },
            ],
        };
        Assert.Empty(Analyzer.Analyze(conversation, AnalysisOptions.Default, Detectors()).Findings.Of(Signals.AcknowledgeBeforeSolve));
    }

    [Fact]
    public void OnTurn_OnlyFirstReplyJudged() =>
        Assert.Single(Judged("C: I'm angry.", "A: Can I take your name?", "C: Jo.", "A: That sounds really frustrating."));
}
