using Attune.Analysis.Text.Detectors.Jargon;

namespace Attune.Analysis.Tests.Text.Detectors.Jargon;

public class PlainLanguageTests
{
    [Fact]
    public void Exclusions_EachNamesASourceEntryOrAForm()
    {
        var terms = PlainLanguage.SourceTerms().ToHashSet(StringComparer.Ordinal);
        var forms = terms.SelectMany(PlainLanguage.Forms).ToHashSet(StringComparer.Ordinal);
        foreach (var excluded in PlainLanguage.Exclusions())
        {
            Assert.True(terms.Contains(excluded) || forms.Contains(excluded), $"'{excluded}' is not in the plain-language sources");
        }
    }

    [Fact]
    public void Kept18F_EachIsAnEntryOf18F()
    {
        var terms = PlainLanguage.Read18FTerms().ToHashSet(StringComparer.Ordinal);
        foreach (var (term, alternative) in PlainLanguage.Kept18F())
        {
            Assert.Contains(term, terms);
            Assert.False(string.IsNullOrWhiteSpace(alternative));
        }
    }

    [Fact]
    public void Every18FTerm_IsKeptExcludedOrInTheOtherList()
    {
        var decided = PlainLanguage.Kept18F().Select(k => k.Term).Concat(PlainLanguage.Exclusions()).ToHashSet(StringComparer.Ordinal);
        var retext = PlainLanguage.Entries.Where(e => e.Source == PlainLanguage.RetextSource).Select(e => e.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var term in PlainLanguage.Read18FTerms())
        {
            Assert.True(decided.Contains(term) || retext.Contains(term), $"18F term '{term}' has no decision");
        }
    }

    [Fact]
    public void Entries_SourcesLoadedAndSelected()
    {
        Assert.InRange(PlainLanguage.Entries.Count, 150, 330);
        Assert.Contains(PlainLanguage.Entries, e => e.Term == "utilise" && e.Alternative == "use");
        Assert.DoesNotContain(PlainLanguage.Entries, e => e.Term == "assist");
    }

    [Theory]
    [InlineData("notify", "notified")]
    [InlineData("notify", "notifies")]
    [InlineData("utilise", "utilising")]
    [InlineData("utilise", "utilize")]
    [InlineData("endeavor", "endeavour")]
    [InlineData("commence", "commenced")]
    [InlineData("obtain", "obtaining")]
    public void Forms_IncludeInflectionsAndSpellings(string term, string form) =>
        Assert.Contains(form, PlainLanguage.Forms(term));
}
