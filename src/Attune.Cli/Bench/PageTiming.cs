namespace Attune.Cli.Bench;

/// <summary>
/// One page's (or store call's) timings: server (Server-Timing header), loopback round trip, and the process's CPU time
/// during the request — on a shared machine the wall times grow with the load; the CPU time is what the request cost.
/// </summary>
public sealed record PageTiming(string Who, string Url, int Status, long Bytes, Stats Server, Stats Wall, Stats Cpu);
