using Attune.Analysis.Reports;
using Attune.Analysis.Text.Detectors.Jargon;
using System.Collections.Concurrent;
using System.Text;
using Attune.Analysis;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Conversations;
using Attune.Analysis.Scoring;
using Attune.Analysis.Text;
using Attune.Cli.Input;
using Attune.Cli.Reports;
using Spectre.Console;

namespace Attune.Cli.Commands;

/// <summary>
/// What `attune analyze` does, apart from argument parsing so tests can run it in-process with
/// captured consoles, a replacement reader and chosen detectors.
/// </summary>
internal sealed class AnalyzeRunner
{
    public const int ExitOk = 0;
    public const int ExitFileFailed = 1;
    public const int ExitUsage = 2;

    private static readonly string[] ReportFormats = ["table", "json", "html"];

    private readonly IAnsiConsole _console;
    private readonly IAnsiConsole _stderr;
    private readonly Func<string, InputOptions, ImportResult> _read;
    private readonly Func<AnalysisOptions, IReadOnlyList<Detector>>? _detectors;

    /// <param name="console">where reports go (standard output)</param>
    /// <param name="stderr">where progress, the summary and failures go when the report itself is on standard output</param>
    /// <param name="read">how a file becomes a conversation (default <see cref="ConversationSource.Read"/>)</param>
    /// <param name="detectors">detectors for one conversation (default: the whole catalogue)</param>
    public AnalyzeRunner(IAnsiConsole console, IAnsiConsole? stderr = null, Func<string, InputOptions, ImportResult>? read = null,
        Func<AnalysisOptions, IReadOnlyList<Detector>>? detectors = null)
    {
        _console = console;
        _stderr = stderr ?? console;
        _read = read ?? ConversationSource.Read;
        _detectors = detectors;
    }

    public int Run(AnalyzeCommand.Settings s, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        var format = s.Format.Trim().ToLowerInvariant();
        if (!ReportFormats.Contains(format))
        {
            return Usage(_stderr, $"--format must be table, json or html (not '{s.Format}')");
        }

        if (s.InputFormat is not null && !InputOptions.Formats.Contains(s.InputFormat.ToLowerInvariant()))
        {
            return Usage(_stderr, $"--input-format must be one of {string.Join(", ", InputOptions.Formats)} (not '{s.InputFormat}')");
        }

        if (s.Jobs < 0)
        {
            return Usage(_stderr, "--jobs must be 0 (one per processor) or more");
        }

        var speakers = new Dictionary<string, Party>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in s.Speakers)
        {
            var eq = spec.LastIndexOf('=');
            var party = eq > 0 ? InputOptions.ParseParty(spec[(eq + 1)..]) : null;
            if (party is null)
            {
                return Usage(_stderr, $"--speaker expects NAME=PARTY with PARTY customer, advisor, bot or system (not '{spec}')");
            }

            speakers[spec[..eq].Trim()] = party.Value;
        }

        var scorecard = Scorecard.Default;
        if (s.Scorecard is not null)
        {
            var loaded = ScorecardLoader.LoadFile(s.Scorecard);
            if (!loaded.Success)
            {
                _stderr.MarkupLineInterpolated($"[red]error:[/] {s.Scorecard} is not a valid scorecard (see docs/scorecards.md):");
                foreach (var e in loaded.Errors)
                {
                    _stderr.MarkupLineInterpolated($"  {s.Scorecard}: {e}");
                }

                return ExitUsage;
            }

            scorecard = loaded.Value;
        }

        IReadOnlyDictionary<string, string> glossary = new Dictionary<string, string>();
        if (s.Glossary is not null)
        {
            var loaded = Glossary.Load(s.Glossary);
            if (!loaded.Success)
            {
                return Usage(_stderr, loaded.Error.ToString());
            }

            glossary = loaded.Value;
        }

        var options = new AnalysisOptions { Redact = !s.NoRedact, Glossary = glossary };
        var inputOptions = new InputOptions { Format = s.InputFormat?.ToLowerInvariant(), Speakers = speakers };

        var exclude = s.Out is not null && Directory.Exists(s.Out) && !s.Paths.Any(p => Directory.Exists(p) && IsUnder(p, s.Out)) ? s.Out : null;
        var inputs = InputFiles.Find(s.Paths, exclude);
        var count = inputs.Files.Count + inputs.Missing.Count;
        if (count == 0)
        {
            return Usage(_stderr, $"no transcripts found (looked for {string.Join(", ", InputFiles.KnownExtensions)} in {string.Join(", ", s.Paths)})");
        }

