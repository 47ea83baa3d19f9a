using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.Backchannel;

namespace Attune.Analysis.Tests.Text.Detectors.Backchannel;

public class BackchannelDetectorTests
{
    /// <summary>Runs a conversation written as "C: …" / "A: …" lines separated by '|' and returns the quotes of backchannels in the last turn.</summary>
    internal static List<Finding> Analyze(string script, params Detector[] detectors)
    {
        var session = new AnalysisSession(null, Channel.Voice, AnalysisOptions.Default, null, detectors);
        IReadOnlyList<Finding> last = [];
        foreach (var line in script.Split('|'))
        {
            var party = line.StartsWith("C:", StringComparison.Ordinal) ? Party.Customer : Party.Advisor;
            last = session.AddTurn(new Turn { Party = party, Text = line[2..].Trim() });
        }

        return [.. last];
    }

    private static string? Backchannel(string script)
    {
        var found = Analyze(script, new BackchannelDetector(AnalysisOptions.Default)).Where(f => f.Signal == Signals.ListeningBackchannel).ToList();
        return found.Count == 0 ? null : found[0].Quote;
    }

    [Theory]
    [InlineData("C: I called on Monday and nobody answered.|A: Uh-huh.", "Uh-huh")]
    [InlineData("C: I called on Monday and nobody answered.|A: Mm-hmm", "Mm-hmm")]
    [InlineData("C: The router keeps dropping out at night.|A: I see.", "I see")]
    [InlineData("C: The router keeps dropping out at night.|A: Oh, okay.", "Oh, okay")]
    [InlineData("C: The router keeps dropping out at night.|A: Right.", "Right")]
    [InlineData("C: The router keeps dropping out at night.|A: Yeah.", "Yeah")]
    [InlineData("C: The router keeps dropping out at night.|A: Yes.", "Yes")]
    [InlineData("C: Oh, I generally go to the quickie places just because they're cheap.|A: Yes.", "Yes")]
    [InlineData("C: I finally got through to them yesterday.|A: Oh, really?", "Oh, really")]
    [InlineData("C: I've been with you for twelve years.|A: Have you?", "Have you")]
    [InlineData("C: They charged me twice.|A: Oh no.", "Oh no")]
    [InlineData("C: It's been three weeks now.|A: Got it.", "Got it")]
    [InlineData("C: We moved house in May.|A: Oh, that's great.", "Oh, that's great")]
    public void OnTurn_ShortAcknowledgement_IsBackchannel(string script, string quote) =>
        Assert.Equal(quote, Backchannel(script));

    [Theory]
    // answers to the customer's question
    [InlineData("C: Can you hear me?|A: Yeah.")]
    [InlineData("C: Is it fixed now|A: Yes.")]
    [InlineData("C: Have you got my details?|A: Right.")]
    // agreement with substance, answers, closings, nothing to acknowledge
    [InlineData("C: That policy is ridiculous.|A: Exactly.")]
    [InlineData("C: That policy is ridiculous.|A: I agree.")]
    [InlineData("C: Okay, thanks, bye.|A: Okay.")]
    [InlineData("A: Okay.")]
    [InlineData("C: It broke again.|A: Yeah, I think the part is faulty.")]
    [InlineData("C: It broke again.|A: Okay so the part is faulty.")]
    [InlineData("C: It broke again.|A: So.")]
    [InlineData("C: It broke again.|A: Um.")]
    // an echo after the advisor's own statement is a tag question, not a backchannel
    [InlineData("C: Hello.|A: You'll get it by Friday.|A: Did you?")]
    // a question that starts like an echo
    [InlineData("C: It broke again.|A: Do you have the receipt?")]
    // a receipt opening a longer turn takes the floor instead of handing it back
    [InlineData("C: And then the screen went black.|A: Okay, I see. Let me check that for you.")]
    [InlineData("C: That's a ridiculous thing to say.|A: I understand. It's simply how minimum terms work.")]
    [InlineData("C: I've got screenshots.|A: Okay. I'm sorry for any inconvenience caused. Can I take your account details?")]
    [InlineData("C: My hands are shaking.|A: Right. I can see a request to move your number was made in a shop.")]
    // quotation
    [InlineData("C: It broke again.|A: \"Uh-huh\"")]
    public void OnTurn_NotABackchannel_GivesNothing(string script) =>
        Assert.Null(Backchannel(script));

    [Fact]
    public void OnTurn_Finding_RelatesToTheCustomerTurnAndExplains()
    {
        var f = Analyze("C: I called on Monday.|A: Uh-huh.", new BackchannelDetector(AnalysisOptions.Default)).Single();
        Assert.Equal(0, f.RelatedTurn);
        Assert.Equal(Polarity.Positive, f.Polarity);
        Assert.Contains("keeps the customer talking", f.Detail, StringComparison.Ordinal);
    }
}
