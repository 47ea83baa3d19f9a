using Attune.Analysis.Text.Detectors.Jargon;

namespace Attune.Analysis.Tests.Text.Detectors.Jargon;

public class GlossaryTests
{
    [Fact]
    public void Parse_Tsv_ReadsTermsAlternativesAndNotes()
    {
        var r = Glossary.Parse("# our terms\nterm\talternative\tnote\nONT\tthe fibre box\tsay 'box'\n\nBAU\tbusiness as usual\n", "g.tsv", GlossaryFormat.Tsv);
        Assert.True(r.Success);
        Assert.Equal(2, r.Value.Count);
        Assert.Equal("the fibre box", r.Value["ont"]);
        Assert.Equal("say 'box'", r.Value.NoteFor("ONT"));
        Assert.Null(r.Value.NoteFor("BAU"));
    }

    [Theory]
    [InlineData("ONT the fibre box\n", 1, "no tab")]
    [InlineData("ONT\tbox\n\tempty term\n", 2, "term")]
    [InlineData("ONT\t\n", 1, "no plain alternative")]
    [InlineData("ONT\tbox\nont\tagain\n", 2, "appears twice (first on line 1)")]
    [InlineData("a\tb\tc\td\n", 1, "at most 3 columns")]
    public void Parse_InvalidTsv_ErrorNamesLineAndReason(string content, int line, string reason)
    {
        var r = Glossary.Parse(content, "g.tsv", GlossaryFormat.Tsv);
        Assert.False(r.Success);
        Assert.Equal(line, r.Error.Line);
        Assert.Contains(reason, r.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith("g.tsv:" + line, r.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YamlMapping_ReadsBothShapes()
    {
        var r = Glossary.Parse("ONT: the fibre box\nBAU:\n  alternative: business as usual\n  note: internal\n", "g.yaml", GlossaryFormat.Yaml);
        Assert.True(r.Success);
        Assert.Equal("business as usual", r.Value["BAU"]);
        Assert.Equal("internal", r.Value.NoteFor("bau"));
    }

    [Fact]
    public void Parse_YamlList_UnderTermsKey()
    {
        var r = Glossary.Parse("terms:\n  - term: ONT\n    alternative: the fibre box\n  - term: line test\n    alternative: a check of your line\n    note: n\n", "g.yml");
        Assert.True(r.Success);
        Assert.Equal(["ONT", "line test"], r.Value.Keys);
    }

    [Theory]
    [InlineData("ONT: [unclosed\n", "invalid YAML")]
    [InlineData("- term: ONT\n  alternative: box\n- term: BAU\n", "no plain alternative")]
    [InlineData("- term: ONT\n  alternatives: box\n", "unknown field 'alternatives'")]
    [InlineData("ONT: box\nBAU:\n  - a\n", "expected the plain alternative of 'BAU'")]
    [InlineData("- just text\n", "expected an entry")]
    public void Parse_InvalidYaml_ErrorWithLine(string content, string reason)
    {
        var r = Glossary.Parse(content, "g.yaml", GlossaryFormat.Yaml);
        Assert.False(r.Success);
        Assert.NotNull(r.Error.Line);
        Assert.True(r.Error.Line >= 1);
        Assert.Contains(reason, r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YamlDuplicate_NamesBothLines()
    {
        var r = Glossary.Parse("ONT: box\nBAU: usual\nont: again\n", "g.yaml");
        Assert.False(r.Success);
        Assert.Equal(3, r.Error.Line);
        Assert.Contains("first on line 1", r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Auto_TabMeansTsv() =>
        Assert.Equal("box", Glossary.Parse("ONT\tbox\n", "x").Value!["ONT"]);

    [Fact]
    public void Load_File_ChoosesFormatByExtension()
    {
        var dir = Directory.CreateTempSubdirectory("attune-glossary-");
        try
        {
            var yaml = Path.Combine(dir.FullName, "g.yaml");
            File.WriteAllText(yaml, "ONT: the fibre box\n");
            Assert.Equal("the fibre box", Glossary.Load(yaml).Value!["ONT"]);
            var tsv = Path.Combine(dir.FullName, "g.tsv");
            File.WriteAllText(tsv, "ONT\tthe fibre box\n");
            Assert.Equal("the fibre box", Glossary.Load(tsv).Value!["ONT"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorValue()
    {
        var r = Glossary.Load(Path.Combine(Path.GetTempPath(), "no-such-glossary-" + Guid.NewGuid() + ".yaml"));
        Assert.False(r.Success);
        Assert.Contains("not found", r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossary_IsTheOptionsDictionary()
    {
        var g = new Glossary([new GlossaryEntry("ONT", "box")]);
        var options = new AnalysisOptions { Glossary = g };
        Assert.Equal("box", options.Glossary["ONT"]);
    }
}
