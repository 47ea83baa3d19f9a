using Attune.Storage.Model;

namespace Attune.Web.Coaching;

/// <summary>
/// One criterion on an advisor's profile: their pass rate and the team's, each with a Wilson interval, and whether it is a
/// strength or a gap. "Clear" when the intervals do not overlap; "by margin" when the rates differ by at least
/// <see cref="Margin"/> with at least <see cref="MarginMinimum"/> applicable interactions (a practical difference the
/// intervals cannot yet confirm).
/// </summary>
public sealed record CriterionComparison(string CriterionId, string Name, WilsonInterval Advisor, WilsonInterval Team, long NotApplicable)
{
    public const double Margin = 0.15;

    public const int MarginMinimum = 10;

    public Verdict Kind
    {
        get
        {
            if (Advisor.Trials == 0 || Team.Trials == 0)
            {
                return Verdict.NotEnough;
            }

            if (Advisor.ClearlyAbove(Team))
            {
                return Verdict.ClearStrength;
            }

            if (Advisor.ClearlyBelow(Team))
            {
                return Verdict.ClearGap;
            }

            var diff = Advisor.Rate!.Value - Team.Rate!.Value;
            if (Advisor.Trials >= MarginMinimum && diff >= Margin)
            {
                return Verdict.Strength;
            }

            return Advisor.Trials >= MarginMinimum && diff <= -Margin ? Verdict.Gap : Verdict.InLine;
        }
    }

    public bool IsStrength => Kind is Verdict.ClearStrength or Verdict.Strength;

    public bool IsGap => Kind is Verdict.ClearGap or Verdict.Gap;

    public enum Verdict { NotEnough, InLine, Strength, ClearStrength, Gap, ClearGap }

    /// <summary>Pairs the advisor's totals with the team's (overrides applied in both), by criterion.</summary>
    public static IReadOnlyList<CriterionComparison> Compare(IReadOnlyList<CriterionTotal> advisor, IReadOnlyList<CriterionTotal> team)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(team);
        var byId = team.ToDictionary(t => t.CriterionId, StringComparer.Ordinal);
        return advisor.Select(a =>
        {
            var t = byId.GetValueOrDefault(a.CriterionId);
            return new CriterionComparison(a.CriterionId, a.Name,
                WilsonInterval.Of(a.Passed, a.Passed + a.Failed),
                t is null ? WilsonInterval.Of(0, 0) : WilsonInterval.Of(t.Passed, t.Passed + t.Failed),
                a.NotApplicable);
        }).ToList();
    }
}
