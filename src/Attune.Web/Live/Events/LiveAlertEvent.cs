namespace Attune.Web.Live.Events;

/// <summary>An alert rule fired for the session (severity info, warning or critical).</summary>
public sealed record LiveAlertEvent : LiveEvent
{
    public required string RuleId { get; init; }

    public required string Name { get; init; }

    public required string Severity { get; init; }

    public string? Detail { get; init; }

    public double Time { get; init; }
}
