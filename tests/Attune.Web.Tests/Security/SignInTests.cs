using System.Net;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Security;

/// <summary>Local sign-in: hashed passwords, one message for every failure, antiforgery, audit, sign-out.</summary>
[Collection(Collections.Sqlite)]
public sealed class SignInTests(SqliteHost host)
{
    [Fact]
    public async Task SignIn_RightPassword_RedirectsHomeWithCookieAndAudits()
    {
        var user = await host.CreateUserAsync(Role.QaAnalyst);
        using var client = host.Anonymous();
        using var response = await AttuneHost.PostSignInAsync(client, user.UserName, AttuneHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("attune.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        using var home = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(user.DisplayName, await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await host.Store.GetAuditAsync(null, 500), a => a.Actor == user.Id && a.Action == "signin");
    }

    [Fact]
    public async Task SignIn_StoredPassword_IsAHashNotThePassword()
    {
        var user = await host.CreateUserAsync(Role.Advisor, "T1", host.Unique("adv"));
        var stored = await host.Store.FindUserByNameAsync(user.UserName);
        Assert.NotNull(stored);
        Assert.DoesNotContain(AttuneHost.Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.True(stored.PasswordHash.Length > 40);
    }

    [Theory]
    [InlineData("wrong password")]
    [InlineData("unknown user")]
    [InlineData("disabled")]
    public async Task SignIn_Failure_SameMessageAndNoCookie(string failure)
    {
        var user = await host.CreateUserAsync(Role.Admin, disabled: failure == "disabled");
        using var client = host.Anonymous();
        using var response = await AttuneHost.PostSignInAsync(
            client,
            failure == "unknown user" ? host.Unique("nobody") : user.UserName,
            failure == "wrong password" ? "not-the-password" : AttuneHost.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("attune.auth=", StringComparison.Ordinal)));
        using var home = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_BadRequest()
    {
        var user = await host.CreateUserAsync(Role.Admin);
        using var client = host.Anonymous();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = user.UserName, ["password"] = AttuneHost.Password });
        using var response = await client.PostAsync("login", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlElsewhere_StaysOnThisSite()
    {
        var user = await host.CreateUserAsync(Role.Admin);
        using var client = host.Anonymous();
        var form = await client.GetStringAsync("login");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = user.UserName,
            ["password"] = AttuneHost.Password,
            ["returnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = AttuneHost.AntiforgeryToken(form),
        });
        using var response = await client.PostAsync("login", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_Posted_SessionEnds()
    {
        var user = await host.CreateUserAsync(Role.Admin);
        using var client = await host.SignInAsync(user);
        var home = await client.GetStringAsync("");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AttuneHost.AntiforgeryToken(home) });
        using var response = await client.PostAsync("logout", content);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK);
        using var after = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = host.Anonymous();
        using var response = await client.GetAsync("login");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
