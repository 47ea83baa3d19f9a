using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Attune.Analysis.Scoring;
using Attune.Storage.Model;
using Attune.Web.Tests.TestHost;

namespace Attune.Web.Tests.Settings;

public sealed class SettingsPagesTests : IAsyncLifetime
{
    private WebHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await WebHost.StartAsync();
        await _host.Store.SaveTeamAsync(new Team { Id = "Complaints", Name = "Complaints" });
        await _host.AddUserAsync("root", Role.Admin);
        await _host.AddUserAsync("lee", Role.TeamLeader, team: "Complaints");
        await _host.AddUserAsync("ann", Role.Advisor, team: "Complaints", advisorId: "A1");
        await _host.AddUserAsync("quinn", Role.QaAnalyst);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("ann")]
    [InlineData("lee")]
    [InlineData("quinn")]
    public async Task Settings_NonAdmin_IsDenied403(string user)
    {
        var client = await _host.SignInAsync(user);
        foreach (var page in new[] { "/settings", "/settings/scorecards", "/settings/glossary", "/settings/users", "/settings/teams", "/settings/api-keys", "/settings/audit" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var denied = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }
    }

    [Fact]
    public async Task Settings_NonAdminPost_DoesNotChangeAnything()
    {
        var admin = await _host.SignInAsync("root");
        var form = await admin.GetStringAsync("/settings/teams");
        var advisor = await _host.SignInAsync("ann");
        // The advisor cannot even load the form; a forged post is refused before the handler runs.
        var response = await WebHost.PostFormAsync(advisor, "/settings/teams", new() { ["id"] = "Hackers", ["name"] = "Hackers" }, formPage: "/login");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await _host.Store.ListTeamsAsync(), t => t.Id == "Hackers");
        Assert.Contains("Complaints", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_Anonymous_RedirectsToSignIn()
    {
        var response = await _host.Client().GetAsync("/settings/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scorecards_InvalidYaml_ShowsKeyPathAndLineAndIsNotSaved()
    {
        var admin = await _host.SignInAsync("root");
        var yaml = ScorecardLoader.DefaultYaml().Replace("weight: ", "weight: -", StringComparison.Ordinal);
        var expected = ScorecardLoader.Load(yaml).Errors;
        Assert.NotEmpty(expected);

        var response = await WebHost.PostFormAsync(admin, "/settings/scorecards?handler=Save", new() { ["Yaml"] = yaml }, formPage: "/settings/scorecards");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Not saved", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{expected[0].Path}</code>", html, StringComparison.Ordinal);
        Assert.Contains($"line {expected[0].Line}", html, StringComparison.Ordinal);
        Assert.Empty(await _host.Store.ListScorecardsAsync());
    }

    [Fact]
    public async Task Scorecards_ValidYaml_IsSavedActiveAndAudited()
    {
        var admin = await _host.SignInAsync("root");
        var yaml = ScorecardLoader.DefaultYaml();

        var response = await WebHost.PostFormAsync(admin, "/settings/scorecards?handler=Save", new() { ["Yaml"] = yaml }, formPage: "/settings/scorecards");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = Assert.Single(await _host.Store.ListScorecardsAsync());
        Assert.True(card.Active, "the first card becomes the active one");
        Assert.Equal(ScorecardLoader.Load(yaml).Value!.Name, card.Name);
        Assert.Contains(await _host.Store.GetAuditAsync(null, 50), a => a.Action == "settings.scorecard" && a.Actor == "t-root");
    }

    [Fact]
    public async Task Scorecards_Activate_SwitchesTheActiveCard()
    {
        var admin = await _host.SignInAsync("root");
        var first = ScorecardLoader.DefaultYaml();
        var second = Regex.Replace(first, "(?m)^name: .*$", "name: Second card");
        await WebHost.PostFormAsync(admin, "/settings/scorecards?handler=Save", new() { ["Yaml"] = first }, formPage: "/settings/scorecards");
        await WebHost.PostFormAsync(admin, "/settings/scorecards?handler=Save", new() { ["Yaml"] = second }, formPage: "/settings/scorecards?fresh=true");
        var cards = await _host.Store.ListScorecardsAsync();
        Assert.Equal(2, cards.Count);
        var inactive = Assert.Single(cards, c => !c.Active);

        var response = await WebHost.PostFormAsync(admin, "/settings/scorecards?handler=Activate", new() { ["id"] = inactive.Id }, formPage: "/settings/scorecards");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(inactive.Id, Assert.Single(await _host.Store.ListScorecardsAsync(), c => c.Active).Id);
    }

    [Fact]
    public async Task Glossary_InvalidLines_AreListedAndNothingIsSaved()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/glossary", new() { ["Text"] = "ONT\tthe fibre box\nno tab here\nONT\tagain" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("line 2: expected", html, StringComparison.Ordinal);
        Assert.Contains("line 3: &#x27;ONT&#x27; is already defined on line 1", html, StringComparison.Ordinal);
        Assert.Empty(await _host.Store.GetGlossaryAsync());
    }

    [Fact]
    public async Task Glossary_ValidText_ReplacesTheGlossary()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/glossary", new() { ["Text"] = "# terms\nONT\tthe fibre box\tengineers' word\nMAC code\tthe code to switch providers\n" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            [new GlossaryEntry("ONT", "the fibre box", "engineers' word"), new GlossaryEntry("MAC code", "the code to switch providers")],
            (await _host.Store.GetGlossaryAsync()).OrderByDescending(g => g.Term.Length == 3).ToList());
    }

    [Fact]
    public async Task Users_Create_NewAccountCanSignInWithItsRole()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/users?handler=Create", new()
        {
            ["Input.UserName"] = "New.Advisor",
            ["Input.DisplayName"] = "New Advisor",
            ["Input.Role"] = "Advisor",
            ["Input.TeamId"] = "Complaints",
            ["Input.AdvisorId"] = "A77",
            ["Input.Password"] = "a-long-enough-password",
        }, formPage: "/settings/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await _host.Store.FindUserByNameAsync("new.advisor");
        Assert.NotNull(user);
        Assert.Equal((Role.Advisor, "Complaints", "A77"), (user.Role, user.TeamId, user.AdvisorId));
        Assert.DoesNotContain("a-long-enough-password", user.PasswordHash, StringComparison.Ordinal);
        var client = await _host.SignInAsync("new.advisor", "a-long-enough-password");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Contains(await _host.Store.GetAuditAsync(null, 50), a => a.Action == "user.create" && a.Detail.Contains("new.advisor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_ShortPassword_IsRefused()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/users?handler=Create", new()
        {
            ["Input.UserName"] = "shorty", ["Input.Role"] = "QaAnalyst", ["Input.Password"] = "short",
        }, formPage: "/settings/users");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("at least 10 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _host.Store.FindUserByNameAsync("shorty"));
    }

    [Fact]
    public async Task Users_Disable_AccountCanNoLongerSignIn()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/users?handler=Update", new()
        {
            ["id"] = "t-quinn", ["role"] = "QaAnalyst", ["teamId"] = "", ["advisorId"] = "", ["disabled"] = "true",
        }, formPage: "/settings/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await _host.Store.GetUserAsync("t-quinn"))!.Disabled);
        var login = await WebHost.PostFormAsync(_host.Client(), "/login", new() { ["username"] = "quinn", ["password"] = WebHost.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("do not match an account", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_AdminDisablingThemselves_IsRefused()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/users?handler=Update", new()
        {
            ["id"] = "t-root", ["role"] = "Admin", ["disabled"] = "true",
        }, formPage: "/settings/users");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False((await _host.Store.GetUserAsync("t-root"))!.Disabled);
    }

    [Fact]
    public async Task Teams_Create_IsStoredAndAudited()
    {
        var admin = await _host.SignInAsync("root");
        var response = await WebHost.PostFormAsync(admin, "/settings/teams", new() { ["id"] = "Retentions", ["name"] = "Retentions team" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(await _host.Store.ListTeamsAsync(), t => t.Id == "Retentions" && t.Name == "Retentions team");
        Assert.Contains(await _host.Store.GetAuditAsync(null, 50), a => a.Action == "team.create");
    }

    [Fact]
    public async Task ApiKeys_CreatedKeyWorksOnTheApiUntilRevoked()
    {
        var admin = await _host.SignInAsync("root");
        var created = await WebHost.PostFormAsync(admin, "/settings/api-keys?handler=Create", new() { ["name"] = "Nightly import", ["role"] = "QaAnalyst" }, formPage: "/settings/api-keys");
        var html = await created.Content.ReadAsStringAsync();
        var secret = Regex.Match(html, "id=\"new-secret\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("atk_", secret, StringComparison.Ordinal);
        var key = Assert.Single(await _host.Store.ListApiKeysAsync(), k => k.Name == "Nightly import");
        Assert.Equal(Attune.Web.Security.ApiKeyHandler.Hash(secret), key.SecretHash);
        Assert.DoesNotContain(secret, await (await admin.GetAsync("/settings/api-keys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = _host.ApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/interactions")).StatusCode);

        var revoked = await WebHost.PostFormAsync(admin, "/settings/api-keys?handler=Revoke", new() { ["id"] = key.Id }, formPage: "/settings/api-keys");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/interactions")).StatusCode);
        var audit = await _host.Store.GetAuditAsync(null, 50);
        Assert.Contains(audit, a => a.Action == "apikey.create");
        Assert.Contains(audit, a => a.Action == "apikey.revoke");
        Assert.DoesNotContain(audit, a => a.Detail.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_Admin_SeesEntriesEscaped()
    {
        var admin = await _host.SignInAsync("root");
        await WebHost.PostFormAsync(admin, "/settings/teams", new() { ["id"] = "<script>alert(1)</script>", ["name"] = "x" });

        var html = await admin.GetStringAsync("/settings/audit");

        Assert.Contains("team.create", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scorecards_Activate_ScoresTheNextInteractionWithTheNewCard()
    {
        var admin = await _host.SignInAsync("root");
        using var api = _host.ApiClient();
        StringContent Transcript() => new("Customer: I'm upset, the bill is wrong.\nAdvisor: I'm sorry, let me fix that now.\n", System.Text.Encoding.UTF8, "text/plain");
        var before = await api.PostAsync("/api/interactions", Transcript()); // the settings are read (and kept) here
        Assert.DoesNotContain("Our own card", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var renamed = Regex.Replace(ScorecardLoader.DefaultYaml(), "(?m)^name: .*$", "name: Our own card");
        await WebHost.PostFormAsync(admin, "/settings/scorecards?handler=Save", new() { ["Yaml"] = renamed }, formPage: "/settings/scorecards");

        var response = await api.PostAsync("/api/interactions", Transcript());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"scorecard\":\"Our own card\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
