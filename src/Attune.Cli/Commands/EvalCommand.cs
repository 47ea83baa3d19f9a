using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Attune.Cli.Eval;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>`attune eval`: recognition quality on labelled external data, with floors that guard against regressions.</summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public EvalCommand(IAnsiConsole console)
    {
        _console = console;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>")]
        [Description("Folder laid out like ../shared/data (swda/, goemotions/, …).")]
        [DefaultValue("../shared/data")]
        public string Data { get; init; } = "../shared/data";

        [CommandOption("--json <FILE>")]
        [Description("Also write the figures as JSON: {\"tasks\": {name: {metric, value, support, per_class}}}.")]
        public string? Json { get; init; }

        [CommandOption("--task <PREFIX>")]
        [Description("Run only tasks whose name starts with this (e.g. swda, vader.tweets).")]
        public string? Task { get; init; }

        [CommandOption("--floors <FILE>")]
        [Description("JSON {task: bound}: exit non-zero when a figure falls below its floor (for error metrics, rises above its ceiling).")]
        public string? Floors { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most N items per task, for a quick look (figures are then not comparable).")]
        public int Limit { get; init; }

        [CommandOption("--pitch-tracks <DIR>")]
        [Description("Score another pitch tracker's output on fda.pitch (task fda.pitch.external): NAME.f0 per NAME.wav, lines \"time f0\" (0 = unvoiced), e.g. from bench/praat-fda.sh.")]
        public string? PitchTracks { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Data))
        {
            _console.MarkupLineInterpolated($"[red]error:[/] data folder '{settings.Data}' does not exist (expected a folder laid out like ../shared/data).");
            return 2;
        }

        if (settings.PitchTracks is not null && !Directory.Exists(settings.PitchTracks))
        {
            _console.MarkupLineInterpolated($"[red]error:[/] pitch track folder '{settings.PitchTracks}' does not exist (expected NAME.f0 files of \"time f0\" lines).");
            return 2;
        }

        Dictionary<string, double>? floors = null;
        if (settings.Floors is not null)
        {
            try
            {
                floors = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(settings.Floors));
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                _console.MarkupLineInterpolated($"[red]error:[/] {settings.Floors}: cannot read floors ({ex.Message}); expected a JSON object of task name to minimum value.");
                return 2;
            }
        }

        var results = new List<EvalTaskResult>();
        var notes = new List<string>();
        var failures = new List<string>();
        var evalContext = new EvalContext { Limit = settings.Limit, PitchTracks = settings.PitchTracks, Log = m => _console.MarkupLineInterpolated($"[grey]{m}[/]") };
        foreach (var suite in EvalSuites.All)
        {
            if (settings.Task is not null && !suite.Tasks.Any(t => t.StartsWith(settings.Task, StringComparison.Ordinal) || settings.Task.StartsWith(t, StringComparison.Ordinal) || settings.Task.StartsWith(suite.Folder, StringComparison.Ordinal)))
            {
                continue;
            }

            var folder = Path.Combine(settings.Data, suite.Folder);
            if (!Directory.Exists(folder))
            {
                notes.Add($"{suite.Folder}: folder not found, skipped ({string.Join(", ", suite.Tasks)})");
                continue;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                foreach (var r in suite.Run(folder, evalContext))
                {
                    if (settings.Task is null || r.Task.StartsWith(settings.Task, StringComparison.Ordinal))
                    {
                        results.Add(r);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or JsonException or CsvHelper.CsvHelperException)
            {
                failures.Add($"{suite.Folder}: {ex.Message}");
            }

            evalContext.Log($"{suite.Folder}: {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1}s");
        }

        var table = new Table().AddColumns("task", "metric", "value", "support", "floor");
        foreach (var r in results.OrderBy(r => r.Task, StringComparer.Ordinal))
        {
            var floorText = "";
            if (floors is not null && floors.TryGetValue(r.Task, out var floor))
            {
                floorText = (r.LowerIsBetter ? "≤ " : "") + floor.ToString("0.000", CultureInfo.InvariantCulture);
                if (r.LowerIsBetter ? r.Value - 1e-9 > floor : r.Value + 1e-9 < floor)
                {
                    failures.Add(r.LowerIsBetter
                        ? $"{r.Task}: {r.Value:0.000} is above its ceiling {floor:0.000}"
                        : $"{r.Task}: {r.Value:0.000} is below its floor {floor:0.000}");
                    floorText = $"[red]{floorText}[/]";
                }
            }

            table.AddRow(Markup.Escape(r.Task), r.Metric, r.Value.ToString("0.000", CultureInfo.InvariantCulture), r.Support.ToString(CultureInfo.InvariantCulture), floorText);
        }

        _console.Write(table);
        foreach (var n in notes)
        {
            _console.MarkupLineInterpolated($"[yellow]note:[/] {n}");
        }

        if (floors is not null)
        {
            foreach (var name in floors.Keys.Where(k => results.All(r => r.Task != k)))
            {
                if (settings.Task is null || name.StartsWith(settings.Task, StringComparison.Ordinal))
                {
                    _console.MarkupLineInterpolated($"[yellow]note:[/] {name} has a floor but was not measured (data missing?)");
                }
            }
        }

        if (settings.Json is not null)
        {
            var doc = new { tasks = results.OrderBy(r => r.Task, StringComparer.Ordinal).ToDictionary(r => r.Task, r => r) };
            var dir = Path.GetDirectoryName(Path.GetFullPath(settings.Json));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllText(settings.Json, JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
        }

        foreach (var f in failures)
        {
            _console.MarkupLineInterpolated($"[red]fail:[/] {f}");
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
