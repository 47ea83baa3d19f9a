using Attune.Web.Coaching;

namespace Attune.Web.Tests.Coaching;

public class AgreementTests
{
    [Fact]
    public void FleissKappa_Fleiss1971WorkedExample_Is0210()
    {
        // the worked example of Fleiss' kappa (10 subjects, 14 raters, 5 categories; Wikipedia "Fleiss' kappa"): P̄ = 0.378, P̄e = 0.213, κ = 0.210
        int[][] table =
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ];
        var items = table.Select(r => (IReadOnlyList<int>)r).ToList();
        Assert.Equal(0.378, Agreement.MeanPairwise(items)!.Value, 3);
        Assert.Equal(0.210, Agreement.FleissKappa(items)!.Value, 3);
    }

    [Theory]
    [InlineData(new[] { 3, 0, 0 }, 1.0)]
    [InlineData(new[] { 2, 1, 0 }, 1.0 / 3)]
    [InlineData(new[] { 1, 1, 1 }, 0.0)]
    [InlineData(new[] { 2, 2, 0 }, 2.0 / 6)]
    public void Pairwise_Counts_IsShareOfAgreeingPairs(int[] counts, double expected) =>
        Assert.Equal(expected, Agreement.Pairwise(counts)!.Value, 6);

    [Fact]
    public void Pairwise_OneRater_IsNull() => Assert.Null(Agreement.Pairwise([1, 0, 0]));

    [Fact]
    public void FleissKappa_EveryoneUsedOneCategory_IsUndefined() =>
        Assert.Null(Agreement.FleissKappa([[3, 0, 0], [3, 0, 0]]));

    [Fact]
    public void FleissKappa_PerfectAgreementAcrossCategories_IsOne() =>
        Assert.Equal(1.0, Agreement.FleissKappa([[3, 0, 0], [0, 3, 0]])!.Value, 9);
}
