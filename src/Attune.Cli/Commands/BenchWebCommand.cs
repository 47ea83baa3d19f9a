using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Attune.Cli.Bench;
using Attune.Storage;
using Attune.Web;
using Attune.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune bench web seed|pages|ingest`: the web workspace's figures (issue 4). seed fills a SQLite file with generated,
/// analysed interactions and the benchmark accounts; pages starts the real server on it and times the overview, the
/// filtered list and an advisor profile as a QA analyst and a team leader; ingest posts generated transcripts to
/// /api/interactions with concurrent clients, to a server it starts or to one given with --server.
/// </summary>
public sealed class BenchWebCommand(IAnsiConsole console) : AsyncCommand<BenchWebCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<MODE>")]
        [Description("seed, pages or ingest.")]
        public string Mode { get; init; } = "";

        [CommandOption("--db <FILE>")]
        [Description("SQLite file (seed, pages; ingest without --server). Default bench-web/attune.db.")]
        [DefaultValue("bench-web/attune.db")]
        public string Database { get; init; } = "bench-web/attune.db";

        [CommandOption("--count <N>")]
        [Description("seed: interactions to store (default 100000); ingest: transcripts to post (default 10000).")]
        public int? Count { get; init; }

        [CommandOption("--first <N>")]
        [Description("Index of the first generated interaction (ingest: default 1000000, so posts do not collide with the seed).")]
        public int? First { get; init; }

        [CommandOption("--pool <N>")]
        [Description("seed: analyse only the first N generated interactions; later ones copy a pooled one of the same advisor with their own id and date (default: analyse all).")]
        public int? Pool { get; init; }

        [CommandOption("--end <DATE>")]
        [Description("The newest generated interaction's date (UTC); the data spans the year before. Default: today.")]
        public string? End { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Generator seed. Default 20251126.")]
        [DefaultValue(20251126u)]
        public uint Seed { get; init; } = 20251126u;

        [CommandOption("--rounds <N>")]
        [Description("pages: timed requests per page (after one warm-up). Default 30.")]
        [DefaultValue(30)]
        public int Rounds { get; init; } = 30;

        [CommandOption("--url <WHO=PATH>")]
        [Description("pages: extra page to time, e.g. qa=/interactions?q=refund (who: qa or lead-TEAM). Repeatable.")]
        public string[] Urls { get; init; } = [];

        [CommandOption("--concurrency <C>")]
        [Description("ingest: concurrent clients. Default 8.")]
        [DefaultValue(8)]
        public int Concurrency { get; init; } = 8;

        [CommandOption("--warmup <N>")]
        [Description("ingest: transcripts posted first and not timed (JIT, connection pool, SQLite cache). Default 300.")]
        [DefaultValue(300)]
        public int Warmup { get; init; } = 300;

        [CommandOption("--server <URL>")]
        [Description("ingest: an already running server (e.g. `attune serve`), instead of starting one in this process.")]
        public string? Server { get; init; }

        [CommandOption("--key <SECRET>")]
        [Description("ingest: API key (the server's ATTUNE_BOOTSTRAP_API_KEY). Default: a bench key for the server this starts.")]
        public string? Key { get; init; }

        public override ValidationResult Validate()
        {
            if (Mode is not ("seed" or "pages" or "ingest"))
            {
                return ValidationResult.Error($"MODE '{Mode}' is not known: expected seed, pages or ingest.");
            }

            if (End is not null && !DateTimeOffset.TryParse(End, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                return ValidationResult.Error($"--end '{End}' is not a date (yyyy-MM-dd).");
            }

            if (Server is not null && string.IsNullOrEmpty(Key))
            {
                return ValidationResult.Error("--server needs --key (an API key with the ingest role).");
            }

            return Count < 1 || Pool < 1 || Rounds < 1 || Concurrency < 1 || Warmup < 0 ? ValidationResult.Error("--count, --pool, --rounds and --concurrency must be at least 1; --warmup not negative.") : ValidationResult.Success();
        }
    }

    public const string BenchKey = "bench-web-key-0123456789";

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var end = settings.End is { } e
            ? DateTimeOffset.Parse(e, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var generator = new InteractionGenerator(end, settings.Seed);
        return settings.Mode switch
        {
            "seed" => await SeedAsync(settings, generator, cancellationToken),
            "pages" => await PagesAsync(settings, generator, cancellationToken),
            _ => await IngestAsync(settings, generator, cancellationToken),
        };
    }

    private async Task<int> SeedAsync(Settings settings, InteractionGenerator generator, CancellationToken ct)
    {
        var count = settings.Count ?? 100_000;
        await using var app = WebBench.CreateApp(settings.Database, BenchKey);
        await app.PrepareAsync(ct);
        var seeder = app.Services.GetRequiredService<GeneratedDataSeeder>();
        await seeder.SeedPeopleAsync(WebBench.Password, ct);
        var clock = Stopwatch.StartNew();
        var last = 0L;
        await seeder.SeedWithPoolAsync(generator, settings.First ?? 0, count, settings.Pool ?? count, 1000, new Progress<int>(n =>
        {
            if (clock.ElapsedMilliseconds - Interlocked.Read(ref last) > 5000)
            {
                Interlocked.Exchange(ref last, clock.ElapsedMilliseconds);
                console.MarkupLineInterpolated($"  {n:N0} stored ({n / clock.Elapsed.TotalSeconds:N0}/s)");
            }
        }), ct);
        console.MarkupLineInterpolated($"Seeded {count:N0} interactions ({settings.Pool ?? count:N0} analysed, the rest copies) ending {generator.End:yyyy-MM-dd} (seed {settings.Seed}) into {settings.Database} in {clock.Elapsed.TotalSeconds:N1} s ({count / clock.Elapsed.TotalSeconds:N0}/s); accounts {GeneratedDataSeeder.AnalystUser}, lead-TEAM, advisor ids; password {WebBench.Password}");
        return 0;
    }

    private async Task<int> PagesAsync(Settings settings, InteractionGenerator generator, CancellationToken ct)
    {
        if (!File.Exists(settings.Database))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {settings.Database} does not exist: run `attune bench web seed --db {settings.Database}` first.");
            return 2;
        }

        await using var app = WebBench.CreateApp(settings.Database, BenchKey);
        var server = await WebBench.StartAsync(app, ct);
        var team = InteractionGenerator.Teams[0].Id;
        var lead = GeneratedDataSeeder.LeaderUser(team);
        var advisor = InteractionGenerator.Advisors[2].Id; // billing-03: one of the advisors the generator makes weaker
        var from = generator.End.AddDays(-90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = new List<(string Who, string Url)>
        {
            ("qa", "/"),
            ("qa", $"/interactions?team={team}&signal=apology.non_apology&from={from}"),
            ("qa", "/interactions"),
            ("qa", $"/advisors/{advisor}"),
            ("qa", $"/api/interactions?team={team}&signal=apology.non_apology&from={from}"),
            (lead, "/"),
            (lead, $"/interactions?signal=apology.non_apology&from={from}"),
            (lead, $"/advisors/{advisor}"),
        };
        foreach (var extra in settings.Urls)
        {
            var eq = extra.IndexOf('=', StringComparison.Ordinal);
            pages.Add(eq > 0 ? (extra[..eq], extra[(eq + 1)..]) : ("qa", extra));
        }

        var clients = new Dictionary<string, HttpClient>();
        var results = new List<PageTiming>();
        IReadOnlyList<PageTiming> queries;
        try
        {
            foreach (var (who, url) in pages)
            {
                if (!clients.TryGetValue(who, out var client))
                {
                    clients[who] = client = await WebBench.SignInAsync(server, who, ct);
                }

                results.Add(await WebBench.TimePageAsync(client, who, url, settings.Rounds, ct));
            }

            queries = await WebBench.TimeStoreAsync(app.Services.GetRequiredService<IAttuneStore>(), generator.End, team, advisor, settings.Rounds, ct);
        }
        finally
        {
            foreach (var c in clients.Values)
            {
                c.Dispose();
            }

            await app.StopAsync(CancellationToken.None);
        }

        Console.Out.WriteLine($"load average {LoadAverage()} after the run; {settings.Rounds} requests per page after one warm-up, one at a time; " +
            "server = Server-Timing (request in → headers out), loopback = client-side round trip, CPU = this process's CPU time during the request (server and client)");
        Console.Out.WriteLine();
        Console.Out.WriteLine("| who | page | status | KiB | server p50 ms | p95 | max | loopback p50 ms | p95 | max | CPU p50 ms | p95 | < 300 ms |");
        Console.Out.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var verdict = r.Status != 200 ? "n/a" : r.Server.P95 < 300 ? (r.Server.Max < 300 ? "yes" : "p95") : r.Cpu.P95 < 300 ? "CPU only" : "no";
            Console.Out.WriteLine($"| {r.Who} | `{r.Url}` | {r.Status} | {r.Bytes / 1024.0:0.0} | {Ms(r.Server.P50)} | {Ms(r.Server.P95)} | {Ms(r.Server.Max)} | " +
                $"{Ms(r.Wall.P50)} | {Ms(r.Wall.P95)} | {Ms(r.Wall.Max)} | {Ms(r.Cpu.P50)} | {Ms(r.Cpu.P95)} | {verdict} |");
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine("| who | store call (what the pages are made of) | p50 ms | p95 | max | CPU p50 ms | p95 |");
        Console.Out.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var q in queries)
        {
            Console.Out.WriteLine($"| {q.Who} | {q.Url} | {Ms(q.Wall.P50)} | {Ms(q.Wall.P95)} | {Ms(q.Wall.Max)} | {Ms(q.Cpu.P50)} | {Ms(q.Cpu.P95)} |");
        }

        return 0;
    }

    private async Task<int> IngestAsync(Settings settings, InteractionGenerator generator, CancellationToken ct)
    {
        var count = settings.Count ?? 10_000;
        var first = settings.First ?? 1_000_000;
        Microsoft.AspNetCore.Builder.WebApplication? app = null;
        Uri server;
        if (settings.Server is { } url)
        {
            server = new Uri(url.TrimEnd('/') + "/");
        }
        else
        {
            app = WebBench.CreateApp(settings.Database, BenchKey);
            server = await WebBench.StartAsync(app, ct);
        }

        try
        {
            var key = settings.Key ?? BenchKey;
            if (settings.Warmup > 0)
            {
                // Warm-up transcripts come from the far end of the index space so they never overlap the measured ones.
                await WebBench.IngestAsync(server, key, generator, 2_000_000_000 - settings.Warmup, settings.Warmup, settings.Concurrency, ct);
            }

            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var r = await WebBench.IngestAsync(server, key, generator, first, count, settings.Concurrency, ct);
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / count;
            var table = new Table().AddColumns("measure", "value");
            table.AddRow("server", settings.Server is null ? $"in this process ({Markup.Escape(settings.Database)})" : Markup.Escape(settings.Server));
            table.AddRow("transcripts", $"{r.Count:N0} (generated #{first}…#{first + count - 1}, seed {settings.Seed})");
            table.AddRow("concurrent clients", r.Concurrency.ToString(CultureInfo.InvariantCulture));
            table.AddRow("seconds", r.Seconds.ToString("0.00", CultureInfo.InvariantCulture));
            table.AddRow("interactions/s", r.PerSecond.ToString("0", CultureInfo.InvariantCulture) + (r.PerSecond >= 200 ? " (≥ 200: yes)" : " [red](< 200)[/]"));
            table.AddRow("created / updated / errors", $"{r.Created:N0} / {r.Updated:N0} / {r.Errors:N0}");
            table.AddRow("latency p50 / p95 / max ms", $"{Ms(r.Latency.P50)} / {Ms(r.Latency.P95)} / {Ms(r.Latency.Max)}");
            table.AddRow(settings.Server is null ? "CPU per interaction (server + client)" : "client CPU per interaction",
                $"{cpuMs:0.00} ms ({Environment.ProcessorCount} cores: at most {Environment.ProcessorCount * 1000 / cpuMs:N0}/s if this process had them all)");
            table.AddRow("machine load (1-minute average)", LoadAverage());
            console.Write(table);
            return r.Errors == 0 ? 0 : 1;
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>The 1-minute load average (Linux): the machine is shared, so the figures say how busy it was.</summary>
    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString("0.0", CultureInfo.InvariantCulture);
}
