using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Repeat;

namespace Attune.Analysis.Tests.Text.Detectors.Repeat;

public class RepeatDetectorTests
{
    private const string First = "C: I was charged twice for my November bill and nobody has refunded me.";

    private static List<Finding> Run(params string[] lines) =>
        TurnScript.Run(Signals.CustomerRepeat, o => new RepeatDetector(o), lines);

    [Theory]
    [InlineData("C: As I said, the bill is wrong.", "As I said", "marker")]
    [InlineData("C: I already told you, it's the November bill.", "I already told you", "marker")]
    [InlineData("C: Like I said, I was charged twice.", "Like I said", "marker")]
    [InlineData("C: For the third time, my postcode is AB1 2CD.", "For the third time", "marker")]
    [InlineData("C: Again, the payment went out twice.", "Again", "marker")]
    [InlineData("C: How many times do I have to explain this?", "How many times do I", "marker")]
    [InlineData("C: I've explained this already.", "I've explained this already", "marker")]
    [InlineData("C: I keep telling you the same thing.", "I keep telling", "marker")]
    [InlineData("C: I'm repeating myself here.", "repeating myself", "marker")]
    [InlineData("C: This is the third time I've called about it.", "This is the third time", "previous_contact")]
    [InlineData("C: I told your colleague all of this yesterday.", "I told your", "previous_contact")]
    [InlineData("C: I've called you five times now.", "I've called you five times", "previous_contact")]
    public void OnTurn_RepeatMarker_Flags(string customer, string quote, string label)
    {
        var f = Assert.Single(Run(First, "A: Can I take your postcode?", customer));
        Assert.Equal(quote, f.Quote);
        Assert.Equal(label, f.Label);
        Assert.Equal(Polarity.Negative, f.Polarity);
        Assert.Equal(2, f.Turn);
    }

    [Theory]
    [InlineData("C: It's broken again.")]
    [InlineData("C: It happened again last night, once again the light went red.")]
    [InlineData("C: I don't think I told you, I also have a second line.")]
    [InlineData("C: I never told you my postcode, it's AB1 2CD.")]
    [InlineData("C: The letter says \"as I said before\" at the top, weird.")]
    [InlineData("C: How many times a day should the light flash?")]
    [InlineData("C: Yes that's right.")]
    [InlineData("C: My postcode is AB1 2CD.")]
    public void OnTurn_NotARepeat_NoFinding(string customer) =>
        Assert.Empty(Run(First, "A: Can I take your postcode?", customer));

    [Fact]
    public void OnTurn_HighOverlapWithEarlierTurn_FlagsWithRelatedTurnAndSharedWords()
    {
        var f = Assert.Single(Run(First, "A: Let me look at your account.", "C: So I've been charged twice on the November bill and still no refund."));
        Assert.Equal("overlap", f.Label);
        Assert.Equal(0, f.RelatedTurn);
        Assert.Contains("'charged'", f.Detail, StringComparison.Ordinal);
        Assert.Contains("'November'", f.Detail, StringComparison.Ordinal);
        Assert.StartsWith("charged", f.Quote, StringComparison.Ordinal);
        Assert.True(f.Value >= RepeatDetector.MinContainment);
    }

    [Fact]
    public void OnTurn_MarkerWithOverlap_RelatesTheEarlierTurn()
    {
        var f = Assert.Single(Run(First, "A: What seems to be the problem?", "C: As I said, I was charged twice for November."));
        Assert.Equal(0, f.RelatedTurn);
        Assert.Contains("restates turn 1", f.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_NewInformationOnTheSameTopic_NoFinding() =>
        Assert.Empty(Run(First, "A: When did you notice?", "C: I noticed on my banking app on Tuesday morning when my rent payment bounced."));

    [Fact]
    public void OnTurn_SplitMessageWithoutAdvisorTurn_NoFinding() =>
        Assert.Empty(Run(First, "C: charged twice for my November bill, nobody refunded me"));

    [Fact]
    public void OnTurn_AdvisorRepeatingTheCustomer_NotACustomerRepeat() =>
        Assert.Empty(Run(First, "A: As I said, you were charged twice for your November bill and nobody refunded you."));

    [Fact]
    public void OnTurn_ShortNearVerbatimRestatement_Flags() =>
        Assert.Equal("overlap", Assert.Single(Run("C: The router light is red.", "A: Have you restarted it?", "C: The router light is still red.")).Label);
}
