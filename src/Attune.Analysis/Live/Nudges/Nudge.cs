using Attune.Analysis.Findings;

namespace Attune.Analysis.Live.Nudges;

/// <summary>
/// One hint for the advisor during a live interaction.
/// </summary>
/// <param name="Kind">One of <see cref="NudgeKinds"/>.</param>
/// <param name="Priority">Higher wins when several nudges compete for the same moment (<see cref="NudgePolicy"/>).</param>
/// <param name="Text">What the advisor reads: short, in the second person.</param>
/// <param name="Time">Seconds into the interaction when the trigger happened (the interaction's clock, not the wall clock).</param>
/// <param name="Turn">The turn the trigger is in (-1 when the trigger has no turn, e.g. a silence before any turn).</param>
/// <param name="Suggestion">A phrase the advisor could say, where one fits.</param>
/// <param name="Quote">The words that triggered it, or for <see cref="NudgeKinds.ShowEarlier"/> what the customer said earlier.</param>
/// <param name="Findings">The finding(s) that triggered it; empty for a dynamics event that came without a finding.</param>
public sealed record Nudge(
    string Kind,
    int Priority,
    string Text,
    double Time,
    int Turn,
    string? Suggestion = null,
    string? Quote = null,
    IReadOnlyList<Finding>? Findings = null)
{
    /// <summary>The finding(s) that triggered the nudge (never null).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = Findings ?? [];
}
