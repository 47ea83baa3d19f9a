namespace Attune.Web.Live.Events;

/// <summary>
/// What caused an event: the client's id of the chat turn (<c>ref</c>), the audio position processed when it was
/// emitted (<c>streamTime</c>, seconds of the session timeline, telephony sessions), and when the server received the
/// input. The load test maps these back to the moment it sent the input, to measure latency.
/// </summary>
public sealed record LiveTrigger(string? Ref, double? StreamTime, DateTimeOffset ReceivedAt);
