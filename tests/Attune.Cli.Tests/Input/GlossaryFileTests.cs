using Attune.Cli.Input;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Input;

public class GlossaryFileTests
{
    [Fact]
    public void Read_EqualsAndTabLines_SkipsCommentsAndBlanks()
    {
        using var dir = new TempDir();
        var path = dir.File("g.txt", "# our terms\nMPAN = your meter number\n\nDD\tDirect Debit\n");
        var (g, error) = GlossaryFile.Read(path);
        Assert.Null(error);
        Assert.Equal("your meter number", g!["mpan"]);
        Assert.Equal("Direct Debit", g["DD"]);
    }

    [Theory]
    [InlineData("MPAN\n", ":1: expected 'term = plain alternative'")]
    [InlineData("a = b\nA = c\n", ":2: 'A' is already in the glossary")]
    [InlineData("= nothing\n", ":1:")]
    public void Read_BadLine_ErrorNamesFileAndLine(string content, string expected)
    {
        using var dir = new TempDir();
        var path = dir.File("g.txt", content);
        var (g, error) = GlossaryFile.Read(path);
        Assert.Null(g);
        Assert.Contains(path + expected, error, StringComparison.Ordinal);
    }
}
