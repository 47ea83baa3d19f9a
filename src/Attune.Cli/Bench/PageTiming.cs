namespace Attune.Cli.Bench;

/// <summary>One page's timings: server (Server-Timing header) and loopback round trip.</summary>
public sealed record PageTiming(string Who, string Url, int Status, long Bytes, Stats Server, Stats Wall);
