namespace Attune.Storage.Model;

public sealed class CoachingNote
{
    public long Id { get; set; }

    public string AdvisorId { get; set; } = "";

    public string AuthorUserId { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The interaction the note refers to, if any.</summary>
    public long? InteractionId { get; set; }

    public DateTimeOffset At { get; set; }
}
