namespace Attune.Storage.Model;

/// <summary>Who viewed or changed what, and when (evaluations, settings, users). Never deleted by the application.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user id, or "apikey:ID" for API calls.</summary>
    public string Actor { get; set; } = "";

    /// <summary>e.g. view, override, dispute, resolve, calibrate, pin, user.create, settings.scorecard.</summary>
    public string Action { get; set; } = "";

    public long? InteractionId { get; set; }

    public string Detail { get; set; } = "";
}
