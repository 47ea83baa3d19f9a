using System.Net;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

public sealed class ReviewPageTests : IAsyncLifetime
{
    private ReviewHost host = null!;
    private long amyCall;
    private long catCall;

    public async Task InitializeAsync()
    {
        host = await ReviewHost.StartAsync();
        amyCall = await host.Store.AddAsync(Interactions.Make("amy", "north", 40, empathy: "failed", distressed: true, journey: "angry→calm"));
        catCall = await host.Store.AddAsync(Interactions.Make("cat", "south", 90));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Dictionary<string, string> Override(string criterion, string outcome, string comment) =>
        new() { ["criterion"] = criterion, ["outcome"] = outcome, ["comment"] = comment };

    [Fact]
    public async Task Override_Advisor_IsForbiddenAndNothingChanges()
    {
        using var amy = await host.SignInAsync("amy");
        var r = await amy.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Override", Override("empathy_when_needed", "passed", "mine"));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Empty(await host.Store.GetOverridesAsync(amyCall));
    }

    [Fact]
    public async Task Override_Leader_IsForbidden()
    {
        using var lee = await host.SignInAsync("lee");
        var r = await lee.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Override", Override("empathy_when_needed", "passed", "x"));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task Override_WithoutComment_IsRejected()
    {
        using var ana = await host.SignInAsync("ana");
        var r = await ana.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Override", Override("empathy_when_needed", "passed", " "));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Empty(await host.Store.GetOverridesAsync(amyCall));
    }

    [Fact]
    public async Task Override_Analyst_ChangesCriterionTotalsAndTheProfile()
    {
        var before = await host.Store.GetCriterionTotalsAsync(new StatsQuery { AdvisorId = "amy" });
        Assert.Equal((0L, 1L), (before.Single(c => c.CriterionId == "empathy_when_needed").Passed, before.Single(c => c.CriterionId == "empathy_when_needed").Failed));
        using var amy = await host.SignInAsync("amy");
        Assert.Contains("0 %", Row(await amy.GetHtmlAsync("/advisors/amy"), "Empathy when needed"));

        using var ana = await host.SignInAsync("ana");
        var r = await ana.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Override", Override("empathy_when_needed", "passed", "She acknowledged the worry about rent."));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var after = await host.Store.GetCriterionTotalsAsync(new StatsQuery { AdvisorId = "amy" });
        Assert.Equal(1, after.Single(c => c.CriterionId == "empathy_when_needed").Passed);
        Assert.Contains("100 %", Row(await amy.GetHtmlAsync("/advisors/amy"), "Empathy when needed"));
        var page = await ana.GetHtmlAsync($"/review/{amyCall}");
        Assert.Contains("overridden", page);
        Assert.Contains("She acknowledged the worry about rent.", page);

        // removing the override restores the automatic outcome
        r = await ana.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=RemoveOverride", new() { ["criterion"] = "empathy_when_needed" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Empty(await host.Store.GetOverridesAsync(amyCall));
        var audit = await host.Store.GetAuditAsync(amyCall, 50);
        Assert.Contains(audit, a => a.Action == "override" && a.Actor == "u-ana");
        Assert.Contains(audit, a => a.Action == "override.remove");
        Assert.Contains(audit, a => a.Action == "review.view");
    }

    [Fact]
    public async Task Review_AnotherAdvisorsInteraction_IsNotFound()
    {
        using var amy = await host.SignInAsync("amy");
        Assert.Equal(HttpStatusCode.NotFound, (await amy.GetAsync($"/review/{catCall}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await amy.GetAsync($"/review/{amyCall}")).StatusCode);
    }

    [Fact]
    public async Task Dispute_AnotherAdvisorsInteraction_IsRefused()
    {
        using var bob = await host.SignInAsync("bob");   // same team as amy, still not his interaction
        var r = await bob.PostFormAsync("/", $"/review/{amyCall}?handler=Respond",
            new() { ["criterion"] = "empathy_when_needed", ["kind"] = "dispute", ["comment"] = "not mine but I object" });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Empty(await host.Store.GetDisputesAsync(amyCall));
    }

    [Fact]
    public async Task Dispute_LeaderOfTheTeam_CannotDisputeForTheAdvisor()
    {
        using var lee = await host.SignInAsync("lee");
        var r = await lee.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Respond",
            new() { ["criterion"] = "empathy_when_needed", ["kind"] = "dispute", ["comment"] = "on her behalf" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task Review_LeaderOtherTeam_IsNotFound()
    {
        using var sam = await host.SignInAsync("sam");
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/review/{amyCall}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/review/{catCall}")).StatusCode);
    }

    [Fact]
    public async Task Queue_Advisor_IsDenied()
    {
        using var amy = await host.SignInAsync("amy");
        var r = await amy.GetAsync("/review");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("/denied", r.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispute_Lifecycle_UpheldAppliesTheAdvisorsClaimRejectedStands()
    {
        using var amy = await host.SignInAsync("amy");
        var r = await amy.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Respond",
            new() { ["criterion"] = "empathy_when_needed", ["kind"] = "dispute", ["comment"] = "I said sorry about the rent worry in turn 2." });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        r = await amy.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Respond",
            new() { ["criterion"] = "ownership", ["kind"] = "acknowledge", ["comment"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        // a second open dispute on the same criterion is refused
        r = await amy.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Respond",
            new() { ["criterion"] = "empathy_when_needed", ["kind"] = "dispute", ["comment"] = "again" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);

        var disputes = await host.Store.GetDisputesAsync(amyCall);
        Assert.Equal(["open", "acknowledged"], disputes.Select(d => d.Status));
        var open = disputes[0];

        // the advisor cannot resolve her own dispute
        r = await amy.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Resolve",
            new() { ["disputeId"] = open.Id.ToString(), ["decision"] = "upheld", ["outcome"] = "passed", ["resolution"] = "self-approved" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);

        using var ana = await host.SignInAsync("ana");
        var queue = await ana.GetHtmlAsync("/review");
        Assert.Contains("I said sorry about the rent worry in turn 2.", queue);

        r = await ana.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Resolve",
            new() { ["disputeId"] = open.Id.ToString(), ["decision"] = "upheld", ["outcome"] = "passed", ["resolution"] = "Right: turn 2 acknowledges it." });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var resolved = (await host.Store.GetDisputesAsync(amyCall))[0];
        Assert.Equal(("upheld", "u-ana", "Right: turn 2 acknowledges it."), (resolved.Status, resolved.ResolvedBy, resolved.Resolution));
        var ov = Assert.Single(await host.Store.GetOverridesAsync(amyCall));
        Assert.Equal(("empathy_when_needed", "passed"), (ov.CriterionId, ov.Outcome));
        Assert.DoesNotContain("I said sorry about the rent worry", await ana.GetHtmlAsync("/review"));

        // resolving twice fails; a new dispute rejected leaves the outcome as it is
        r = await ana.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Resolve",
            new() { ["disputeId"] = open.Id.ToString(), ["decision"] = "rejected", ["resolution"] = "again" });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        await amy.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Respond",
            new() { ["criterion"] = "ownership", ["kind"] = "dispute", ["comment"] = "I want more credit" });
        var second = (await host.Store.GetDisputesAsync(amyCall)).Single(d => d.Status == "open");
        r = await ana.PostFormAsync($"/review/{amyCall}", $"/review/{amyCall}?handler=Resolve",
            new() { ["disputeId"] = second.Id.ToString(), ["decision"] = "rejected", ["resolution"] = "It already passed." });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Single(await host.Store.GetOverridesAsync(amyCall));
        Assert.Equal("rejected", (await host.Store.GetDisputesAsync(amyCall)).Single(d => d.Id == second.Id).Status);

        // the advisor reads the outcome; the analyst sees the audit trail, the advisor does not
        var mine = await amy.GetHtmlAsync($"/review/{amyCall}");
        Assert.Contains("Right: turn 2 acknowledges it.", mine);
        Assert.DoesNotContain("Audit trail", mine);
        var theirs = await ana.GetHtmlAsync($"/review/{amyCall}");
        Assert.Contains("Audit trail", theirs);
        var actions = (await host.Store.GetAuditAsync(amyCall, 100)).Select(a => a.Action).ToList();
        Assert.Contains("dispute", actions);
        Assert.Contains("acknowledge", actions);
        Assert.Contains("resolve", actions);
    }

    [Fact]
    public async Task Panel_EvidenceAndCustomerText_AreShownEscaped()
    {
        var id = await host.Store.AddAsync(Interactions.Make("cat", "south", 70) is var rec
            ? WithQuote(rec, "<script>alert(1)</script>") : null!);
        using var ana = await host.SignInAsync("ana");
        var html = await ana.GetHtmlAsync($"/review/{id}");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("Acknowledged the customer&#x27;s stress", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibration_ComparisonHiddenUntilYouScoreThenShowsAgreement()
    {
        using var ana = await host.SignInAsync("ana");
        using var quinn = await host.SignInAsync("quinn");
        using var lee = await host.SignInAsync("lee");
        var url = $"/review/{amyCall}/calibration";
        var r = await ana.PostFormAsync(url, url, new() { ["outcome_empathy_when_needed"] = "passed", ["outcome_ownership"] = "passed" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.DoesNotContain("Fleiss", await quinn.GetHtmlAsync(url));
        await quinn.PostFormAsync(url, url, new() { ["outcome_empathy_when_needed"] = "passed", ["outcome_ownership"] = "passed" });
        await lee.PostFormAsync(url, url, new() { ["outcome_empathy_when_needed"] = "failed", ["outcome_ownership"] = "passed" });
        var html = await quinn.GetHtmlAsync(url);
        Assert.Contains("Fleiss", html);
        Assert.Contains("Lee Leader", html);
        Assert.Equal(6, (await host.Store.GetCalibrationScoresAsync(amyCall)).Count);
        // pairwise: empathy 1/3, ownership 1 → 67 %; kappa −0.20 (as in CalibrationTableTests); automatic (failed, passed) matched 4 of 6
        Assert.Contains("67 %", html);
        Assert.Contains("-0.20", html);

        // missing outcome → 400; advisors may not calibrate
        r = await ana.PostFormAsync(url, url, new() { ["outcome_ownership"] = "passed" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        using var amy = await host.SignInAsync("amy");
        Assert.Equal(HttpStatusCode.Redirect, (await amy.GetAsync(url)).StatusCode);
        Assert.Contains(await host.Store.GetAuditAsync(amyCall, 100), a => a.Action == "calibrate" && a.Actor == "u-lee");
    }

    private static InteractionRecord WithQuote(InteractionRecord r, string quote)
    {
        r.AnalysisJson = r.AnalysisJson.Replace("that sounds really stressful", quote.Replace("<", "\\u003C").Replace(">", "\\u003E"), StringComparison.Ordinal);
        return r;
    }

    /// <summary>The table row that names <paramref name="name"/>.</summary>
    private static string Row(string html, string name)
    {
        var i = html.IndexOf($"<th scope=\"row\">{name}</th>", StringComparison.Ordinal);
        Assert.True(i >= 0, $"no row {name}");
        return html[i..html.IndexOf("</tr>", i, StringComparison.Ordinal)];
    }
}
