namespace Attune.Web.Live.Events;

/// <summary>The findings a turn produced (some may settle earlier turns: each item has its own turn).</summary>
public sealed record LiveFindingsEvent : LiveEvent
{
    public required int Turn { get; init; }

    public required IReadOnlyList<LiveFinding> Items { get; init; }
}
