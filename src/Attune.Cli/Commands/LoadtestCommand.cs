using System.ComponentModel;
using System.Globalization;
using Attune.Cli.Loadtest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune loadtest`: live sessions at real-time pace through the real endpoints — Twilio Media Streams calls on
/// /ingest/twilio, chats over /api/live — each watched by a SignalR client on /hubs/live; prints the latency from a
/// trigger (chat turn sent, audio frame sent) to the finding/nudge/dynamics/alert event it caused, dropped events and
/// frames, and server CPU. Without --server it starts `attune serve` as a separate process and measures it.
/// </summary>
public sealed class LoadtestCommand(IAnsiConsole console) : AsyncCommand<LoadtestCommand.Settings>
{
    public const string DefaultKey = "attune-loadtest-key-0123456789";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--calls <N>")]
        [Description("Concurrent Twilio calls (dual-channel µ-law audio at real-time pace). Default 10.")]
        [DefaultValue(10)]
        public int Calls { get; init; } = 10;

        [CommandOption("--chats <M>")]
        [Description("Concurrent chats over REST. Default 10.")]
        [DefaultValue(10)]
        public int Chats { get; init; } = 10;

        [CommandOption("--duration <S>")]
        [Description("Seconds measured once every session is up. Default 60.")]
        [DefaultValue(60.0)]
        public double Duration { get; init; } = 60;

        [CommandOption("--ramp <S>")]
        [Description("Seconds over which the sessions are started (not measured). Default 10.")]
        [DefaultValue(10.0)]
        public double Ramp { get; init; } = 10;

        [CommandOption("--server <URL>")]
        [Description("A running server (e.g. `attune serve`); default: start one as a separate process with a fresh temp database.")]
        public string? Server { get; init; }

        [CommandOption("--api-key <KEY>")]
        [Description("API key with the ingest role (needed with --server; the started server gets its own).")]
        public string? ApiKey { get; init; }

        [CommandOption("--sessions-per-connection <K>")]
        [Description("Sessions each SignalR client watches. Default 1 (one connection per session, like advisor desktops).")]
        [DefaultValue(1)]
        public int SessionsPerConnection { get; init; } = 1;

        [CommandOption("--turn-interval <S>")]
        [Description("Seconds between a chat's turns. Default 3.")]
        [DefaultValue(3.0)]
        public double TurnInterval { get; init; } = 3;

        [CommandOption("--server-setting <KEY=VALUE>")]
        [Description("Configuration for the started server, e.g. Live:OutboxCapacity=256. Repeatable.")]
        public string[] ServerSettings { get; init; } = [];

        [CommandOption("--server-env <NAME=VALUE>")]
        [Description("Environment variable for the started server process, e.g. DOTNET_gcConcurrent=1. Repeatable.")]
        public string[] ServerEnvironment { get; init; } = [];

        [CommandOption("--no-watch")]
        [Description("Do not watch the sessions over SignalR: the cost of ingestion alone (no latency figures).")]
        public bool NoWatch { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Also write the figures as JSON.")]
        public string? Json { get; init; }

        public override ValidationResult Validate()
        {
            if (Calls < 0 || Chats < 0 || Calls + Chats == 0)
            {
                return ValidationResult.Error("--calls and --chats must not be negative, and one of them at least 1.");
            }

            if (Duration <= 0 || Ramp < 0 || TurnInterval <= 0 || SessionsPerConnection < 1)
            {
                return ValidationResult.Error("--duration and --turn-interval must be positive, --ramp not negative, --sessions-per-connection at least 1.");
            }

            if (Server is not null && (string.IsNullOrEmpty(ApiKey) || !Uri.TryCreate(Server, UriKind.Absolute, out _)))
            {
                return ValidationResult.Error("--server needs an absolute URL and --api-key (an API key with the ingest role).");
            }

            if (ServerEnvironment.Any(e => e.IndexOf('=', StringComparison.Ordinal) < 1))
            {
                return ValidationResult.Error("--server-env takes NAME=VALUE.");
            }

            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var plan = new LoadtestPlan(
            settings.Calls,
            settings.Chats,
            settings.Duration,
            settings.Ramp,
            settings.Server is { } s ? new Uri(s.TrimEnd('/') + "/") : null,
            settings.ApiKey ?? DefaultKey,
            settings.SessionsPerConnection,
            settings.TurnInterval,
            [.. settings.ServerSettings.Select(x => x.StartsWith("--", StringComparison.Ordinal) ? x : "--" + x)],
            !settings.NoWatch,
            settings.ServerEnvironment.ToDictionary(e => e[..e.IndexOf('=', StringComparison.Ordinal)], e => e[(e.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal));
        var started = DateTimeOffset.UtcNow;
        var result = await new LoadtestRunner(plan, m => console.MarkupLineInterpolated($"[grey]{m}[/]")).RunAsync(cancellationToken);
        console.Write(LoadtestReport.Table(result));
        if (settings.Json is { } path)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            await File.WriteAllTextAsync(path, LoadtestReport.ToJson(result), cancellationToken);
            console.MarkupLineInterpolated($"figures written to {path} (run started {started.ToString("u", CultureInfo.InvariantCulture)})");
        }

        return 0;
    }
}
