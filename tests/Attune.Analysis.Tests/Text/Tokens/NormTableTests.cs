using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Tokens;

public class NormTableTests
{
    [Fact]
    public void Intern_SameWordTwice_ReturnsTheSameString()
    {
        var first = NormTable.Intern("refund".AsSpan(), NormTable.Hash("refund"));
        var second = NormTable.Intern("refund".ToCharArray(), NormTable.Hash("refund"));

        Assert.Equal("refund", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Tokenize_RepeatedWord_SharesTheNormAndItsHash()
    {
        var text = Tokenizer.Tokenize("Refund the REFUND, refund’s due");

        Assert.Same(text.Tokens[0].Norm, text.Tokens[2].Norm);
        Assert.Equal("refund's", text.Tokens[4].Norm);
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            Assert.Equal(NormTable.Hash(text.Tokens[i].Norm), text.NormHashes[i]);
        }
    }

    [Fact]
    public void Intern_ManyThreadsManyWords_EveryResultEqualsItsInput()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}x").ToArray();
        var bad = 0;
        Parallel.For(0, 8, _ =>
        {
            foreach (var w in words)
            {
                if (NormTable.Intern(w.AsSpan(), NormTable.Hash(w)) != w)
                {
                    Interlocked.Increment(ref bad);
                }
            }
        });

        Assert.Equal(0, bad);
        Assert.Same(NormTable.Intern("w42x".AsSpan(), NormTable.Hash("w42x")), NormTable.Intern("w42x".AsSpan(), NormTable.Hash("w42x")));
    }
}
