namespace Attune.Cli.Loadtest;

/// <summary>An event's <c>trigger</c> (LIVE-CONTRACT.md): the chat turn's <c>ref</c> or the audio position <c>streamTime</c>.</summary>
public sealed record LiveTrigger(string? Ref, double? StreamTime, DateTimeOffset? ReceivedAt);