        var side = s.CustomerChannel.Trim().ToLowerInvariant();
        if (side is not ("left" or "right"))
        {
            return Usage(_stderr, $"--customer-channel must be left or right (not '{s.CustomerChannel}')");
        }

        var audioOptions = new CallAudioOptions { CustomerChannel = side == "left" ? 0 : 1 };
        if (s.Transcript is not null)
        {
            if (inputs.Files.Count != 1 || !inputs.Files[0].IsRecording)
            {
                return Usage(_stderr, "--transcript goes with exactly one recording (.wav); in a folder, put call.json beside call.wav instead");
            }

            if (!File.Exists(s.Transcript))
            {
                return Usage(_stderr, $"--transcript {s.Transcript}: no such file");
            }

            inputs = inputs with { Files = [inputs.Files[0] with { Transcript = s.Transcript }] };
        }

        var modelPath = s.WhisperModel ?? Environment.GetEnvironmentVariable("ATTUNE_WHISPER_MODEL");
        SpeechToText? speech = null;
        if (!string.IsNullOrWhiteSpace(modelPath) && inputs.Files.Any(f => f.IsRecording && f.Transcript is null))
        {
            speech = SpeechToText.Load(modelPath, out var problem);
            if (speech is null)
            {
                var from = s.WhisperModel is null ? " (from ATTUNE_WHISPER_MODEL)" : "";
                return Usage(_stderr, $"{problem}{from}");
            }
        }

        using var speechScope = speech;

        var several = count > 1;
        var outDir = s.Out is not null && (several || Directory.Exists(s.Out) || Path.EndsInDirectorySeparator(s.Out)) ? s.Out : null;
        var outFile = s.Out is not null && outDir is null ? s.Out : null;
        if (outDir is not null && File.Exists(outDir))
        {
            return Usage(_stderr, $"--out {outDir} is a file, but {count} inputs need a folder (one report each)");
        }

        if (format == "html" && several && s.Out is null)
        {
            return Usage(_stderr, "several inputs with --format html need --out DIR (one page per input)");
        }

