using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web;
using Attune.Web.Demo;
using Attune.Web.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Cli.Bench;

/// <summary>
/// The pieces of `attune bench web`: an in-process server over a given SQLite file (the real <see cref="AttuneWebApp"/>
/// on a loopback port), cookie sign-in as a seeded account, timed page requests and a concurrent ingestion load.
/// </summary>
public static partial class WebBench
{
    /// <summary>Password of every seeded account (a benchmark database, never a real one).</summary>
    public const string Password = "bench-password-1";

    /// <summary>The real web app over <paramref name="database"/>, Server-Timing on, quiet logs; not started.</summary>
    public static WebApplication CreateApp(string database, string? apiKey, string urls = "http://127.0.0.1:0") =>
        AttuneWebApp.Create([$"--urls={urls}"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["ConnectionStrings:Attune"] = "Data Source=" + Path.GetFullPath(database),
            [ServerTimingExtensions.Setting] = "true",
            ["ATTUNE_BOOTSTRAP_API_KEY"] = apiKey,
            ["Security:SignInAttemptsPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        }));

    /// <summary>Prepares (migrates, bootstrap key) and starts <paramref name="app"/>; returns its base address.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken ct)
    {
        await app.PrepareAsync(ct).ConfigureAwait(false);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>A client signed in (cookie) as <paramref name="userName"/> through the real sign-in form.</summary>
    public static async Task<HttpClient> SignInAsync(Uri server, string userName, CancellationToken ct)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        var form = await client.GetStringAsync(new Uri("login", UriKind.Relative), ct).ConfigureAwait(false);
        var token = AntiforgeryField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = userName,
            ["password"] = Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync(new Uri("login", UriKind.Relative), body, ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Sign-in as '{userName}' failed: {(int)response.StatusCode} (was the database seeded with `attune bench web seed`?).");
        }

        return client;
    }

    /// <summary>One page's timings over <paramref name="rounds"/> requests (after one warm-up request).</summary>
    public static async Task<PageTiming> TimePageAsync(HttpClient client, string who, string url, int rounds, CancellationToken ct)
    {
        var wall = new List<double>(rounds);
        var server = new List<double>(rounds);
        var cpu = new List<double>(rounds);
        using var process = Process.GetCurrentProcess();
        var status = 0;
        long bytes = 0;
        for (var i = -1; i < rounds; i++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            var content = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            status = (int)response.StatusCode;
            bytes = content.Length;
            if (i < 0)
            {
                continue; // warm-up: JIT, Razor compilation of the page, SQLite page cache
            }

            wall.Add(ms);
            cpu.Add(cpuMs);
            if (response.Headers.TryGetValues("Server-Timing", out var values) && ServerDuration(values.First()) is { } dur)
            {
                server.Add(dur);
            }
        }

        return new PageTiming(who, url, status, bytes, Stats.Of(server), Stats.Of(wall), Stats.Of(cpu));
    }

    /// <summary>
    /// The store calls the overview, the list and a profile are made of, timed directly (no HTTP, no rendering), as the
    /// QA analyst (everything) and the team leader (team scope): the last 30 days and the whole year.
    /// </summary>
    public static async Task<IReadOnlyList<PageTiming>> TimeStoreAsync(IAttuneStore store, DateTimeOffset end, string team, string advisor, int rounds, CancellationToken ct)
    {
        var results = new List<PageTiming>();
        foreach (var (who, scope) in new[] { ("qa", InteractionScope.All), ("lead-" + team, new InteractionScope(TeamId: team)) })
        {
            foreach (var (span, from) in new[] { ("30 days", end.AddDays(-30)), ("year", end.AddDays(-366)) })
            {
                var q = new StatsQuery { Scope = scope, From = from, To = end };
                var profile = q with { AdvisorId = advisor };
                var calls = new (string Name, Func<Task> Call)[]
                {
                    ($"period stats, daily, {span}", () => store.GetPeriodStatsAsync(q, weekly: false, ct)),
                    ($"period stats, weekly, {span}", () => store.GetPeriodStatsAsync(q, weekly: true, ct)),
                    ($"signal totals, {span}", () => store.GetSignalTotalsAsync(q, ct)),
                    ($"criterion totals, {span}", () => store.GetCriterionTotalsAsync(q, ct)),
                    ($"advisor totals, {span}", () => store.GetAdvisorTotalsAsync(q, ct)),
                    ($"profile {advisor}: weekly + signals + criteria, {span}", () => Task.WhenAll(
                        store.GetPeriodStatsAsync(profile, weekly: true, ct), store.GetSignalTotalsAsync(profile, ct), store.GetCriterionTotalsAsync(profile, ct))),
                    ($"list newest, signal apology.non_apology, {span}", () => store.ListInteractionsAsync(new InteractionQuery { Scope = scope, From = from, Signal = "apology.non_apology" }, ct)),
                };
                foreach (var (name, call) in calls)
                {
                    var times = new List<double>(rounds);
                    var cpu = new List<double>(rounds);
                    using var process = Process.GetCurrentProcess();
                    for (var i = -1; i < rounds; i++)
                    {
                        process.Refresh();
                        var cpu0 = process.TotalProcessorTime;
                        var started = Stopwatch.GetTimestamp();
                        await call().ConfigureAwait(false);
                        if (i >= 0)
                        {
                            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                            process.Refresh();
                            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
                        }
                    }

                    results.Add(new PageTiming(who, name, 0, 0, Stats.Of([]), Stats.Of(times), Stats.Of(cpu)));
                }
            }
        }

        return results;
    }

    /// <summary>Posts <paramref name="count"/> generated transcripts with <paramref name="concurrency"/> clients.</summary>
    public static async Task<IngestLoad> IngestAsync(Uri server, string apiKey, InteractionGenerator generator, int first, int count, int concurrency, CancellationToken ct)
    {
        // Generate the bodies first so the client's own work is not timed as the server's.
        var bodies = new byte[count][];
        Parallel.For(0, count, k => bodies[k] = generator.Generate(first + k));
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var latencies = new double[count];
        var statuses = new int[count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < count)
            {
                using var content = new ByteArrayContent(bodies[k]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(new Uri("api/interactions", UriKind.Relative), content, ct).ConfigureAwait(false);
                    await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
                    statuses[k] = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    statuses[k] = -1;
                }

                latencies[k] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
        }, ct)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var created = statuses.Count(s => s == 201);
        var updated = statuses.Count(s => s == 200);
        return new IngestLoad(count, concurrency, seconds, created, updated, count - created - updated, Stats.Of(latencies));
    }

    private static double? ServerDuration(string header)
    {
        var at = header.IndexOf("dur=", StringComparison.Ordinal);
        return at >= 0 && double.TryParse(header.AsSpan(at + 4).ToString().Split(',', ';')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
