using Attune.Analysis.Text.Detectors;

namespace Attune.Analysis.Tests.Text.Detectors;

public class SectionedLexiconTests
{
    private static List<string> Phrases(string text) => SectionedLexicon.Parse(text, "test.lex.txt").Entries.Select(e => e.Phrase).ToList();

    [Fact]
    public void Parse_SingleWordMacro_BecomesOneAlternativeGroup() =>
        Assert.Equal(["that sounds (awful|hard)"], Phrases("@f = awful | hard\n[s]\nthat sounds {f}\n"));

    [Fact]
    public void Parse_MultiWordMacro_ExpandsLines() =>
        Assert.Equal(["i'm sorry", "i am sorry"], Phrases("@im = i'm | i am\n[s]\n{im} sorry\n"));

    [Fact]
    public void Parse_MacroInsideGroup_JoinsTheGroup() =>
        Assert.Equal(["so (awful|hard|sad)"], Phrases("@f = awful | hard\n[s]\nso ({f}|sad)\n"));

    [Fact]
    public void Parse_MultiWordOrGluedGroup_ExpandsLines()
    {
        Assert.Equal(["i'm all ears", "i'm listening"], Phrases("[s]\ni'm (all ears|listening)\n"));
        Assert.Equal(["you've got this", "youve got this", "you got this"], Phrases("[s]\nyou('ve|ve|) got this\n"));
    }

    [Theory]
    [InlineData("[s]\nthat   sounds  hard\n", "that sounds hard")]
    [InlineData("[s]\n(so|) hard\n", "(so|) hard")]
    [InlineData("[s]\n(so  really|quite) hard\n", "so really hard")]
    public void Parse_SpacesLeftByExpansion_CollapsedToOne(string text, string first) =>
        Assert.Equal(first, Phrases(text)[0]);

    [Fact]
    public void Parse_CommentsSectionsAndBlankLines()
    {
        var entries = SectionedLexicon.Parse("# header\n[a]\none # trailing\n\n[b]\ntwo\n", "t").Entries;
        Assert.Equal([("a", "one"), ("b", "two")], entries.Select(e => (e.Section, e.Phrase)));
        Assert.Equal(6, entries[1].Line);
    }

    [Theory]
    [InlineData("phrase outside\n", "t:1")]
    [InlineData("[s]\nsorry {missing}\n", "unknown macro")]
    [InlineData("@bad\n", "t:1")]
    [InlineData("[s]\n(open group\n", "t:2")]
    public void Parse_Malformed_ErrorNamesFileAndLine(string text, string expected)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SectionedLexicon.Parse(text, "t"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Empathy.lex.txt")]
    [InlineData("Apology.lex.txt")]
    [InlineData("NextStep.lex.txt")]
    public void Load_ShippedLexicons_Parse(string file) =>
        Assert.NotEmpty(SectionedLexicon.Load(typeof(SectionedLexicon), file).Entries);
}
