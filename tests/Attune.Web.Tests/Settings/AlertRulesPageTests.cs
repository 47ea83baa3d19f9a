using System.Net;
using Attune.Storage.Model;
using Attune.Web.Live.Alerts;
using Attune.Web.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.Settings;

/// <summary>Settings → Alert rules: admins only, invalid YAML listed by line and never saved, valid rules used by new sessions.</summary>
public sealed class AlertRulesPageTests : IAsyncLifetime
{
    private WebHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await WebHost.StartAsync();
        await _host.AddUserAsync("root", Role.Admin);
        await _host.AddUserAsync("lee", Role.TeamLeader, team: "Complaints");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_Admin_ShowsTheBuiltInRulesInTheEditor()
    {
        var admin = await _host.SignInAsync("root");
        var html = await admin.GetStringAsync("/settings/alerts");
        Assert.Contains("Customer distressed", html, StringComparison.Ordinal);
        Assert.Contains("nothing saved yet", html, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"yaml\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TeamLeader_IsDenied()
    {
        var leader = await _host.SignInAsync("lee");
        var response = await leader.GetAsync("/settings/alerts");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidYaml_ListsLineAndExpectationAndSavesNothing()
    {
        var admin = await _host.SignInAsync("root");
        var yaml = "rules:\n  - id: quiet\n    kind: silence\n    seconds: 30\n    severity: high\n";
        var response = await WebHost.PostFormAsync(admin, "/settings/alerts", new() { ["Yaml"] = yaml }, formPage: "/settings/alerts");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("line 5: ", html, StringComparison.Ordinal);
        Assert.Contains("<code>rules[0].severity</code>", html, StringComparison.Ordinal);
        Assert.Contains("expected info, warning or critical", html, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetSettingAsync(LiveAlertSettings.Key));
    }

    [Fact]
    public async Task Post_ValidYaml_IsSavedAuditedAndUsedForNewSessions()
    {
        var admin = await _host.SignInAsync("root");
        var settings = _host.Services.GetRequiredService<LiveAlertSettings>();
        _ = await settings.GetAsync(default);
        var yaml = "rules:\n  - id: quiet\n    name: Very quiet\n    kind: silence\n    seconds: 45\n";
        var response = await WebHost.PostFormAsync(admin, "/settings/alerts", new() { ["Yaml"] = yaml }, formPage: "/settings/alerts");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(yaml, await _host.Store.GetSettingAsync(LiveAlertSettings.Key));
        Assert.Equal("Very quiet", Assert.Single((await settings.GetAsync(default)).Rules).Name);
        Assert.Contains(await _host.Store.GetAuditAsync(null, 50), a => a.Action == "settings.alerts");
        Assert.Contains("Very quiet", await admin.GetStringAsync("/settings/alerts"), StringComparison.Ordinal);
    }
}
