using Attune.Web.Tests.TestKit;
using Microsoft.Playwright;

namespace Attune.Web.Tests.Pages;

/// <summary>
/// The analytics pages in Debian's Chromium (Playwright, headless): they render without script errors, and a
/// full-page screenshot of each is saved under the test output's screenshots/ folder to look at.
/// </summary>
[Collection(WebCollection.Name)]
public class PageScreenshotTests(WebHost host)
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Theory]
    [InlineData("qa", "/", "overview-qa", 1280)]
    [InlineData("sam", "/", "overview-advisor", 1280)]
    [InlineData("lead", "/interactions", "interactions-lead", 1280)]
    [InlineData("qa", "/interactions?signal=apology.non_apology&sort=score", "interactions-filtered", 1280)]
    [InlineData("qa", "interaction:BL-2025-03-04-0142", "detail-text", 1280)]
    [InlineData("qa", "interaction:angry-customer-call", "detail-recording", 1280)]
    [InlineData("qa", "/", "overview-mobile", 390)]
    [InlineData("qa", "interaction:BL-2025-03-04-0142", "detail-mobile", 390)]
    public async Task Page_InChromium_RendersWithoutErrors(string user, string path, string name, int width)
    {
        if (path.StartsWith("interaction:", StringComparison.Ordinal))
        {
            var key = path["interaction:".Length..];
            Assert.True(host.Ids.ContainsKey(key), $"{key} was not seeded (recordings need espeak-ng and sox)");
            path = $"/interactions/{host.Ids[key]}";
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) =>
        {
            // the browser's own favicon probe is not the page's doing
            if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{r.Status} {r.Url}");
            }
        };
        await page.GotoAsync("/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", WebHost.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
        // and the page in screen-sized parts, readable at a glance
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var (y, part) = (0, 1); y < height && part <= 6; y += 1400, part++)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Folder, $"{name}.part{part}.png"),
                FullPage = true,
                Clip = new Clip { X = 0, Y = y, Width = width, Height = Math.Min(1400, height - y) },
            });
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Detail_ClickTimeline_SeeksThePlayer()
    {
        Assert.True(host.HasRecordings, "recordings need espeak-ng and sox");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
        });
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() })).NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", "qa");
        await page.FillAsync("#password", WebHost.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync($"/interactions/{host.Ids["angry-customer-call"]}");
        var turnTime = page.Locator("a.time[data-seek]").Nth(3);
        var seconds = double.Parse((await turnTime.GetAttributeAsync("data-seek"))!, System.Globalization.CultureInfo.InvariantCulture);
        await turnTime.ClickAsync();
        var at = await page.EvalOnSelectorAsync<double>("audio[data-player]", "a => a.currentTime");
        Assert.InRange(at, seconds - 0.5, seconds + 1.5);
    }
}
