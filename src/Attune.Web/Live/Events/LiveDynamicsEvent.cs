namespace Attune.Web.Live.Events;

/// <summary>A conversation-dynamics event of a call (interruption, overtalk, backchannel, nonTalk, longSilence, monologue).</summary>
public sealed record LiveDynamicsEvent : LiveEvent
{
    public required string Kind { get; init; }

    public string? Party { get; init; }

    public double Start { get; init; }

    public double End { get; init; }
}
