using Attune.Storage.Model;
using Attune.Web.Coaching;

namespace Attune.Web.Tests.Coaching;

public class ChampionsBoardTests
{
    /// <summary>Scores fall with difficulty across the centre; Hana takes hard calls and scores a little below Eddie, who takes only easy ones.</summary>
    public static readonly AdvisorTotal[] Centre =
    [
        new("eddie", "Eddie Easy", "north", 40, 84, 0),        // raw best, no distressed customers
        new("hana", "Hana Hard", "north", 40, 80, 30),        // 75 % distressed, slightly lower raw score
        new("mid1", "Mia", "north", 40, 68, 10),
        new("mid2", "Max", "south", 40, 62, 20),
        new("mid3", "Meg", "south", 40, 74, 4),
        new("lucky", "Lucky Few", "south", 4, 99, 0),          // below the minimum volume
    ];

    [Fact]
    public void Build_EasyCallsHighRawScore_DoesNotBeatHardCallsSlightlyLower()
    {
        var board = ChampionsBoard.Build(Centre, withinVariance: 100, minimumVolume: 10);
        var hana = board.Single(r => r.Advisor.AdvisorId == "hana");
        var eddie = board.Single(r => r.Advisor.AdvisorId == "eddie");
        Assert.Equal(1, hana.Rank);
        Assert.True(eddie.Rank > hana.Rank);
        Assert.True(hana.Expected < eddie.Expected, "harder calls lower the expected score");
    }

    [Fact]
    public void Build_BelowMinimumVolume_IsListedButNotRanked()
    {
        var board = ChampionsBoard.Build(Centre, withinVariance: 100, minimumVolume: 10);
        var lucky = board.Single(r => r.Advisor.AdvisorId == "lucky");
        Assert.Null(lucky.Rank);
        Assert.Equal("lucky", board[^1].Advisor.AdvisorId);
        Assert.Equal([1, 2, 3, 4, 5], board.Where(r => r.Ranked).Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Build_ShrinksLowVolumeMoreThanHighVolume()
    {
        // same residual, different volume: the advisor with fewer interactions keeps less of it
        AdvisorTotal[] advisors =
        [
            new("a", null, null, 200, 80, 0), new("b", null, null, 12, 80, 0),
            new("c", null, null, 100, 60, 0), new("d", null, null, 100, 70, 0), new("e", null, null, 100, 65, 0),
        ];
        var board = ChampionsBoard.Build(advisors, withinVariance: 400, minimumVolume: 10);
        var a = board.Single(r => r.Advisor.AdvisorId == "a");
        var b = board.Single(r => r.Advisor.AdvisorId == "b");
        Assert.True(b.Shrinkage > a.Shrinkage);
        Assert.True(a.Rank < b.Rank);
    }

    [Fact]
    public void Build_DifficultyDoesNotVary_ExpectedIsTheWeightedMean()
    {
        AdvisorTotal[] advisors = [new("a", null, null, 10, 70, 0), new("b", null, null, 30, 90, 0), new("c", null, null, 10, 60, 0)];
        var board = ChampionsBoard.Build(advisors, withinVariance: 0, minimumVolume: 10);
        Assert.All(board, r => Assert.Equal((700 + 2700 + 600) / 50.0, r.Expected!.Value, 9));
        Assert.Equal(["b", "a", "c"], board.Select(r => r.Advisor.AdvisorId));
    }

    [Fact]
    public void PooledWithinVariance_TwoAdvisors_IsSumOfSquaresOverNMinusGroups()
    {
        // a: 70, 80 (mean 75, SS 50); b: 50, 60, 70 (mean 60, SS 200) → 250 / (5 − 2)
        var v = ChampionsBoard.PooledWithinVariance([("a", 70), ("a", 80), ("b", 50), ("b", 60), ("b", 70)]);
        Assert.Equal(250.0 / 3, v, 9);
    }
}
