namespace Attune.Storage.Model;

/// <summary>A moment (one turn) or a whole interaction that QA curated into the exemplar library.</summary>
public sealed class ExemplarPin
{
    public long Id { get; set; }

    public long InteractionId { get; set; }

    /// <summary>The turn of the moment; null = the whole interaction.</summary>
    public int? Turn { get; set; }

    /// <summary>The journey it illustrates (angry→calm, anxious→positive, …).</summary>
    public string Journey { get; set; } = "";

    /// <summary>Criterion or signal it is an example of (e.g. empathy.statement), if any.</summary>
    public string? Signal { get; set; }

    public string Note { get; set; } = "";

    public string PinnedBy { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
