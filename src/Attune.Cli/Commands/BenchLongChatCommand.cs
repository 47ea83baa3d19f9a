using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Attune.Analysis;
using Attune.Cli.Bench;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune bench longchat`: synthesises a long chat (default four hours, a message about every
/// ten seconds), analyses it with every detector and reports the process's peak working set and
/// the bytes allocated, against a budget (default 100 MB, the figure the product promises).
/// </summary>
public sealed class BenchLongChatCommand : Command<BenchLongChatCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--hours <H>")]
        [Description("Length of the chat in hours. Default 4.")]
        [DefaultValue(4.0)]
        public double Hours { get; init; } = 4.0;

        [CommandOption("--interval <SECONDS>")]
        [Description("Mean seconds between messages. Default 10.")]
        [DefaultValue(10.0)]
        public double Interval { get; init; } = 10.0;

        [CommandOption("--seed <N>")]
        [Description("Seed of the generator (same seed, same transcript).")]
        [DefaultValue(0x2545F491u)]
        public uint Seed { get; init; } = 0x2545F491u;

        [CommandOption("--write <FILE>")]
        [Description("Also write the generated chat as Attune JSON (to analyse it with `attune analyze`).")]
        public string? Write { get; init; }

        [CommandOption("--budget-mb <MB>")]
        [Description("Exit with code 3 when the peak working set exceeds this many MB (10^6 bytes). Default 100.")]
        [DefaultValue(100.0)]
        public double BudgetMb { get; init; } = 100.0;

        [CommandOption("--json")]
        [Description("Print one JSON object instead of a table.")]
        public bool Json { get; init; }

        public override ValidationResult Validate()
        {
            if (Hours is <= 0 or > 48)
            {
                return ValidationResult.Error("--hours must be above 0 and at most 48.");
            }

            return Interval <= 0 ? ValidationResult.Error("--interval must be above 0 seconds.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var startWorkingSet = TextThroughput.PeakWorkingSet();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        var conversation = new LongChatGenerator(settings.Seed).Generate(TimeSpan.FromHours(settings.Hours), settings.Interval);
        var generated = Stopwatch.GetElapsedTime(started).TotalSeconds;

        if (settings.Write is not null)
        {
            try
            {
                using var stream = File.Create(settings.Write);
                AttuneJsonWriter.Write(conversation, stream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.Write}: cannot write ({ex.Message}).");
                return 2;
            }
        }

        started = Stopwatch.GetTimestamp();
        var result = Analyzer.Analyze(conversation, AnalysisOptions.Default);
        var analysed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = TextThroughput.PeakWorkingSet();

        // what stays alive: the conversation and its findings, measured after a full collection
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);

        var words = 0L;
        foreach (var t in conversation.Turns)
        {
            words += CountWords(t.Text);
        }

        var last = conversation.Turns.Count > 0 ? conversation.Turns[^1].End ?? 0 : 0;
        var budgetBytes = settings.BudgetMb * 1_000_000;
        var within = peak <= budgetBytes;
        if (settings.Json)
        {
            var doc = new Dictionary<string, object>
            {
                ["hours"] = settings.Hours,
                ["turns"] = conversation.Turns.Count,
                ["words"] = words,
                ["transcript_seconds"] = Math.Round(last, 1),
                ["findings"] = result.Findings.Count,
                ["generate_seconds"] = Math.Round(generated, 3),
                ["analyse_seconds"] = Math.Round(analysed, 3),
                ["allocated_bytes"] = allocated,
                ["retained_managed_bytes"] = retained,
                ["start_working_set_bytes"] = startWorkingSet,
                ["peak_working_set_bytes"] = peak,
                ["budget_bytes"] = (long)budgetBytes,
                ["within_budget"] = within,
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(doc));
        }
        else
        {
            var table = new Table().AddColumns("measure", "value");
            table.AddRow("chat", $"{settings.Hours.ToString("0.##", CultureInfo.InvariantCulture)} h, {conversation.Turns.Count:#,0} turns, {words:#,0} words");
            table.AddRow("findings", result.Findings.Count.ToString("#,0", CultureInfo.InvariantCulture));
            table.AddRow("generate / analyse", $"{generated:0.000} s / {analysed:0.000} s");
            table.AddRow("GC allocated (generate + analyse)", $"{BenchTextCommand.Mib(allocated)} MiB");
            table.AddRow("managed heap retained (result alive)", $"{BenchTextCommand.Mib(retained)} MiB");
            table.AddRow("working set at start", $"{BenchTextCommand.Mib(startWorkingSet)} MiB");
            table.AddRow("peak working set", $"{BenchTextCommand.Mib(peak)} MiB ({peak / 1e6:0.0} MB)");
            table.AddRow("budget", $"{settings.BudgetMb:0.#} MB: {(within ? "[green]within[/]" : "[red]exceeded[/]")}");
            AnsiConsole.Write(table);
        }

        return within ? 0 : 3;
    }

    private static int CountWords(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
