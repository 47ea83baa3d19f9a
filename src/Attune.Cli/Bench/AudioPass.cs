namespace Attune.Cli.Bench;

/// <summary>
/// One timed analysis of a recording: wall, calling-thread and whole-process CPU seconds, bytes allocated, and what
/// was found in one line (the analysis itself is not kept, so that the passes' peak memory is that of one analysis).
/// </summary>
internal sealed record AudioPass(double WallSeconds, double ThreadCpuSeconds, double ProcessCpuSeconds, long AllocatedBytes, string Found);
