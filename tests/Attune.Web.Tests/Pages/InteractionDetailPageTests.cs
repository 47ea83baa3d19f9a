using System.Net;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public class InteractionDetailPageTests(WebHost host)
{
    [Fact]
    public async Task Get_Transcript_FindingsHighlightedExplainedWithSuggestion()
    {
        using var client = await host.SignInAsync("qa");
        var html = await client.GetStringAsync($"/interactions/{host.Ids["BL-2025-03-04-0142"]}");
        Assert.Contains("<mark class=\"neg\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"pos\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"suggest\">Try: ", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"detail\">", html, StringComparison.Ordinal);
        // criteria evidence links to the explained findings
        Assert.Matches("<a class=\"ref (neg|pos|info)\" href=\"#f(\\d+)\" title=", html);
        Assert.Contains("aria-label=\"Customer sentiment and emotion per customer turn\"", html, StringComparison.Ordinal);
        Assert.Contains("Highlights: <mark class=\"neg\">to work on</mark>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"review-slot\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CustomerTypesMarkup_ShownAsText()
    {
        using var client = await host.SignInAsync("admin");
        var id = host.Ids["BL-2025-12-01-C3390"]; // samples/web-script-tag-chat.json
        var html = await client.GetStringAsync($"/interactions/{id}");
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // the only script element is the layout's own
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task Get_AdvisorOpensAnothersInteraction_NotFound()
    {
        using var client = await host.SignInAsync("sam");
        var others = host.Ids["BL-2025-07-09-C2207"]; // Priya's chat
        var response = await client.GetAsync($"/interactions/{others}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var own = await client.GetAsync($"/interactions/{host.Ids["BL-2025-03-04-0142"]}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/interactions/999999")).StatusCode);
    }

    [Fact]
    public async Task Get_TeamLeader_OtherTeamNotFound()
    {
        using var client = await host.SignInAsync("lead");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/interactions/{host.Ids["BL-2025-07-09-C2207"]}")).StatusCode);
    }

    [Fact]
    public async Task Get_View_Audited()
    {
        using var client = await host.SignInAsync("lead");
        var id = host.Ids["BL-2025-03-04-0142-copy1"];
        await client.GetStringAsync($"/interactions/{id}");
        var audit = await host.Store.GetAuditAsync(id, 10);
        Assert.Contains(audit, a => a.Action == "view" && a.Actor == "u-lead" && a.InteractionId == id);
    }

    [Fact]
    public async Task Get_Recording_PlayerTimelineWithSeekAndVoiceCharts()
    {
        Assert.True(host.HasRecordings, "samples/audio/make-calls.sh needs espeak-ng and sox (./test.sh installs them)");
        using var client = await host.SignInAsync("qa");
        var id = host.Ids["angry-customer-call"];
        var html = await client.GetStringAsync($"/interactions/{id}");
        Assert.Contains($"<audio controls preload=\"metadata\" data-player src=\"/api/interactions/{id}/audio\"", html, StringComparison.Ordinal);
        Assert.Matches("<rect data-seek=\"[\\d.]+\"", html);
        Assert.Matches("<a class=\"time\" href=\"#audio\" data-seek=\"[\\d.]+\"", html);
        Assert.Contains("class=\"timeline curves\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"timeline arousal\"", html, StringComparison.Ordinal);
        var audio = await client.GetAsync($"/api/interactions/{id}/audio");
        Assert.Equal("audio/wav", audio.Content.Headers.ContentType?.MediaType);
    }
}
