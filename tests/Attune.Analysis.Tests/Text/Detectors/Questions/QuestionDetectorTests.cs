using Attune.Analysis.Findings;
using Attune.Analysis.Tests.Text.Detectors.Backchannel;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.Backchannel;
using Attune.Analysis.Text.Detectors.Questions;

namespace Attune.Analysis.Tests.Text.Detectors.Questions;

public class QuestionDetectorTests
{
    private static List<Finding> Questions(string script, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var detectors = new Detector[] { new BackchannelDetector(options), new QuestionDetector(options) };
        var session = new Attune.Analysis.Live.AnalysisSession(null, Attune.Analysis.Conversations.Channel.Voice, options, null, detectors);
        foreach (var line in script.Split('|'))
        {
            var party = line.StartsWith("C:", StringComparison.Ordinal) ? Attune.Analysis.Conversations.Party.Customer : Attune.Analysis.Conversations.Party.Advisor;
            session.AddTurn(new Attune.Analysis.Conversations.Turn { Party = party, Text = line[2..].Trim() });
        }

        return session.Complete().Findings.Where(f => f.Signal is Signals.QuestionOpen or Signals.QuestionClosed).ToList();
    }

    [Theory]
    [InlineData("C: My bill is wrong.|A: What happened?", Signals.QuestionOpen, "open")]
    [InlineData("C: My bill is wrong.|A: Did you get a letter?", Signals.QuestionClosed, "closed")]
    public void OnTurn_AdvisorQuestion_IsFoundWithLabel(string script, string signal, string label)
    {
        var f = Assert.Single(Questions(script));
        Assert.Equal(signal, f.Signal);
        Assert.Equal(label, f.Label);
        Assert.Equal(Polarity.Info, f.Polarity);
    }

    [Fact]
    public void OnTurn_CustomerQuestions_AreNotCounted() =>
        Assert.Empty(Questions("C: Can you help me? What do I do now?|A: Let me look."));

    [Fact]
    public void OnTurn_BackchannelQuestion_IsNotAQuestion() =>
        Assert.Empty(Questions("C: I've been a customer for twelve years.|A: Oh, really?"));

    [Fact]
    public void OnTurn_ConfirmationAfterOwnStatement_IsATagQuestion()
    {
        var f = Assert.Single(Questions("C: I drink when I'm stressed and when I'm bored.|A: So you've got both of those going on. Yeah?"));
        Assert.Equal(Signals.QuestionClosed, f.Signal);
        Assert.Equal("Yeah?", f.Quote);
    }

    [Fact]
    public void OnTurn_ConfirmationAfterCustomer_IsNotAQuestion() =>
        Assert.Empty(Questions("C: I quit smoking last week.|A: Yeah?"));

    [Theory]
    [InlineData(false, Signals.QuestionClosed)]
    [InlineData(true, Signals.QuestionOpen)]
    public void OnTurn_SingleFactWhQuestion_OpenOnlyByFormOption(bool byForm, string signal)
    {
        var f = Assert.Single(Questions("C: I called about my bill.|A: How many times have you called us?", new AnalysisOptions { WhQuestionsOpenByForm = byForm }));
        Assert.Equal(signal, f.Signal);
    }

    [Fact]
    public void OnTurn_EveryQuestionSentence_IsOneFinding()
    {
        var found = Questions("C: It's broken.|A: I'm sorry. When did it stop? Is the light on?");
        Assert.Equal([Signals.QuestionOpen, Signals.QuestionClosed], found.Select(f => f.Signal));
        Assert.Equal("When did it stop?", found[0].Quote);
    }

    [Fact]
    public void OnTurn_ClosedRun_CountsAcrossTurnsAndResetsOnOpen()
    {
        var found = Questions("C: It's broken.|A: Is it plugged in?|C: Yes.|A: Is the light on?|C: No.|A: Have you restarted it?|C: Yes.|A: What happened when you did?|C: Nothing.|A: Did it beep?");
        Assert.Equal([1.0, 2.0, 3.0, 0.0, 1.0], found.Select(f => f.Value ?? -1));
        Assert.Null(found[1].Suggestion);
        Assert.NotNull(found[2].Suggestion);
        Assert.Contains("third closed question in a row", found[2].Detail, StringComparison.Ordinal);
    }
}
