namespace Attune.Web.Live.Events;

/// <summary>A final turn as stored (redacted).</summary>
public sealed record LiveTurnEvent : LiveEvent
{
    public required int Index { get; init; }

    /// <summary>customer, advisor, bot or system.</summary>
    public required string Party { get; init; }

    public required string Text { get; init; }

    public double? Start { get; init; }

    public double? End { get; init; }
}
