using Attune.Cli.Bench;

namespace Attune.Cli.Tests.Bench;

public class SentenceFileTests
{
    [Fact]
    public void Read_MixedLineEndingsAndBlankLines_OneSentencePerNonBlankLine()
    {
        var lines = SentenceFile.Read(new StringReader("My bill is wrong.\r\n\r\nThanks, that helped.\n   \nOkay, no problem.\n"));
        Assert.Equal(["My bill is wrong.", "Thanks, that helped.", "Okay, no problem."], lines);
    }

    [Fact]
    public void Read_NoTrailingNewline_KeepsLastSentence()
    {
        var lines = SentenceFile.Read(new StringReader("one\ntwo"));
        Assert.Equal(["one", "two"], lines);
    }

    [Fact]
    public void Read_File_SameAsReader()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "\uFEFFfirst line\nsecond line\n");
            Assert.Equal(["first line", "second line"], SentenceFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_ThrowsIoExceptionTheVerbReports()
    {
        Assert.ThrowsAny<IOException>(() => SentenceFile.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.txt")));
    }
}
