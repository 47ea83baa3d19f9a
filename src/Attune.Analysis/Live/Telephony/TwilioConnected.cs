namespace Attune.Analysis.Live.Telephony;

/// <summary>First message of a stream: the protocol (<c>"Call"</c>) and its semantic version (e.g. <c>"1.0.0"</c>).</summary>
public sealed record TwilioConnected(string? Protocol, string? Version) : TwilioMessage(0, null);
