using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Tokens;

public class PhraseMatcherTests
{
    private static List<string> Found(PhraseMatcher m, string text, bool includeQuoted = false) =>
        m.Matches(Tokenizer.Tokenize(text), includeQuoted).Select(x => m.Phrases[x.PhraseId]).Distinct().ToList();

    [Fact]
    public void Matches_IgnoresCaseAndPunctuation()
    {
        var m = new PhraseMatcher(["sorry but"]);
        Assert.Equal(["sorry but"], Found(m, "Sorry, but that's policy."));
    }

    [Fact]
    public void Matches_SingleWordWildcard()
    {
        var m = new PhraseMatcher(["that sounds * frustrating"]);
        Assert.Single(Found(m, "That sounds really frustrating"));
        Assert.Empty(Found(m, "That sounds frustrating"));
    }

    [Fact]
    public void Matches_GapWildcard_ZeroToThreeWords()
    {
        var m = new PhraseMatcher(["i ~ understand"]);
        Assert.Single(Found(m, "I understand"));
        Assert.Single(Found(m, "I completely and totally understand"));
        Assert.Empty(Found(m, "I do not really truly fully understand"));
    }

    [Fact]
    public void Matches_Alternatives()
    {
        var m = new PhraseMatcher(["(sorry|apologies) for any inconvenience"]);
        Assert.Single(Found(m, "apologies for any inconvenience"));
        Assert.Single(Found(m, "Sorry for any inconvenience."));
    }

    [Fact]
    public void Matches_SkipsQuotedUnlessAsked()
    {
        var m = new PhraseMatcher(["sorry for any inconvenience"]);
        const string text = "you said \"sorry for any inconvenience\" last time";
        Assert.Empty(Found(m, text));
        Assert.Single(Found(m, text, includeQuoted: true));
    }

    [Fact]
    public void Matches_ReportsTokenRange()
    {
        var m = new PhraseMatcher(["got it"]);
        var text = Tokenizer.Tokenize("OK, got it.");
        var match = Assert.Single(m.Matches(text));
        Assert.Equal("got", text.Tokens[match.FirstToken].Norm);
        Assert.Equal("it", text.Tokens[match.EndToken - 1].Norm);
    }

    [Fact]
    public void Matches_PhraseStartingWithWildcard_StartsAtAnyWord()
    {
        // no first-word filter may hide these: "*" and "~" phrases can start anywhere
        var any = new PhraseMatcher(["* you so much", "thanks a lot"]);
        var gap = new PhraseMatcher(["~ refund", "thanks a lot"]);
        var anyMatch = Assert.Single(any.Matches(Tokenizer.Tokenize("Well, thank you so much.")));
        Assert.Equal("thank", Tokenizer.Tokenize("Well, thank you so much.").Tokens[anyMatch.FirstToken].Norm);
        Assert.Contains(gap.Matches(Tokenizer.Tokenize("I want a refund")), x => gap.Phrases[x.PhraseId] == "~ refund");
    }

    [Fact]
    public void Matches_OptionalFirstWord_MatchesWithAndWithoutIt()
    {
        var m = new PhraseMatcher(["(so|) sorry for the wait"]);
        Assert.Single(Found(m, "So sorry for the wait."));
        Assert.Single(Found(m, "Sorry for the wait."));
        Assert.Empty(Found(m, "Thanks for the wait."));
    }

    [Fact]
    public void Matches_ManyPhrasesOneNode_EachReportedOnce()
    {
        // alternatives expand to several paths ending at one node, and two phrases share it
        var m = new PhraseMatcher(["(sorry|apologies) (for|about) the (delay|wait)", "sorry for the delay"]);
        var found = m.Matches(Tokenizer.Tokenize("Sorry for the delay."));
        Assert.Equal(2, found.Count);
        Assert.Equal([0, 1], found.Select(x => x.PhraseId).Order());
    }

    [Fact]
    public void Matches_SetEdgeAndLiteralSharePrefix_NoCrossTalk()
    {
        var m = new PhraseMatcher(["a (x|y) b", "a x c"]);
        Assert.Equal(["a (x|y) b"], Found(m, "a x b"));
        Assert.Equal(["a (x|y) b"], Found(m, "a y b"));
        Assert.Equal(["a x c"], Found(m, "a x c"));
        Assert.Empty(Found(m, "a y c"));
    }

    [Fact]
    public void Matches_DifferentSetsAtOneNode_KeepTheirOwnContinuations()
    {
        var m = new PhraseMatcher(["a (x|y) b", "a (x|z) c"]);
        Assert.Equal(["a (x|y) b"], Found(m, "a y b"));
        Assert.Equal(["a (x|z) c"], Found(m, "a z c"));
        Assert.Equal(["a (x|z) c"], Found(m, "a x c"));
        Assert.Empty(Found(m, "a y c"));
        Assert.Empty(Found(m, "a z b"));
    }

    [Fact]
    public void Matches_SameSetWrittenInAnotherOrder_SharedAndBothFound()
    {
        var m = new PhraseMatcher(["a (x|y) b", "a (y|x) c"]);
        Assert.Equal(["a (x|y) b"], Found(m, "a x b"));
        Assert.Equal(["a (y|x) c"], Found(m, "a x c"));
        Assert.Equal(["a (y|x) c"], Found(m, "a y c"));
    }

    [Fact]
    public void Matches_SetWithEmptyOptionAndFollowingSet_AllCombinations()
    {
        var m = new PhraseMatcher(["(so|really|) (sad|upset|angry) today"]);
        foreach (var text in (string[])["so sad today", "really angry today", "upset today", "I am so upset today"])
        {
            Assert.Single(Found(m, text));
        }

        Assert.Empty(Found(m, "so happy today"));
        Assert.Empty(Found(m, "so sad tomorrow, upset yesterday"));
    }

    [Fact]
    public void Matches_PhraseStartingWithSet_PassesFirstWordFilter()
    {
        var m = new PhraseMatcher(["(sorry|apologies|regrets) for", "thanks"]);
        var matches = m.Matches(Tokenizer.Tokenize("Well, regrets for that."));
        var match = Assert.Single(matches);
        Assert.Equal((2, 4), (match.FirstToken, match.EndToken));
    }

    [Fact]
    public void Matches_SetThenGapAndWildcard_SameRangesAsLiterals()
    {
        var set = new PhraseMatcher(["i (really|truly) ~ understand *"]);
        var literal = new PhraseMatcher(["i really ~ understand *", "i truly ~ understand *"]);
        foreach (var text in (string[])["I truly do understand you", "I really understand it, thanks", "I truly understand"])
        {
            var a = set.Matches(Tokenizer.Tokenize(text)).Select(x => (x.FirstToken, x.EndToken)).ToList();
            var b = literal.Matches(Tokenizer.Tokenize(text)).Select(x => (x.FirstToken, x.EndToken)).Distinct().ToList();
            Assert.Equal(b, a);
        }
    }
}
