using Attune.Analysis.Conversations.Importers;
using Attune.Storage.Model;
using Attune.Web.Ingest;
using Attune.Web.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attune.Web.Tests.Browser;

/// <summary>
/// Drives Debian Chromium through the review, coaching, champions and exemplar pages over the analysed demo samples and
/// saves a full-page screenshot of each (bin/.../screenshots/review-*.png) to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReviewScreenshotTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task Pages_EveryRole_RenderAndAreSaved()
    {
        Skip.IfNot(File.Exists(Chromium), "Debian Chromium is not installed");
        var samples = FindSamples();
        Skip.If(samples is null, "samples/ not found");
        await using var host = await ReviewHost.StartAsync();
        var ids = await SeedAsync(host, samples!);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var outDir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(outDir);

        var amyCall = ids.First(i => i.Advisor == "amy").Id;
        await ShootAsync(browser, host, "ana", outDir,
            ("review-queue", "/review"), ("review-interaction", $"/review/{amyCall}"), ("review-calibration", $"/review/{amyCall}/calibration"),
            ("advisors", "/advisors"), ("exemplars-analyst", "/exemplars"), ("champions", "/champions"));
        await ShootAsync(browser, host, "amy", outDir,
            ("advisor-profile-own", "/advisors/amy"), ("advisor-review-own", $"/review/{amyCall}"), ("champions-advisor", "/champions"));
        await ShootAsync(browser, host, "lee", outDir, ("leader-profile", "/advisors/amy"));
        await ShootMobileAsync(browser, host, outDir, "amy", "advisor-profile-mobile", "/advisors/amy");
        Assert.True(Directory.GetFiles(outDir, "review-*.png").Length + Directory.GetFiles(outDir, "*.png").Length >= 10);
    }

    private static async Task ShootAsync(IBrowser browser, ReviewHost host, string user, string outDir, params (string Name, string Path)[] pages)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, host, user);
        foreach (var (name, path) in pages)
        {
            var response = await page.GotoAsync(new Uri(host.Address, path).ToString());
            Assert.True(response?.Ok, $"{user} {path}: {response?.Status}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir, name + ".png"), FullPage = true });
        }
    }

    private static async Task ShootMobileAsync(IBrowser browser, ReviewHost host, string outDir, string user, string name, string path)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, host, user);
        await page.GotoAsync(new Uri(host.Address, path).ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir, name + ".png"), FullPage = true });
    }

    private static async Task SignInAsync(IPage page, ReviewHost host, string user)
    {
        await page.GotoAsync(new Uri(host.Address, "/login").ToString());
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", "pw-" + user);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Each demo sample analysed for several advisors over the last weeks, plus review activity.</summary>
    private static async Task<List<(string Advisor, long Id)>> SeedAsync(ReviewHost host, string samples)
    {
        var ingestor = host.App.Services.GetRequiredService<InteractionIngestor>();
        (string Id, string Name, string Team)[] advisors =
        [
            ("amy", "Amy Advisor", "north"), ("bob", "Bob Advisor", "north"), ("dan", "Dan Okafor", "north"),
            ("cat", "Cat Advisor", "south"), ("eve", "Eve Lindqvist", "south"), ("fay", "Fay Moreau", "south"), ("gus", "Gus Tran", "south"),
        ];
        var files = Directory.GetFiles(samples).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".vtt", StringComparison.Ordinal))
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var ids = new List<(string, long)>();
        var k = 0;
        foreach (var (advisorId, name, team) in advisors)
        {
            // each advisor gets a different mix: some take many more difficult calls than others
            var count = advisorId == "gus" ? 5 : 12;
            for (var i = 0; i < count; i++)
            {
                var file = files[(k++ * 7 + i) % files.Count];
                var read = ConversationReader.ReadFile(file);
                if (read.Value is null)
                {
                    continue;
                }

                var conversation = read.Value with
                {
                    Metadata = read.Value.Metadata with
                    {
                        InteractionId = $"{advisorId}-{i}", AdvisorId = advisorId, AdvisorName = name, Team = team,
                        StartedAt = ReviewHost.Now.AddDays(-1 - i * 2).AddHours(-i),
                    },
                };
                var result = await ingestor.IngestAsync(conversation, Path.GetFileName(file), CancellationToken.None);
                ids.Add((advisorId, result.Id));
            }
        }

        var store = host.Store;
        var amyCall = ids.First(i => i.Item1 == "amy").Item2;
        var record = (await store.GetInteractionAsync(amyCall, InteractionScope.All))!;
        var first = record.Criteria.First(c => c.Outcome != "not_applicable");
        await store.SetOverrideAsync(new CriterionOverride { InteractionId = amyCall, CriterionId = first.CriterionId, Outcome = first.Outcome == "passed" ? "failed" : "passed", Comment = "Listened to the recording: the acknowledgement came two replies late.", UserId = "u-quinn", At = ReviewHost.Now.AddHours(-5) });
        var failed = record.Criteria.FirstOrDefault(c => c.Outcome == "failed" && c.CriterionId != first.CriterionId) ?? record.Criteria.Last();
        await store.AddDisputeAsync(new Dispute { InteractionId = amyCall, CriterionId = failed.CriterionId, AdvisorUserId = "u-amy", Status = "open", Comment = "The customer asked me to skip the small talk, so I went straight to the fix.", CreatedAt = ReviewHost.Now.AddHours(-3) });
        foreach (var (user, flip) in new[] { ("u-quinn", false), ("u-lee", true) })
        {
            foreach (var c in record.Criteria)
            {
                var outcome = flip && c.CriterionId == failed.CriterionId ? (c.Outcome == "passed" ? "failed" : "passed") : c.Outcome;
                await store.SetCalibrationScoreAsync(new CalibrationScore { InteractionId = amyCall, UserId = user, CriterionId = c.CriterionId, Outcome = outcome, At = ReviewHost.Now });
            }
        }

        await store.AddCoachingNoteAsync(new CoachingNote { AdvisorId = "amy", AuthorUserId = "u-lee", Text = "Great ownership this month. Next: name the customer's feeling before the fix — listen to Bob's outage call together on Friday.", At = ReviewHost.Now.AddDays(-1) });
        var calm = (await store.ListInteractionsAsync(new InteractionQuery { Journey = "angry→calm", Sort = "-score", PageSize = 1 })).Items.FirstOrDefault();
        if (calm is not null)
        {
            await store.PinExemplarAsync(new ExemplarPin { InteractionId = calm.Id, Journey = "angry→calm", Note = "Owns the mistake, then a concrete plan with a time.", PinnedBy = "u-ana", At = ReviewHost.Now });
        }

        return ids;
    }

    private static string? FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "complaints-angry-to-calm.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
