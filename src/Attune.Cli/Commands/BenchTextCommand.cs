using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Attune.Cli.Bench;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune bench text`: sentences per second of the text analysis on a file of sentences, one
/// thread, for the side-by-side comparison with a sentiment library (bench/text-throughput.sh).
/// </summary>
public sealed class BenchTextCommand : Command<BenchTextCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--file <FILE>")]
        [Description("Sentences, one per line (e.g. from ../shared/bench/text/gen_sentences.js).")]
        public string File { get; init; } = "";

        [CommandOption("--detectors <SET>")]
        [Description("all (every detector, redaction on; default) or sentiment (customer sentiment alone, no redaction).")]
        [DefaultValue("all")]
        public string Detectors { get; init; } = "all";

        [CommandOption("--turns-per-conversation <N>")]
        [Description("Consecutive sentences form one conversation of this many turns (customer and advisor alternately). Default 20.")]
        [DefaultValue(20)]
        public int TurnsPerConversation { get; init; } = 20;

        [CommandOption("--warmup <SECONDS>")]
        [Description("Warm-up before the measured pass, in seconds. Default 1.")]
        [DefaultValue(1.0)]
        public double Warmup { get; init; } = 1.0;

        [CommandOption("--profile")]
        [Description("After the measured pass, one more pass with a stopwatch round every detector: µs per sentence for each.")]
        public bool Profile { get; init; }

        [CommandOption("--json")]
        [Description("Print one JSON object instead of a table (for scripts).")]
        public bool Json { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(File))
            {
                return ValidationResult.Error("--file is required: a text file with one sentence per line.");
            }

            if (ParseSet(Detectors) is null)
            {
                return ValidationResult.Error($"--detectors: '{Detectors}' is not known; expected all or sentiment.");
            }

            if (TurnsPerConversation < 1)
            {
                return ValidationResult.Error("--turns-per-conversation must be at least 1.");
            }

            return Warmup < 0 ? ValidationResult.Error("--warmup must not be negative.") : ValidationResult.Success();
        }
    }

    public static DetectorSet? ParseSet(string value) => value.ToLowerInvariant() switch
    {
        "all" => DetectorSet.All,
        "sentiment" => DetectorSet.Sentiment,
        _ => null,
    };

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> lines;
        try
        {
            lines = SentenceFile.Read(settings.File);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.File}: cannot read the sentence file ({ex.Message}).");
            return 2;
        }

        if (lines.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.File}: no sentences (expected one sentence per line).");
            return 2;
        }

        var set = ParseSet(settings.Detectors)!.Value;
        var bench = new TextThroughput(set, settings.TurnsPerConversation);
        if (bench.DetectorCount == 0 && set == DetectorSet.Sentiment)
        {
            AnsiConsole.MarkupLine("[red]error:[/] this build has no sentiment detector in its catalogue.");
            return 2;
        }

        var r = bench.Measure(lines, TimeSpan.FromSeconds(settings.Warmup));
        var profile = settings.Profile ? DetectorProfile.Measure(bench, lines) : null;
        if (settings.Json)
        {
            var doc = new Dictionary<string, object>
            {
                ["lib"] = "attune",
                ["detectors"] = settings.Detectors.ToLowerInvariant(),
                ["detector_count"] = r.DetectorCount,
                ["redact"] = bench.Options.Redact,
                ["turns_per_conversation"] = bench.TurnsPerConversation,
                ["n"] = r.Sentences,
                ["seconds"] = Math.Round(r.Seconds, 4),
                ["sentences_per_s"] = Math.Round(r.SentencesPerSecond),
                ["us_per_sentence"] = Math.Round(r.MicrosecondsPerSentence, 2),
                ["allocated_bytes"] = r.AllocatedBytes,
                ["allocated_bytes_per_sentence"] = Math.Round(r.AllocatedBytesPerSentence),
                ["peak_working_set_bytes"] = r.PeakWorkingSetBytes,
                ["findings"] = r.Findings,
            };
            if (profile is not null)
            {
                var us = new Dictionary<string, double>();
                foreach (var (name, value) in profile)
                {
                    us[name] = Math.Round(value, 3);
                }

                doc["profile_us_per_sentence"] = us;
            }

            Console.Out.WriteLine(JsonSerializer.Serialize(doc));
            return 0;
        }

        var table = new Table().AddColumns("measure", "value");
        table.AddRow("sentences", Format(r.Sentences));
        table.AddRow("detectors", $"{Markup.Escape(settings.Detectors)} ({r.DetectorCount}), redaction {(bench.Options.Redact ? "on" : "off")}, {bench.TurnsPerConversation} turns a conversation, 1 thread");
        table.AddRow("total seconds", r.Seconds.ToString("0.000", CultureInfo.InvariantCulture));
        table.AddRow("sentences/s", Format(Math.Round(r.SentencesPerSecond)));
        table.AddRow("µs per sentence", r.MicrosecondsPerSentence.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("allocated", $"{Mib(r.AllocatedBytes)} MiB ({Format(Math.Round(r.AllocatedBytesPerSentence))} B per sentence)");
        table.AddRow("peak working set", $"{Mib(r.PeakWorkingSetBytes)} MiB");
        table.AddRow("findings", Format(r.Findings));
        AnsiConsole.Write(table);
        if (profile is not null)
        {
            var total = profile[^1].MicrosecondsPerSentence;
            var p = new Table().AddColumns("detector", "µs per sentence", "share");
            foreach (var (name, value) in profile)
            {
                p.AddRow(Markup.Escape(name), value.ToString("0.00", CultureInfo.InvariantCulture),
                    total > 0 ? (value / total).ToString("0%", CultureInfo.InvariantCulture) : "");
            }

            AnsiConsole.Write(p);
        }

        return 0;
    }

    internal static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
