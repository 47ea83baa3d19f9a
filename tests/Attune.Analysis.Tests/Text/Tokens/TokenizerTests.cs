using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Tokens;

public class TokenizerTests
{
    [Fact]
    public void Tokenize_ContractionsAndHyphens_StayOneToken()
    {
        var t = Tokenizer.Tokenize("I don’t want a follow-up call.");
        Assert.Equal(["i", "don't", "want", "a", "follow-up", "call", "."], t.Tokens.Select(x => x.Norm));
    }

    [Fact]
    public void Tokenize_SentenceEnds_SplitSentences()
    {
        var t = Tokenizer.Tokenize("Hello Mr. Smith. How are you? Fine!");
        Assert.Equal(3, t.SentenceCount);
        Assert.Equal("How are you?", t.SentenceText(1));
        Assert.True(t.SentenceEndsWithQuestionMark(1));
        Assert.False(t.SentenceEndsWithQuestionMark(2));
    }

    [Theory]
    [InlineData("No. I'm not happy.", 2)]
    [InlineData("No. Goodbye.", 2)]
    [InlineData("It's No. 5 Acacia Avenue.", 1)]
    [InlineData("Mr. Smith called.", 1)]
    public void Tokenize_NoDot_EndsSentenceUnlessANumberFollows(string text, int sentences) =>
        Assert.Equal(sentences, Tokenizer.Tokenize(text).SentenceCount);

    [Fact]
    public void Tokenize_QuotedStretch_MarksTokensQuoted()
    {
        var t = Tokenizer.Tokenize("you said 'sorry for any inconvenience' last time");
        var quoted = t.Tokens.Where(x => x.Quoted && x.IsWord).Select(x => x.Norm).ToArray();
        Assert.Equal(["sorry", "for", "any", "inconvenience"], quoted);
        Assert.False(t.Tokens.Single(x => x.Norm == "last").Quoted);
    }

    [Fact]
    public void Tokenize_Apostrophes_AreNotQuotes()
    {
        var t = Tokenizer.Tokenize("I can't see the customer's bill and it isn't right");
        Assert.DoesNotContain(t.Tokens, x => x.Quoted);
    }

    [Fact]
    public void Tokenize_Empty_NoTokensOneSentence()
    {
        var t = Tokenizer.Tokenize("");
        Assert.Empty(t.Tokens);
        Assert.Equal(0, t.WordCount);
    }

    [Fact]
    public void Tokenize_NumbersAndSymbols_Classified()
    {
        var t = Tokenizer.Tokenize("£25.50 on the 3rd 😀");
        Assert.Equal(TokenKind.Symbol, t.Tokens[0].Kind);
        Assert.Equal(TokenKind.Number, t.Tokens[1].Kind);
        Assert.Equal("25.50", t.Tokens[1].Norm);
        Assert.Equal(TokenKind.Number, t.Tokens[4].Kind);
        Assert.Equal(TokenKind.Symbol, t.Tokens[^1].Kind);
    }

    [Fact]
    public void Tokenize_TextDenserThanTheFirstBuffer_KeepsEveryToken()
    {
        // one token per character: the pooled buffers start at half the length and must grow
        var text = string.Concat(Enumerable.Repeat("a,", 700)) + "end.";
        var tokens = Tokenizer.Tokenize(text).Tokens;

        Assert.Equal(1402, tokens.Count);
        Assert.Equal("a", tokens[1398].Norm);
        Assert.Equal(",", tokens[1399].Norm);
        Assert.Equal("end", tokens[1400].Norm);
        Assert.Equal(text.Length - 1, tokens[^1].Start);
    }
}
