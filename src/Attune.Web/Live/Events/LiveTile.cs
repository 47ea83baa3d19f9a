namespace Attune.Web.Live.Events;

/// <summary>One live session on the supervisor wall (and in an advisor's own list).</summary>
public sealed record LiveTile
{
    public required string SessionId { get; init; }

    public string? AdvisorId { get; init; }

    public string? AdvisorName { get; init; }

    public string? Team { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public string? Queue { get; init; }

    /// <summary>"chat" or "voice".</summary>
    public required string Channel { get; init; }

    /// <summary>"rest", "hub", "twilio" or "audiohook".</summary>
    public required string Source { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public double DurationSeconds { get; init; }

    public int Turns { get; init; }

    public LiveTileEmotion? CustomerEmotion { get; init; }

    /// <summary>"rising", "steady" or "falling".</summary>
    public required string Trend { get; init; }

    /// <summary>0..100.</summary>
    public int Risk { get; init; }

    public LiveTileAlert? LatestAlert { get; init; }

    public int AlertCount { get; init; }

    public int NudgeCount { get; init; }

    public bool Muted { get; init; }
}
