using Attune.Cli.Input;
using Attune.Cli.Tests.TestKit;

namespace Attune.Cli.Tests.Input;

public class InputFilesTests
{
    [Fact]
    public void Find_Directory_RecursesKnownExtensionsSortedAndSkipsReports()
    {
        using var dir = new TempDir();
        dir.File("b.json", "{}");
        dir.File("a.txt", "x");
        dir.File("sub/c.vtt", "x");
        dir.File("notes.md", "x");
        dir.File("b.attune.json", "{}");
        var set = InputFiles.Find([dir.Path]);
        Assert.Equal(["a.txt", "b.json", Path.Combine("sub", "c.vtt")], set.Files.Select(f => f.RelativeName));
        Assert.Empty(set.Missing);
    }

    [Fact]
    public void Find_MissingPathAndEmptyFolder_Reported()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("empty"));
        var set = InputFiles.Find([dir.Combine("nope.json"), dir.Combine("empty")]);
        Assert.Empty(set.Files);
        Assert.Equal([dir.Combine("nope.json")], set.Missing);
        Assert.Equal([dir.Combine("empty")], set.EmptyDirectories);
    }

    [Fact]
    public void Find_ExcludedFolderAndDuplicates_Skipped()
    {
        using var dir = new TempDir();
        var a = dir.File("a.json", "{}");
        dir.File("out/old.json", "{}");
        var set = InputFiles.Find([dir.Path, a], exclude: dir.Combine("out"));
        Assert.Equal(["a.json"], set.Files.Select(f => f.RelativeName));
    }
}
