namespace Attune.Storage.Model;

/// <summary>A QA analyst's override of one criterion's automatic outcome, with the reason.</summary>
public sealed class CriterionOverride
{
    public long InteractionId { get; set; }

    public string CriterionId { get; set; } = "";

    /// <summary>passed, failed or not_applicable.</summary>
    public string Outcome { get; set; } = "";

    public string Comment { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
