using Attune.Storage.Model;
using Microsoft.Playwright;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// One headless Debian Chromium (/usr/bin/chromium, driven by the Playwright NuGet package; never `playwright install`)
/// for the browser collection; each signed-in user gets a browser context (own cookies) with one page, reused.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Dictionary<string, IPage> pages = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where screenshots of the main pages go (printed once per run).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: the browser tests drive Debian's Chromium (apt-get install chromium; ./test.sh installs it when run as root).");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // Screenshots of this run only: a page that stopped rendering must not leave last run's picture behind.
        if (Directory.Exists(ScreenshotFolder))
        {
            Directory.Delete(ScreenshotFolder, recursive: true);
        }

        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A page with no one signed in (a fresh context).</summary>
    public async Task<IPage> AnonymousPageAsync(AttuneHost host, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as <paramref name="user"/> through the sign-in form (reused for the same user).</summary>
    public async Task<IPage> PageForAsync(AttuneHost host, UserAccount user)
    {
        if (pages.TryGetValue(user.Id, out var existing))
        {
            return existing;
        }

        var page = await AnonymousPageAsync(host);
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(user.UserName);
        await page.GetByLabel("Password").FillAsync(AttuneHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        pages[user.Id] = page;
        return page;
    }

    /// <summary>Saves a full-page screenshot as NAME.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Roles and what to call them in file names.</summary>
    public static string Slug(Role role) => role.ToString().ToLowerInvariant();
}
