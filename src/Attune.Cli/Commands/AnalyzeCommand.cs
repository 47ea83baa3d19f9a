using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune analyze FILE|DIR...`: analyse transcripts and report the score, the customer's
/// sentiment and emotion, and every recognised behaviour with its evidence, as a console
/// table, JSON or a self-contained HTML page. Exit code 0 when every file was analysed,
/// 1 when any failed (the others are still analysed), 2 for a usage error.
/// </summary>
public sealed class AnalyzeCommand : Command<AnalyzeCommand.Settings>
{
    private readonly IAnsiConsole _console;

    public AnalyzeCommand(IAnsiConsole console)
    {
        _console = console;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Transcripts and call recordings (.wav), or folders searched recursively for .json, .txt, .vtt and .wav files.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (console, default), json (docs/output-json.md) or html (one self-contained page).")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("-o|--out <PATH>")]
        [Description("Where to write: a file for one input, a folder (one report per input) for several. Without it: table and json go to the console (several json inputs as NDJSON, one line each); html needs it for several inputs.")]
        public string? Out { get; init; }

        [CommandOption("--scorecard <FILE>")]
        [Description("YAML scorecard (docs/scorecards.md). Default: the built-in \"Empathy essentials\".")]
        public string? Scorecard { get; init; }

        [CommandOption("--glossary <FILE>")]
        [Description("Organisation glossary for jargon: TSV (term, alternative, note) or YAML (term: alternative); see docs/signals/language.jargon.md.")]
        public string? Glossary { get; init; }

        [CommandOption("--input-format <FORMAT>")]
        [Description("Force the input format: json, text, vtt or transcribe. Default: chosen by content and extension.")]
        public string? InputFormat { get; init; }

        [CommandOption("--speaker <NAME=PARTY>")]
        [Description("Say who a named speaker is (customer, advisor, bot, system); repeatable: --speaker Sam=advisor --speaker Jo=customer.")]
        public string[] Speakers { get; init; } = [];

        [CommandOption("--no-redact")]
        [Description("Keep personal data (cards, phone numbers, e-mail, long digit runs) in the reports. Default: redacted.")]
        public bool NoRedact { get; init; }

        [CommandOption("--transcript <FILE>")]
        [Description("With one recording (.wav): its transcript (any format above, with or without turn times), aligned to the audio. In a folder, call.json / call.vtt / call.txt beside call.wav is used automatically.")]
        public string? Transcript { get; init; }

        [CommandOption("--customer-channel <SIDE>")]
        [Description("Which channel of a stereo recording is the customer: left (default) or right.")]
        [DefaultValue("left")]
        public string CustomerChannel { get; init; } = "left";

        [CommandOption("--whisper-model <PATH>")]
        [Description("A Whisper ggml model file: recordings without a transcript are transcribed with it. Default: the ATTUNE_WHISPER_MODEL environment variable; without either, only the voice is analysed.")]
        public string? WhisperModel { get; init; }

        [CommandOption("-j|--jobs <N>")]
        [Description("Files analysed in parallel. Default: one per processor.")]
        public int Jobs { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // When the report itself goes to standard output (json, html), progress, the summary and
        // failures go to standard error so the output stays machine-readable.
        var status = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        Reports.ConsoleWidth.Apply(_console, Console.IsOutputRedirected);
        Reports.ConsoleWidth.Apply(status, Console.IsErrorRedirected);
        return new AnalyzeRunner(_console, status).Run(settings, cancellationToken);
    }
}
