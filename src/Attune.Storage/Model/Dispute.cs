namespace Attune.Storage.Model;

/// <summary>
/// An advisor's response to one criterion of their evaluation: acknowledged (agrees), or disputed with a comment, which a
/// QA analyst then resolves (upheld = the advisor was right, rejected = the evaluation stands).
/// </summary>
public sealed class Dispute
{
    public long Id { get; set; }

    public long InteractionId { get; set; }

    public string CriterionId { get; set; } = "";

    public string AdvisorUserId { get; set; } = "";

    /// <summary>acknowledged, open, upheld or rejected.</summary>
    public string Status { get; set; } = "open";

    public string Comment { get; set; } = "";

    public string? ResolvedBy { get; set; }

    public string? Resolution { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
