using System.Text.RegularExpressions;
using Attune.Web.Tests.TestKit;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Attune.Web.Tests.Browser;

/// <summary>
/// The pages in headless Debian Chromium (issue 4 item 6): sign-in per role and the navigation each gets, interaction
/// detail with highlighted evidence, the override → dispute → resolution flow, the leaderboard, role isolation by URL,
/// and a screenshot of every main page (TestResults/screenshots under the test output folder).
/// </summary>
[Collection(Collections.Browser)]
public sealed partial class BrowserTests(BrowserHost host, BrowserFixture browser, ITestOutputHelper output)
{
    private Task<IPage> As(string who) => browser.PageForAsync(host, host.Users[who]);

    private async Task Screenshot(IPage page, string name) => output.WriteLine("screenshot: " + await BrowserFixture.ScreenshotAsync(page, name));

    private static async Task<IResponse> Open(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"No response for {path}");
    }

    [Theory]
    [InlineData("advisor", new[] { "Overview", "Interactions", "My coaching", "Empathy champions", "Exemplars" }, new[] { "QA review", "Settings" })]
    [InlineData("leader", new[] { "Overview", "Interactions", "Advisors", "Empathy champions", "Exemplars" }, new[] { "QA review", "Settings" })]
    [InlineData("analyst", new[] { "Overview", "Interactions", "QA review", "Advisors", "Empathy champions", "Exemplars" }, new[] { "Settings" })]
    [InlineData("admin", new[] { "Overview", "Interactions", "QA review", "Advisors", "Empathy champions", "Exemplars", "Settings" }, new string[0])]
    public async Task SignIn_EachRole_NavShowsTheirPages(string who, string[] shown, string[] hidden)
    {
        var page = await As(who);
        var response = await Open(page, "/");
        Assert.Equal(200, response.Status);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var item in shown)
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true })).ToBeVisibleAsync();
        }

        foreach (var item in hidden)
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true })).ToHaveCountAsync(0);
        }

        await Expect(page.GetByText(host.Users[who].DisplayName)).ToBeVisibleAsync();
        await Screenshot(page, "overview-" + who);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnTheFormWithAnError()
    {
        var page = await browser.AnonymousPageAsync(host);
        await Open(page, "/interactions");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("User name").FillAsync(host.Users["analyst"].UserName);
        await page.GetByLabel("Password").FillAsync("wrong-password-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match");
        await Screenshot(page, "signin-error");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InteractionDetail_ColdAdvisor_ShowsHighlightedExplainedEvidence()
    {
        var page = await As("analyst");
        var id = host.InteractionsOf["adv-priya"][0];
        var response = await Open(page, $"/interactions/{id}");
        Assert.Equal(200, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        // The non-apology is highlighted in the transcript as something to work on, with its explanation on hover.
        var mark = page.Locator("mark.neg").Filter(new() { HasText = "inconvenience" }).First;
        await Expect(mark).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await mark.GetAttributeAsync("title")));
        // ... and explained in words somewhere on the page (what it is, why it counts).
        await Expect(page.GetByText(new Regex("non-apology", RegexOptions.IgnoreCase)).First).ToBeVisibleAsync();
        // Charts are inline SVG with an accessible name.
        var charts = page.Locator("svg[role='img']");
        Assert.True(await charts.CountAsync() > 0, "no chart with role=img");
        Assert.All(await charts.EvaluateAllAsync<string?[]>("els => els.map(e => e.getAttribute('aria-label'))"), label => Assert.False(string.IsNullOrWhiteSpace(label)));
        await Screenshot(page, "interaction-detail");
    }

    [Fact]
    public async Task InteractionDetail_WithRecording_PlayerLoadsAndTimelineSeeks()
    {
        var page = await As("advisor");
        Assert.Equal(200, (await Open(page, $"/interactions/{host.RecordingOfSam}")).Status);
        var audio = page.Locator("audio");
        await Expect(audio).ToHaveCountAsync(1);
        Assert.Equal($"/api/interactions/{host.RecordingOfSam}/audio", await audio.GetAttributeAsync("src"));
        // The browser fetched and decoded the WAV through the signed-in session (6 s synthetic call).
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('audio'); return a && a.duration > 5.5 && a.duration < 6.5; }");

        // Click-to-seek: a timeline mark a second or more into the call moves the player there.
        var marks = page.Locator("[data-seek]");
        var seconds = await marks.EvaluateAllAsync<double[]>("els => els.map(e => parseFloat(e.dataset.seek))");
        var index = Array.FindIndex(seconds, s => s >= 1.0 && s < 5.5);
        Assert.True(index >= 0, "no seekable mark between 1 and 5.5 s: " + string.Join(", ", seconds));
        await marks.Nth(index).ClickAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('audio').currentTime >= {(seconds[index] - 0.25).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        await Screenshot(page, "interaction-recording");
    }

    [Fact]
    public async Task Interactions_ListAndSearch_FindsTheTranscript()
    {
        var page = await As("analyst");
        Assert.Equal(200, (await Open(page, "/interactions")).Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Interactions", Level = 1 })).ToBeVisibleAsync();
        await Screenshot(page, "interactions");

        await page.GetByLabel("Search transcripts").FillAsync("rent");
        await page.GetByLabel("Search transcripts").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("q=rent"));
        // Only the empathic conversations mention rent: a warm one of Sam's is listed, none of Dean's cold ones.
        await Expect(page.Locator($"a[href='/interactions/{host.InteractionsOf["adv-sam"][0]}']").First).ToBeVisibleAsync();
        await Expect(page.Locator($"a[href='/interactions/{host.InteractionsOf["adv-dean"][0]}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Review_OverrideDisputeResolve_EachSideSeesTheOther()
    {
        var interaction = host.InteractionsOf["adv-sam"][2];
        var overrideComment = "QA listened again: the ownership was there " + Guid.NewGuid().ToString("N")[..6];
        var disputeComment = "I did own the mistake in turn 3 " + Guid.NewGuid().ToString("N")[..6];
        var resolution = "Agreed after calibration " + Guid.NewGuid().ToString("N")[..6];

        // 1. The analyst overrides the first criterion with a comment.
        var analyst = await As("analyst");
        Assert.Equal(200, (await Open(analyst, $"/review/{interaction}")).Status);
        var criterion = analyst.Locator("article.criterion").First;
        var criterionId = await criterion.GetAttributeAsync("id");
        await criterion.Locator("summary", new() { HasText = "Override" }).ClickAsync();
        var outcome = criterion.GetByLabel("Outcome", new() { Exact = true });
        var current = await outcome.InputValueAsync();
        var values = await outcome.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        await outcome.SelectOptionAsync(values.First(v => v != current));
        await criterion.GetByLabel("Comment (required)").FillAsync(overrideComment);
        await criterion.GetByRole(AriaRole.Button, new() { Name = "Save override" }).ClickAsync();
        criterion = analyst.Locator($"article[id='{criterionId}']");
        await Expect(criterion).ToContainTextAsync("overridden");
        await Expect(criterion).ToContainTextAsync(overrideComment);

        // 2. The advisor sees the override and disputes it.
        var advisor = await As("advisor");
        Assert.Equal(200, (await Open(advisor, $"/review/{interaction}")).Status);
        var mine = advisor.Locator($"article[id='{criterionId}']");
        await Expect(mine).ToContainTextAsync(overrideComment);
        await mine.Locator("summary", new() { HasText = "dispute" }).ClickAsync();
        await mine.GetByLabel("I dispute it").CheckAsync();
        await mine.GetByLabel(new Regex("^Comment")).FillAsync(disputeComment);
        await mine.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        mine = advisor.Locator($"article[id='{criterionId}']");
        await Expect(mine).ToContainTextAsync("disputed");
        await Expect(mine).ToContainTextAsync(disputeComment);
        await Screenshot(advisor, "review-advisor-disputed");

        // 3. The analyst finds it in the QA queue and upholds it.
        Assert.Equal(200, (await Open(analyst, "/review")).Status);
        var row = analyst.GetByRole(AriaRole.Row).Filter(new() { HasText = disputeComment });
        await Expect(row).ToHaveCountAsync(1);
        await Screenshot(analyst, "review-queue");
        await row.GetByRole(AriaRole.Link, new() { Name = "Resolve" }).ClickAsync();
        criterion = analyst.Locator($"article[id='{criterionId}']");
        await criterion.GetByLabel("Decision").SelectOptionAsync("upheld");
        await criterion.GetByLabel("Resolution for the advisor").FillAsync(resolution);
        await criterion.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        criterion = analyst.Locator($"article[id='{criterionId}']");
        await Expect(criterion).ToContainTextAsync("Upheld");

        // 4. The advisor sees the outcome; the dispute has left the queue.
        await Open(advisor, $"/review/{interaction}");
        mine = advisor.Locator($"article[id='{criterionId}']");
        await Expect(mine).ToContainTextAsync("Upheld");
        await Expect(mine).ToContainTextAsync(resolution);
        await Open(analyst, "/review");
        await Expect(analyst.GetByRole(AriaRole.Row).Filter(new() { HasText = disputeComment })).ToHaveCountAsync(0);
        await Screenshot(advisor, "review-advisor-resolved");

        var audit = await host.Store.GetAuditAsync(interaction, 100);
        Assert.Contains(audit, a => a.Actor == host.Users["analyst"].Id && a.Action.Contains("override", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(audit, a => a.Actor == host.Users["advisor"].Id && a.Action.Contains("dispute", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Champions_Leaderboard_ListsQualifiedAdvisors()
    {
        var page = await As("leader");
        Assert.Equal(200, (await Open(page, "/champions")).Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Empathy champions", Level = 1 })).ToBeVisibleAsync();
        var board = page.Locator("table").First;
        await Expect(board).ToBeVisibleAsync();
        // Every advisor handled 5 interactions (minimum volume 3 here): all four are ranked.
        foreach (var (name, _) in BrowserHost.Advisors.Values)
        {
            await Expect(board.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToHaveCountAsync(1);
        }

        await Screenshot(page, "champions");
    }

    [Theory]
    [InlineData("adv-dean", "/interactions/{0}")]
    [InlineData("adv-priya", "/interactions/{0}")]
    [InlineData("adv-dean", "/review/{0}")]
    public async Task RoleIsolation_AdvisorOpensAnotherAdvisorsInteraction_NotFound(string other, string route)
    {
        var page = await As("advisor");
        var id = host.InteractionsOf[other][0];
        var response = await Open(page, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, id));
        Assert.Equal(404, response.Status);
        Assert.DoesNotContain(BrowserHost.Advisors[other].Name, await page.ContentAsync(), StringComparison.Ordinal);
        // Their own is there.
        Assert.Equal(200, (await Open(page, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, host.InteractionsOf["adv-sam"][0]))).Status);
    }

    [Theory]
    [InlineData("advisor", "/advisors/adv-sam", "advisor-profile")]
    [InlineData("leader", "/advisors/adv-priya", "advisor-profile-leader")]
    [InlineData("analyst", "/exemplars", "exemplars")]
    [InlineData("analyst", "/review", "review")]
    [InlineData("admin", "/settings", "settings")]
    public async Task MainPages_Render_WithHeadingAndScreenshot(string who, string path, string name)
    {
        var page = await As(who);
        var response = await Open(page, path);
        Assert.Equal(200, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        await Screenshot(page, name);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interactions")]
    public async Task Pages_PhoneWidth_NoSidewaysScrolling(string path)
    {
        var page = await browser.AnonymousPageAsync(host, width: 390);
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(host.Users["analyst"].UserName);
        await page.GetByLabel("Password").FillAsync(AttuneHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        Assert.Equal(200, (await Open(page, path)).Status);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await Screenshot(page, "phone" + (path == "/" ? "-overview" : path.Replace('/', '-')));
        Assert.True(overflow <= 1, $"{path} is {overflow}px wider than a 390px screen");
        await page.Context.CloseAsync();
    }
}
