using System.ComponentModel;
using System.Globalization;
using Attune.Cli.Bench;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune bench audio FILE`: the full audio analysis of a call recording (both channels: voice activity, pitch,
/// loudness, rate, dynamics), streamed from the WAV exactly as `attune analyze` does, on one thread; CPU seconds,
/// times real time per core and peak working set (bench/audio-speed.sh parses the last line).
/// </summary>
public sealed class BenchAudioCommand : Command<BenchAudioCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The call recording (WAV).")]
        public string File { get; init; } = "";

        [CommandOption("--repeat <N>")]
        [Description("Measured passes after one warm-up pass; the median is reported (and the best beside it). Default 5.")]
        [DefaultValue(5)]
        public int Repeat { get; init; } = 5;

        [CommandOption("--stages")]
        [Description("Afterwards, CPU seconds of parts of the path (decoding, YIN, loudness, channel analysers) in separate passes.")]
        public bool Stages { get; init; }

        public override ValidationResult Validate() =>
            Repeat is < 1 or > 1000 ? ValidationResult.Error("--repeat must be between 1 and 1000.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.File}: no such file.");
            return 2;
        }

        var bench = new AudioThroughput(settings.File);
        var (format, seconds, error) = bench.Probe();
        if (format is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {error}");
            return 2;
        }

        if (seconds <= 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.File}: the recording holds no audio.");
            return 2;
        }

        // Warm-up: one full pass, so that the measured ones run the optimised (tier-1) code, not the JIT.
        var warmup = bench.Analyse();
        var passes = new List<AudioPass>(settings.Repeat);
        for (var i = 0; i < settings.Repeat; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            passes.Add(bench.Analyse());
        }

        var peak = TextThroughput.PeakWorkingSet();
        // What stays alive after a full collection: the runtime's and the CLI's own objects (no analysis is kept).
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var byProcess = passes.OrderBy(p => p.ProcessCpuSeconds).ToList();
        var median = byProcess[(byProcess.Count - 1) / 2];
        var best = byProcess[0];
        var thread = CpuClock.HasThreadClock ? "analysing thread" : "process (no per-thread clock here)";

        var table = new Table().AddColumns("measure", "value");
        table.AddRow("file", Markup.Escape(Path.GetFileName(settings.File)));
        table.AddRow("audio", Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s, {format}")));
        table.AddRow("analysis", "CallAudioAnalyzer.Analyze streaming from WavReader: both channels (DC blocker, YIN pitch, voice activity, syllable nuclei, BS.1770 loudness, prosody track) and dynamics; 1 thread");
        table.AddRow("passes", $"1 warm-up (process CPU {S(warmup.ProcessCpuSeconds)} s) + {passes.Count} measured; median reported, ordered by process CPU");
        table.AddRow("process CPU, median / best", $"{S(median.ProcessCpuSeconds)} s / {S(best.ProcessCpuSeconds)} s");
        table.AddRow($"{thread} CPU, median / best", $"{S(median.ThreadCpuSeconds)} s / {S(passes.Min(p => p.ThreadCpuSeconds))} s");
        table.AddRow("wall, median / best", $"{S(median.WallSeconds)} s / {S(passes.Min(p => p.WallSeconds))} s");
        table.AddRow("× real time per core (process CPU), median / best", $"{X(seconds / median.ProcessCpuSeconds)}× / {X(seconds / best.ProcessCpuSeconds)}×");
        table.AddRow("× real time per core (thread CPU), median", $"{X(seconds / median.ThreadCpuSeconds)}×");
        table.AddRow("all passes, process CPU s", string.Join(" ", passes.Select(p => S(p.ProcessCpuSeconds))));
        table.AddRow("GC allocated per pass", $"{BenchTextCommand.Mib(median.AllocatedBytes)} MiB");
        table.AddRow("peak working set (VmHWM, whole run)", $"{BenchTextCommand.Mib(peak)} MiB");
        table.AddRow("managed heap after the passes (full collection)", $"{BenchTextCommand.Mib(retained)} MiB");
        table.AddRow("found", Markup.Escape(median.Found));
        AnsiConsole.Write(table);

        if (settings.Stages)
        {
            var stages = bench.Stages();
            var s = new Table().AddColumns("stage (separate pass, thread CPU)", "CPU s", "× real time");
            foreach (var (stage, cpu) in stages)
            {
                s.AddRow(Markup.Escape(stage), S(cpu), cpu > 0 ? X(seconds / cpu) + "×" : "");
            }

            AnsiConsole.Write(s);
        }

        // The one machine-readable line (bench/audio-speed.sh): median pass, whole-process CPU, peak in MiB.
        Console.Out.WriteLine(MachineLine(seconds, median.ProcessCpuSeconds, peak));
        return 0;
    }

    /// <summary>The line bench/audio-speed.sh and bench/audio-memory.sh parse; peak in MiB (2^20 bytes).</summary>
    internal static string MachineLine(double audioSeconds, double cpuSeconds, long peakBytes) => string.Create(CultureInfo.InvariantCulture,
        $"audio: {audioSeconds / cpuSeconds:0}× real time per core, cpu {cpuSeconds:0.000} s, peak {peakBytes / 1048576.0:0.0} MB");

    private static string S(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string X(double times) => times.ToString("#,0", CultureInfo.InvariantCulture);
}
