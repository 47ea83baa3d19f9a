using Attune.Storage.Sql;

namespace Attune.Storage.Tests.Sql;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("refund", "refund")]
    [InlineData("  Refund  LATE ", "refund late")]
    [InlineData("\"refund\" OR NEAR(late*)", "refund or near late")]
    [InlineData("don't", "don t")]
    [InlineData("refund refund", "refund")]
    [InlineData("*** ()", "")]
    public void Of_Text_KeepsOnlyLowerCaseWords(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', SearchWords.Of(text)));
}
