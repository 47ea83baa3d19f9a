using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Attune.Cli.Bench;

/// <summary>
/// CPU time consumed so far, by the calling thread and by the whole process. On Linux from
/// <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID / CLOCK_PROCESS_CPUTIME_ID)</c> (nanosecond resolution); elsewhere
/// the thread figure falls back to the process's <see cref="Process.TotalProcessorTime"/> (clock-tick resolution).
/// </summary>
internal static class CpuClock
{
    // Linux clockid_t values (include/uapi/linux/time.h).
    private const int ClockProcessCpuTime = 2;
    private const int ClockThreadCpuTime = 3;

    /// <summary>Whether <see cref="Thread"/> measures the calling thread alone (false: it is the process figure).</summary>
    public static bool HasThreadClock { get; } = OperatingSystem.IsLinux() && TryRead(ClockThreadCpuTime, out _);

    /// <summary>CPU seconds of the calling thread (user + system).</summary>
    public static double Thread() => HasThreadClock && TryRead(ClockThreadCpuTime, out var s) ? s : Process();

    /// <summary>CPU seconds of the process, every thread (user + system): the JIT and GC included.</summary>
    public static double Process()
    {
        if (OperatingSystem.IsLinux() && TryRead(ClockProcessCpuTime, out var s))
        {
            return s;
        }

        using var p = System.Diagnostics.Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalSeconds;
    }

    private static bool TryRead(int clock, out double seconds)
    {
        seconds = 0;
        try
        {
            if (NativeMethods.ClockGetTime(clock, out var ts) != 0)
            {
                return false;
            }

            seconds = ts.Seconds + ts.Nanoseconds * 1e-9;
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int ClockGetTime(int clockId, out TimeSpec time);
    }
}
