using System.Globalization;

namespace Attune.Analysis.Scoring;

/// <summary>
/// <c>absence</c>: passes when none of the signals occur. The first <see cref="Tolerance"/>
/// occurrences are free; each further one takes <see cref="Penalty"/> off the score (floor 0).
/// Score = max(0, 1 − penalty × max(0, count − tolerance)). It always has an opportunity.
/// </summary>
public sealed record AbsenceRule(IReadOnlyList<SignalSelector> Signals, int Tolerance = 0, double Penalty = 0.25) : ScoringRule
{
    public override string Kind => "absence";

    public override bool CanLackOpportunity => false;

    public override RuleOutcome Evaluate(AnalysisResult result)
    {
        var found = Rules.Collect(Signals, result);
        var over = Math.Max(0, found.Count - Tolerance);
        var score = Math.Max(0, 1 - (Penalty * over));
        string reason;
        if (found.Count == 0)
        {
            reason = $"none found ({string.Join(", ", Signals)})";
        }
        else
        {
            reason = $"found {Rules.Breakdown(found)}";
            reason += over == 0
                ? $" (within the tolerance of {Tolerance})"
                : $" ({over} over the tolerance of {Tolerance}, −{Penalty.ToString("0.##", CultureInfo.InvariantCulture)} each)";
        }

        return new RuleOutcome(score, reason, found);
    }
}
