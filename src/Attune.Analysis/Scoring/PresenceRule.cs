namespace Attune.Analysis.Scoring;

/// <summary>
/// <c>presence</c>: passes when at least <see cref="AtLeast"/> findings of the signals occur
/// (e.g. a statement of intent, the customer's name). Score = min(1, found / at_least).
/// It always has an opportunity; make it N/A with <c>na_when</c>.
/// </summary>
public sealed record PresenceRule(IReadOnlyList<SignalSelector> Signals, int AtLeast = 1) : ScoringRule
{
    public override string Kind => "presence";

    public override bool CanLackOpportunity => false;

    public override RuleOutcome Evaluate(AnalysisResult result)
    {
        var found = Rules.Collect(Signals, result);
        var score = Math.Min(1.0, (double)found.Count / AtLeast);
        var what = string.Join(", ", Signals);
        var reason = found.Count == 0
            ? $"none found ({what})"
            : $"found {Rules.Breakdown(found)}" + (found.Count < AtLeast ? $", {AtLeast} wanted" : "");
        return new RuleOutcome(score, reason, found);
    }
}