        var toStdout = s.Out is null && format != "table";
        var status = toStdout ? _stderr : _console;
        var slots = new Slot[inputs.Files.Count];
        var names = new OutputNames(format);
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        void AnalyseOne(int i)
        {
            var input = inputs.Files[i];
            var slot = new Slot();
            slots[i] = slot;
            try
            {
                AnalysisResult result;
                if (input.IsRecording)
                {
                    Conversation? transcript = null;
                    if (input.Transcript is not null)
                    {
                        var readTranscript = _read(input.Transcript, inputOptions);
                        if (!readTranscript.Success)
                        {
                            slot.Error = $"{readTranscript.Error} (the transcript of {input.Path})";
                            return;
                        }

                        transcript = readTranscript.Value;
                    }

                    Func<CallAudio, TranscriptionOutcome>? transcribe = speech is null ? null : audio => speech.Transcribe(input.Path, audio, cancellationToken);
                    var recording = CallRecordingAnalyzer.AnalyzeFile(input.Path, transcript, options, audioOptions, transcribe, cancellationToken);
                    if (!recording.Success)
                    {
                        slot.Error = recording.Error.ToString();
                        return;
                    }

                    result = recording.Value;
                }
                else
                {
                    var read = _read(input.Path, inputOptions);
                    if (!read.Success)
                    {
                        slot.Error = read.Error.ToString();
                        return;
                    }

                    var conversation = read.Value;
                    result = _detectors is null ? Analyzer.Analyze(conversation, options) : Analyzer.Analyze(conversation, options, _detectors(options));
                }
                var report = AnalysisReport.Build(input.Path, result, scorecard, options.Redact);
                slot.Row = SummaryTable.For(input.RelativeName, report);
                if (toStdout)
                {
                    slot.Text = format == "json" ? JsonReport.ToJson(report, indented: !several) : HtmlReport.ToHtml(report);
                }
                else if (outDir is not null || outFile is not null)
                {
                    var path = outFile ?? Path.Combine(outDir!, names.For(input.RelativeName));
                    WriteReport(report, format, path);
                    slot.Written = path;
                }
                else
                {
                    slot.Report = report; // one input, table on the console
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // a bug or an unexpected input must not stop the batch or print a stack trace: it is this file's failure
                slot.Error = $"{input.Path}: could not be analysed ({ex.GetType().Name}: {ex.Message})";
            }
        }

        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = s.Jobs > 0 ? s.Jobs : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        try
        {
            if (several && status.Profile.Capabilities.Interactive)
            {
                status.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask($"Analysing {inputs.Files.Count} files", maxValue: Math.Max(1, inputs.Files.Count));
                        Parallel.For(0, inputs.Files.Count, parallel, i =>
                        {
                            AnalyseOne(i);
                            task.Increment(1);
                        });
                    });
            }
            else
            {
                Parallel.For(0, inputs.Files.Count, parallel, AnalyseOne);
            }
        }
        catch (OperationCanceledException)
        {
            status.MarkupLine("[yellow]cancelled[/]");
            return ExitFileFailed;
        }

        // outputs, in input order whatever order the files finished in
        if (toStdout)
        {
            var writer = _console.Profile.Out.Writer;
            foreach (var slot in slots)
            {
                if (slot.Text is not null)
                {
                    writer.Write(slot.Text);
                    writer.Write('\n');
                }
            }

            writer.Flush();
        }
        else if (!several && slots.Length == 1 && slots[0].Report is { } only)
        {
            TableReport.Write(only, _console);
        }

        var failures = inputs.Missing.Select(m => $"{m}: no such file or folder").Concat(slots.Where(x => x.Error is not null).Select(x => x.Error!)).ToList();
        var rows = slots.Where(x => x.Row is not null).Select(x => x.Row!).ToList();
        if (several && rows.Count > 0)
        {
            status.WriteLine();
            SummaryTable.Write(rows, status);
        }

        var written = slots.Count(x => x.Written is not null);
        if (written > 0)
        {
            status.MarkupLineInterpolated($"[grey]wrote {written} {format} report{(written == 1 ? "" : "s")} to {outDir ?? outFile}[/]");
        }
        else if (several && format == "table" && rows.Count > 0)
        {
            status.MarkupLine("[grey]one line per file; for each file's full report: attune analyze FILE, or --format html --out DIR[/]");
        }

        foreach (var dir in inputs.EmptyDirectories)
        {
            status.MarkupLineInterpolated($"[yellow]note:[/] no {string.Join(", ", InputFiles.KnownExtensions)} files in {dir}");
        }

        if (failures.Count > 0)
        {
            status.WriteLine();
            status.MarkupLineInterpolated($"[red bold]{failures.Count} of {count} failed:[/]");
            foreach (var f in failures)
            {
                status.MarkupLineInterpolated($"  [red]✘[/] {f}");
            }
        }

        return failures.Count == 0 ? ExitOk : ExitFileFailed;
    }

    private static void WriteReport(AnalysisReport report, string format, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        switch (format)
        {
            case "json":
                JsonReport.Write(report, stream, indented: true);
                break;
            case "html":
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                HtmlReport.Write(report, writer);
                break;
            }

            default:
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(writer),
                    Ansi = AnsiSupport.No,
                    ColorSystem = ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                console.Profile.Width = 120;
                TableReport.Write(report, console);
                break;
            }
        }
    }

    private static bool IsUnder(string path, string folder)
    {
        var p = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var f = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, StringComparison.Ordinal);
    }

    private static int Usage(IAnsiConsole console, string message)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitUsage;
    }

    /// <summary>One input's outcome; written by exactly one worker.</summary>
    private sealed class Slot
    {
        public string? Error { get; set; }

        public SummaryTable.Row? Row { get; set; }

        public string? Text { get; set; }

        public string? Written { get; set; }

        public AnalysisReport? Report { get; set; }
    }

    /// <summary>
    /// Report file names in an output folder: the input's relative path with its extension
    /// replaced by .attune.json/.html/.txt (never the input's own name, so writing into the
    /// input folder cannot overwrite a transcript); a clash gets -2, -3….
    /// </summary>
    private sealed class OutputNames(string format)
    {
        private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.OrdinalIgnoreCase);

        public string For(string relativeName)
        {
            var ext = format == "table" ? "txt" : format;
            var stem = Path.ChangeExtension(relativeName, null);
            var name = $"{stem}.attune.{ext}";
            for (var n = 2; !_used.TryAdd(name, 0); n++)
            {
                name = $"{stem}-{n}.attune.{ext}";
            }

            return name;
        }
    }
}
