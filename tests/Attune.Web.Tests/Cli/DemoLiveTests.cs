using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Attune.Cli.Commands;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Demo;
using Attune.Web.Tests.TestHost;
using Attune.Web.Tests.TestKit;
using Microsoft.Playwright;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Testing;

namespace Attune.Web.Tests.Cli;

/// <summary>
/// `attune demo` end to end with its live simulation: the command serves on a free loopback port, the simulation
/// drives calls (/ingest/twilio) and chats (/api/live) for the demo advisors, and the sessions are seen in
/// GET /api/live, stored when they end, and (with Chromium) on the team leader's wall — his team's only.
/// </summary>
public sealed class DemoLiveTests : IDisposable
{
    private const string Key = "atk_test_demo_live_bootstrap";

    private readonly string _dir = RepoPaths.TempDir();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Demo_Live_SessionsOfDemoAdvisorsAreLiveThenStored()
    {
        var demo = Path.Combine(_dir, "demo");
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var app = new CommandAppTester();
        app.Configure(c =>
        {
            c.UseStrictParsing();
            c.AddCommand<DemoCommand>("demo");
        });
        using var stop = new CancellationTokenSource();
        var running = app.RunAsync(
            ["demo", "--dir", demo, "--samples", RepoPaths.Samples, "--history", "0", "--urls", url, "--live", "3", "--live-pace", "0.05",
            "--", $"--ATTUNE_BOOTSTRAP_API_KEY={Key}"], stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var advisors = DemoPeople.Advisors.ToDictionary(p => p.AdvisorId!, p => p.TeamId);
        try
        {
            // 1 call (Priya) and 2 chats (Sam, Aisha) at a time, every one a demo advisor's, with the advisor's team.
            var live = await EventuallyAsync(async () =>
            {
                var items = await LiveAsync(http);
                return items.Count(t => t.Channel == "chat") >= 2 && items.Any(t => t.Channel == "voice") ? items : null;
            }, running, TimeSpan.FromSeconds(120));
            Assert.All(live, t => Assert.Equal(advisors[t.AdvisorId], t.Team));
            Assert.Contains(live, t => t.AdvisorId == "A201" && t.Channel == "chat");
            Assert.Contains(live, t => t.AdvisorId == "A202" && t.Channel == "voice" && t.Source == "twilio");

            // Sessions end (stored through the normal path, in Interactions) and new ones start in their place.
            var store = StoreFactory.Create(new StorageOptions { Provider = "sqlite" }, $"Data Source={Path.Combine(demo, "attune.db")}");
            var stored = await EventuallyAsync(async () =>
            {
                var page = await store.ListInteractionsAsync(new InteractionQuery { PageSize = 200 });
                var found = page.Items.Where(i => i.ExternalId?.StartsWith("live-", StringComparison.Ordinal) == true).ToList();
                return found.Count > 0 ? found : null;
            }, running, TimeSpan.FromSeconds(60));
            Assert.All(stored, i => Assert.Contains(i.AdvisorId!, advisors.Keys));
            Assert.All(stored, i => Assert.Equal(advisors[i.AdvisorId!], i.TeamId));

            if (File.Exists(BrowserFixture.ChromiumPath))
            {
                await WallAsLeadAsync(url);
            }
        }
        finally
        {
            await stop.CancelAsync();
            var result = await running.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Live simulation running: 1 calls and 2 chats", result.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    /// <summary>The lead (Broadband support) sees Sam's and Priya's sessions on the wall, never Aisha's; saves live-wall-demo.png.</summary>
    private static async Task WallAsLeadAsync(string url)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync("lead");
        await page.GetByLabel("Password").FillAsync(DemoPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/live/wall");
        await page.Locator("[data-live-wall] .tile").First.WaitForAsync(new() { Timeout = 20_000 });
        var advisors = await page.Locator("[data-live-wall] .tile .tile-advisor").AllInnerTextsAsync();
        Assert.NotEmpty(advisors);
        Assert.All(advisors, a => Assert.Contains(a, new[] { "Sam Patel", "Priya Shah" }));
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "live-wall-demo.png"), FullPage = true });
    }

    private static async Task<List<Tile>> LiveAsync(HttpClient http)
    {
        try
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/live", UriKind.Relative)));
            return [.. doc.RootElement.GetProperty("items").EnumerateArray().Select(t => new Tile(
                t.GetProperty("advisorId").GetString() ?? "", t.GetProperty("team").GetString(), t.GetProperty("channel").GetString() ?? "",
                t.GetProperty("source").GetString() ?? ""))];
        }
        catch (HttpRequestException)
        {
            return []; // not listening yet (seeding)
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, Task running, TimeSpan timeout)
        where T : class
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (running.IsCompleted)
            {
                throw new InvalidOperationException("the demo stopped: " + (await (Task<CommandAppResult>)running).Output);
            }

            if (await probe() is { } found)
            {
                return found;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"not seen within {timeout.TotalSeconds} s");
            }

            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Tile(string AdvisorId, string? Team, string Channel, string Source);
}
