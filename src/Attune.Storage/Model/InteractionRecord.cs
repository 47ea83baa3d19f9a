namespace Attune.Storage.Model;

/// <summary>
/// One analysed interaction as stored. The columns are what lists, filters and aggregates need; the full analysis
/// (redacted transcript, findings, score with evidence, audio summary) is <see cref="AnalysisJson"/>, the JSON report
/// of docs/output-json.md. Transcript text is redacted before it gets here (PRODUCT.md privacy).
/// </summary>
public sealed class InteractionRecord
{
    /// <summary>Assigned by the store.</summary>
    public long Id { get; set; }

    /// <summary>The source system's id: posting the same external id again updates the interaction (idempotent).</summary>
    public string? ExternalId { get; set; }

    public string? AdvisorId { get; set; }

    public string? AdvisorName { get; set; }

    public string? TeamId { get; set; }

    public string? CustomerId { get; set; }

    /// <summary>voice, chat or email.</summary>
    public string Channel { get; set; } = "chat";

    public DateTimeOffset StartedAt { get; set; }

    public double? DurationSeconds { get; set; }

    /// <summary>Empathy score 0–100 from the scorecard; null when nothing applied.</summary>
    public double? Score { get; set; }

    public bool AutoFailed { get; set; }

    /// <summary>Customer sentiment score -100..+100.</summary>
    public double? Sentiment { get; set; }

    public double? SentimentTrend { get; set; }

    /// <summary>Customer emotion journey "start→end" in state words (angry→calm), or null.</summary>
    public string? Journey { get; set; }

    /// <summary>The customer was distressed at some point (angry, distressed or anxious with high intensity): the leaderboard's difficulty.</summary>
    public bool Distressed { get; set; }

    /// <summary>The interaction ended before its natural end (a live session idle or disconnected): stored and scored as far as it went.</summary>
    public bool Incomplete { get; set; }

    /// <summary>The redacted transcript as plain text ("Customer: …" lines), for full-text search.</summary>
    public string Transcript { get; set; } = "";

    /// <summary>The JSON report of the analysis.</summary>
    public string AnalysisJson { get; set; } = "{}";

    /// <summary>Stored recording (relative path in the blob folder), when the interaction came with audio.</summary>
    public string? AudioPath { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Findings per signal id (for filters and the signal distribution).</summary>
    public IReadOnlyList<SignalCount> Signals { get; set; } = [];

    /// <summary>Scorecard criteria outcomes (for rates, profiles and the QA review).</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; set; } = [];
}
