namespace Attune.Storage.Model;

/// <summary>A row of the interactions list (no analysis JSON).</summary>
public sealed class InteractionSummary
{
    public long Id { get; set; }

    public string? ExternalId { get; set; }

    public string? AdvisorId { get; set; }

    public string? AdvisorName { get; set; }

    public string? TeamId { get; set; }

    public string Channel { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public double? DurationSeconds { get; set; }

    public double? Score { get; set; }

    public bool AutoFailed { get; set; }

    public double? Sentiment { get; set; }

    public string? Journey { get; set; }

    public bool Distressed { get; set; }

    /// <summary>Ended before its natural end (see <see cref="InteractionRecord.Incomplete"/>).</summary>
    public bool Incomplete { get; set; }

    public bool HasAudio { get; set; }
}
