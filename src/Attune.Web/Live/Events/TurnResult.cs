namespace Attune.Web.Live.Events;

/// <summary>The answer to a turn (REST and hub): its findings and the nudges to show; empty for a partial turn.</summary>
public sealed record TurnResult(IReadOnlyList<LiveFinding> Findings, IReadOnlyList<LiveNudge> Nudges)
{
    public static TurnResult Empty { get; } = new([], []);
}
