namespace Attune.Cli.Loadtest;

/// <summary>The part of every live hub event the load test reads; the rest of the payload is skipped when deserialising.</summary>
public sealed record LiveEventEnvelope(string? SessionId, long Seq, LiveTrigger? Trigger);
