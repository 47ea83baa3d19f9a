using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Tokens;

public class TokenListTests
{
    [Fact]
    public void Enumerate_ForeachIndexerAndInterface_SeeTheSameTokens()
    {
        var tokens = Tokenizer.Tokenize("I was charged twice.").Tokens;
        var byForeach = new List<string>();
        foreach (var t in tokens)
        {
            byForeach.Add(t.Norm);
        }

        IReadOnlyList<Token> asInterface = tokens;
        Assert.Equal(["i", "was", "charged", "twice", "."], byForeach);
        Assert.Equal(byForeach, asInterface.Select(t => t.Norm));
        Assert.Equal(byForeach, Enumerable.Range(0, tokens.Count).Select(i => tokens[i].Norm));
        Assert.Equal(tokens.Count, tokens.AsSpan().Length);
    }
}
