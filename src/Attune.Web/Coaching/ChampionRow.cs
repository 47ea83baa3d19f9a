using Attune.Storage.Model;

namespace Attune.Web.Coaching;

/// <summary>
/// One advisor on the empathy champions board: raw average, difficulty (share of distressed customers), the score expected
/// at that difficulty, the shrunk score above expectation that ranks them, and the rank (null below the minimum volume).
/// </summary>
public sealed record ChampionRow(
    AdvisorTotal Advisor,
    double Difficulty,
    double? Expected,
    double? AboveExpected,
    double? Adjusted,
    double? Shrinkage,
    int? Rank)
{
    public bool Ranked => Rank is not null;
}
