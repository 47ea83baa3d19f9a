using Attune.Analysis.Yaml;
using YamlDotNet.RepresentationModel;

namespace Attune.Analysis.Tests.Yaml;

public sealed class SettingsYamlTests
{
    [Fact]
    public void Read_OneMapping_ReturnsItsRoot()
    {
        var document = SettingsYaml.Read("name: x\nitems: [1, 2]\n", "empty");

        var root = Assert.IsType<YamlMappingNode>(document.Root);
        Assert.Equal(2, root.Children.Count);
        Assert.Null(document.Error);
    }

    [Fact]
    public void Read_Empty_SaysWhatWasExpected()
    {
        var document = SettingsYaml.Read("", "the text is empty; expected rules");

        Assert.Null(document.Root);
        Assert.Equal("(root)", document.ErrorPath);
        Assert.Equal("the text is empty; expected rules", document.Error);
    }

    [Fact]
    public void Read_SyntaxError_NamesLineAndColumnWithoutYamlDotNetsPrefix()
    {
        var document = SettingsYaml.Read("name: x\n  bad: indent\nother: y\n", "empty");

        Assert.Null(document.Root);
        Assert.Equal("(yaml)", document.ErrorPath);
        Assert.StartsWith("syntax error at column ", document.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", document.Error, StringComparison.Ordinal);
        Assert.NotNull(document.ErrorLine);
    }

    [Fact]
    public void Read_UnclosedFlowSequence_IsAnErrorNotACrash()
    {
        var document = SettingsYaml.Read("name: x\nitems: [1, 2\nother: y\n", "empty");

        Assert.Null(document.Root);
        Assert.Equal("(yaml)", document.ErrorPath);
        Assert.Contains("unclosed", document.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoDocuments_RefusedAtTheSecondsLine()
    {
        var document = SettingsYaml.Read("a: 1\n---\nb: 2\n", "empty");

        Assert.Null(document.Root);
        Assert.Equal("expected one YAML document, found several", document.Error);
        Assert.Equal(3, document.ErrorLine);
    }
}
