using Attune.Analysis.Conversations;

namespace Attune.Analysis.Scoring;

/// <summary>
/// When a criterion is N/A (no opportunity: excluded from the weighted total). Any one
/// condition that holds makes it N/A:
/// <list type="bullet">
/// <item><see cref="NoOpportunity"/>: the rule had nothing to count (ratio, balance);</item>
/// <item><see cref="NoneOf"/>: none of these findings occurred (e.g. reassurance is N/A when the customer never had a negative moment);</item>
/// <item><see cref="Channels"/>: the interaction is on one of these channels;</item>
/// <item><see cref="NoTimes"/>: the turns carry no times (interruptions cannot be measured).</item>
/// </list>
/// </summary>
public sealed record NotApplicableWhen
{
    public static NotApplicableWhen Never { get; } = new();

    public bool NoOpportunity { get; init; }

    public IReadOnlyList<SignalSelector> NoneOf { get; init; } = [];

    public IReadOnlyList<Channel> Channels { get; init; } = [];

    public bool NoTimes { get; init; }

    /// <summary>The reason the criterion is N/A, or null when it applies.</summary>
    public string? Check(AnalysisResult result, RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outcome);
        if (NoOpportunity && outcome.NoOpportunity)
        {
            return outcome.Reason;
        }

        if (NoneOf.Count > 0 && !result.Findings.Any(f => Rules.MatchesAny(NoneOf, f)))
        {
            return $"no opportunity: none of {string.Join(", ", NoneOf)}";
        }

        var channel = result.Conversation.Channel;
        if (Channels.Contains(channel))
        {
            return $"not applicable to {channel.ToString().ToLowerInvariant()} interactions";
        }

        if (NoTimes && !result.Conversation.HasTimes)
        {
            return "not measurable: the transcript has no times";
        }

        return null;
    }
}
