using Attune.Analysis.Audio.Calls;

namespace Attune.Cli.Bench;

/// <summary>One timed analysis of a recording: wall, calling-thread and whole-process CPU seconds, bytes allocated.</summary>
internal sealed record AudioPass(double WallSeconds, double ThreadCpuSeconds, double ProcessCpuSeconds, long AllocatedBytes, CallAudio Audio);
