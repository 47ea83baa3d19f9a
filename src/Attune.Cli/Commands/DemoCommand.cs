using System.ComponentModel;
using Attune.Cli.Demo;
using Attune.Cli.Loadtest;
using Attune.Web;
using Attune.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune demo`: the web workspace with an embedded SQLite database in a demo folder (./attune-demo), seeded on the
/// first start with an account per role, the sample transcripts and recordings and a generated history, all analysed
/// for real; then it serves and prints how to sign in as each role. Running it again reuses the database (--reset
/// starts over).
/// </summary>
public sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen.")]
        [DefaultValue("http://127.0.0.1:5000")]
        public string Urls { get; init; } = "http://127.0.0.1:5000";

        [CommandOption("--dir <DIR>")]
        [Description("The demo folder (database and recordings).")]
        [DefaultValue("attune-demo")]
        public string Dir { get; init; } = "attune-demo";

        [CommandOption("--reset")]
        [Description("Delete the demo folder first and seed again.")]
        public bool Reset { get; init; }

        [CommandOption("--samples <DIR>")]
        [Description("The samples folder to seed from (default: the repository's samples/).")]
        public string? Samples { get; init; }

        [CommandOption("--history <N>")]
        [Description("How many interactions to generate over the last 60 days.")]
        [DefaultValue(360)]
        public int History { get; init; } = 360;

        [CommandOption("--seed-only")]
        [Description("Seed the database and exit without serving (for scripts and tests).")]
        public bool SeedOnly { get; init; }

        [CommandOption("--live <N>")]
        [Description("Simulated live sessions at a time (half calls, half chats) for the demo advisors, so /live and /live/wall show something happening; 0 turns it off.")]
        [DefaultValue(5)]
        public int Live { get; init; } = 5;

        /// <summary>Multiplies the simulated chats' human pace (seconds between turns and sessions): tests go faster.</summary>
        [CommandOption("--live-pace <FACTOR>", IsHidden = true)]
        [DefaultValue(1.0)]
        public double LivePace { get; init; } = 1.0;

        public override ValidationResult Validate() =>
            History is < 0 or > 100_000 ? ValidationResult.Error("--history must be between 0 and 100000.")
            : Live is < 0 or > 100 ? ValidationResult.Error("--live must be between 0 and 100.")
            : LivePace is <= 0 or > 100 ? ValidationResult.Error("--live-pace must be above 0 and at most 100.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var dir = Path.GetFullPath(settings.Dir);
        if (settings.Reset && Directory.Exists(dir))
        {
            // A pooled connection would keep the deleted database alive within this process.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        var samples = settings.Samples ?? FindSamples();
        if (samples is null || !Directory.Exists(samples))
        {
            console.MarkupLine("[yellow]warning:[/] the samples folder was not found (run from the repository or pass --samples DIR); seeding accounts and generated history only.");
            samples = null;
        }

        var app = AttuneWebApp.Create(
        [
            .. context.Remaining.Raw,
            $"--urls={settings.Urls}",
            "--Storage:Provider=sqlite",
            $"--ConnectionStrings:Attune=Data Source={Path.Combine(dir, "attune.db")}",
            $"--Storage:BlobPath={Path.Combine(dir, "blobs")}",
            // The demo prints its own address and sign-in table; framework start-up chatter would bury them.
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.PrepareAsync(cancellationToken);
        var seeder = app.Services.GetRequiredService<DemoSeeder>();
        if (await seeder.IsSeededAsync(cancellationToken))
        {
            console.MarkupLineInterpolated($"Reusing the demo database in [bold]{dir}[/] (--reset to start over).");
        }
        else
        {
            DemoSeedResult result = null!;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Analysing demo interactions");
                    result = await seeder.SeedAsync(
                        new DemoOptions { SamplesPath = samples, HistoryCount = settings.History },
                        (_, done, total) =>
                        {
                            task.MaxValue = total;
                            task.Value = done;
                        },
                        cancellationToken);
                    task.Value = task.MaxValue;
                });
            console.MarkupLineInterpolated($"Seeded [bold]{dir}[/]: {result.Samples} sample transcripts, {result.Recordings} recordings, {result.Generated} generated interactions over the last 60 days.");
            foreach (var f in result.Failures)
            {
                console.MarkupLineInterpolated($"[yellow]skipped[/] {f}");
            }
        }

        if (settings.SeedOnly)
        {
            await app.DisposeAsync();
            return 0;
        }

        await app.StartAsync(cancellationToken);
        WriteSignIn(settings.Urls);
        using var stopLive = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        var live = settings.Live > 0 ? await StartLiveAsync(app, seeder, settings, samples, stopLive.Token) : Task.CompletedTask;
        await app.WaitForShutdownAsync(cancellationToken);
        await stopLive.CancelAsync();
        await live.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// Starts the live simulation (<see cref="LiveSimulation"/>) against this server on loopback with an ingest key of
    /// its own, and says where to look.
    /// </summary>
    private async Task<Task> StartLiveAsync(WebApplication app, DemoSeeder seeder, Settings settings, string? samples, CancellationToken ct)
    {
        var key = await seeder.LiveKeyAsync(ct);
        var pace = settings.LivePace;
        var options = new LiveSimulationOptions
        {
            Sessions = settings.Live,
            Advisors = [.. DemoPeople.Advisors.Select(p => new LiveParticipants(p.AdvisorId!, p.DisplayName, p.TeamId, ""))],
            TurnSeconds = (5 * pace, 8 * pace),
            PauseSeconds = (3 * pace, 8 * pace),
        };
        var simulation = LiveSimulation.Create(options, samples, w => console.MarkupLineInterpolated($"[yellow]live simulation:[/] {w}"));
        var server = LoopbackAddress(app.Urls.FirstOrDefault() ?? settings.Urls.Split(';')[0]);
        var url = settings.Urls.Split(';')[0].TrimEnd('/');
        var what = simulation.CallSlots > 0
            ? $"{simulation.CallSlots} calls and {simulation.ChatSlots} chats at a time (call audio: {simulation.Audio})"
            : $"{simulation.ChatSlots} chats at a time (no calls: {simulation.Audio})";
        console.MarkupLineInterpolated(
            $"[green]Live simulation running:[/] {what}. Sign in as [bold]sam[/] for live assist at {url}/live, as [bold]lead[/] for the supervisor wall at {url}/live/wall (--live 0 turns it off).");
        return Task.Run(() => simulation.RunAsync(server, key, ct), CancellationToken.None);
    }

    /// <summary>The server's own address as a loopback URL (a wildcard host such as 0.0.0.0 or [::] becomes 127.0.0.1).</summary>
    internal static Uri LoopbackAddress(string url)
    {
        var normalised = url.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal);
        var builder = new UriBuilder(normalised);
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1";
        }

        builder.Path = "/";
        return builder.Uri;
    }

    private void WriteSignIn(string urls)
    {
        var url = urls.Split(';')[0];
        var table = new Table().Title($"Attune demo: open [link]{Markup.Escape(url)}[/] and sign in (password [bold]{DemoPeople.Password}[/] for everyone)")
            .AddColumn("Role").AddColumn("User").AddColumn("Password").AddColumn("Sees");
        foreach (var p in DemoPeople.All)
        {
            table.AddRow(Markup.Escape(p.Role.ToString()), $"[bold]{Markup.Escape(p.UserName)}[/]", DemoPeople.Password, Markup.Escape($"{p.DisplayName}: {p.Sees}"));
        }

        console.Write(table);
        console.MarkupLine("Demo passwords: for this machine only. Ctrl+C stops the server; `./attune demo` again reuses the data.");
    }

    /// <summary>The repository's samples/: looked for above the working directory and above the binary (artifacts/cli).</summary>
    internal static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, "README.md")) && Directory.Exists(Path.Combine(candidate, "audio")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
