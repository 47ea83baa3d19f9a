using System.Net;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Security;

/// <summary>
/// Who may change an evaluation (issue 4 items 3 and 4): only QA analysts and admins override a criterion; only the
/// interaction's own advisor acknowledges or disputes it; nobody acts outside their scope; every form needs its
/// antiforgery token. Posted as the browser would (/review/{id}?handler=…), checked in the store.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class ReviewActionsAuthorizationTests(SqliteHost host) : IAsyncLifetime
{
    private Cast cast = null!;

    public async Task InitializeAsync() => cast = await Cast.ForAsync(host);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> CriterionOf(long interaction) =>
        (await host.Store.GetInteractionAsync(interaction, InteractionScope.All))!.Criteria[0].CriterionId;

    private async Task<HttpResponseMessage> PostAsync(string who, long interaction, string handler, Dictionary<string, string> fields, bool withToken = true)
    {
        var client = await cast.ClientAsync(who);
        if (withToken)
        {
            // Any page of the site carries a token for this session (the layout's sign-out form).
            fields["__RequestVerificationToken"] = AttuneHost.AntiforgeryToken(await client.GetStringAsync(""));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"review/{interaction}?handler={handler}", content);
    }

    /// <summary>The caller can see the interaction's review page (so a refusal is about the action, not the scope).</summary>
    private async Task AssertCanSeeAsync(string who, long interaction)
    {
        using var page = await (await cast.ClientAsync(who)).GetAsync($"review/{interaction}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal)),
            $"expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    [Theory]
    [InlineData("advisor", "A1")]
    [InlineData("leader", "A2")]
    public async Task Override_ByAdvisorOrTeamLeader_RefusedAndNotStored(string who, string of)
    {
        var id = cast.Interaction(of);
        var criterion = await CriterionOf(id);
        await AssertCanSeeAsync(who, id);
        using var response = await PostAsync(who, id, "Override", new() { ["criterion"] = criterion, ["outcome"] = "passed", ["comment"] = "I think so" });
        AssertRefused(response);
        Assert.DoesNotContain(await host.Store.GetOverridesAsync(id), o => o.UserId == cast.User(who).Id);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task Override_ByAnalystOrAdmin_StoredAndAudited(string who)
    {
        var id = cast.OfB1;
        var criterion = await CriterionOf(id);
        var comment = "Calibrated with the team " + host.Unique("c");
        using var response = await PostAsync(who, id, "Override", new() { ["criterion"] = criterion, ["outcome"] = "failed", ["comment"] = comment });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await host.Store.GetOverridesAsync(id), o => o.Comment == comment);
        Assert.Equal(cast.User(who).Id, stored.UserId);
        Assert.Contains(await host.Store.GetAuditAsync(id, 100), a => a.Actor == cast.User(who).Id && a.Action == "override");
    }

    [Fact]
    public async Task Override_WithoutAntiforgeryToken_BadRequestAndNotStored()
    {
        var id = cast.OfA2;
        var criterion = await CriterionOf(id);
        using var response = await PostAsync("analyst", id, "Override", new() { ["criterion"] = criterion, ["outcome"] = "passed", ["comment"] = "forged" }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await host.Store.GetOverridesAsync(id), o => o.Comment == "forged");
    }

    [Fact]
    public async Task Dispute_AnotherAdvisorsInteraction_NotFoundAndNotStored()
    {
        var id = cast.OfA2;
        var criterion = await CriterionOf(id);
        using var response = await PostAsync("advisor", id, "Respond", new() { ["criterion"] = criterion, ["kind"] = "dispute", ["comment"] = "not mine" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await host.Store.GetDisputesAsync(id), d => d.AdvisorUserId == cast.AdvisorA1.Id);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("analyst")]
    public async Task Dispute_BySomeoneOtherThanTheAdvisor_RefusedAndNotStored(string who)
    {
        var id = cast.OfA1;
        var criterion = await CriterionOf(id);
        await AssertCanSeeAsync(who, id);
        using var response = await PostAsync(who, id, "Respond", new() { ["criterion"] = criterion, ["kind"] = "dispute", ["comment"] = "on their behalf" });
        AssertRefused(response);
        Assert.DoesNotContain(await host.Store.GetDisputesAsync(id), d => d.AdvisorUserId == cast.User(who).Id);
    }

    [Fact]
    public async Task Dispute_ByTheInteractionsAdvisor_StoredOpenAndAudited()
    {
        var id = cast.OfA1;
        var criterion = (await host.Store.GetInteractionAsync(id, InteractionScope.All))!.Criteria[^1].CriterionId;
        var comment = "The customer was calm by then " + host.Unique("d");
        using var response = await PostAsync("advisor", id, "Respond", new() { ["criterion"] = criterion, ["kind"] = "dispute", ["comment"] = comment });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dispute = Assert.Single(await host.Store.GetDisputesAsync(id), d => d.Comment == comment);
        Assert.Equal("open", dispute.Status);
        Assert.Equal(cast.AdvisorA1.Id, dispute.AdvisorUserId);
        Assert.Contains(await host.Store.GetAuditAsync(id, 100), a => a.Actor == cast.AdvisorA1.Id && a.Action == "dispute");

        // Only analysts and admins resolve it.
        foreach (var who in new[] { "advisor", "leader" })
        {
            using var refused = await PostAsync(who, id, "Resolve", new() { ["disputeId"] = dispute.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "upheld", ["outcome"] = "passed", ["resolution"] = "self-served" });
            AssertRefused(refused);
        }

        Assert.Equal("open", (await host.Store.GetDisputesAsync(id)).Single(d => d.Id == dispute.Id).Status);
    }
}
