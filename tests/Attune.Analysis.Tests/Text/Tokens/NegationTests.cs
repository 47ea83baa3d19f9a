using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Tokens;

public class NegationTests
{
    private static bool NegatedAt(string text, string word)
    {
        var t = Tokenizer.Tokenize(text);
        var i = t.Tokens.ToList().FindIndex(x => x.Norm == word);
        return Negation.IsNegated(t, i);
    }

    [Theory]
    [InlineData("I'm not upset", "upset", true)]
    [InlineData("I am never happy with this", "happy", true)]
    [InlineData("I don't really like it", "like", true)]
    [InlineData("I am upset", "upset", false)]
    [InlineData("Not great, but I am happy now", "happy", false)]
    [InlineData("It is not. I am upset", "upset", false)]
    [InlineData("No. I'm fuming", "fuming", false)]
    public void IsNegated_ChecksThreeWordsBeforeInSentence(string text, string word, bool expected) =>
        Assert.Equal(expected, NegatedAt(text, word));

    [Theory]
    [InlineData("(not|really)", 1, 3, true)]
    [InlineData("(not|really)", 5, 6, false)]
    [InlineData("i can't", 2, 5, true)]
    [InlineData("nothing", 0, 4, false)]
    public void IsNegator_Slice_SameAsTheWord(string text, int start, int length, bool expected)
    {
        var slice = text.AsSpan(start, length);
        Assert.Equal(expected, Negation.IsNegator(slice));
        Assert.Equal(Negation.IsNegator(slice.ToString()), Negation.IsNegator(slice));
    }
}
