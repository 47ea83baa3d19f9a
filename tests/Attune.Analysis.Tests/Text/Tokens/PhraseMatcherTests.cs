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
}
