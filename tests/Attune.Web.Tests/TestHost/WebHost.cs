using System.Net;
using System.Text.RegularExpressions;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.TestHost;

/// <summary>
/// The whole web app on a real loopback port with a fresh SQLite file in a temp folder and a bootstrap admin API key;
/// <see cref="Client"/> keeps cookies and does not follow redirects, so tests see what the server answered.
/// (Minimal on purpose: the shared fixture of tests/Attune.Web.Tests replaces it when the branches are merged.)
/// </summary>
public sealed partial class WebHost : IAsyncDisposable
{
    public const string BootstrapKey = "test-bootstrap-key-0123456789";

    public const string Password = "correct-horse-battery";

    private readonly WebApplication _app;

    private WebHost(WebApplication app, string dir, Uri address)
    {
        _app = app;
        Dir = dir;
        Address = address;
    }

    public string Dir { get; }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public IAttuneStore Store => _app.Services.GetRequiredService<IAttuneStore>();

    public string ConnectionString => $"Data Source={Path.Combine(Dir, "attune.db")}";

    public static async Task<WebHost> StartAsync(params string[] settings)
    {
        var dir = Path.Combine(Path.GetTempPath(), "attune-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var app = AttuneWebApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            "--Storage:Provider=sqlite",
            $"--ConnectionStrings:Attune=Data Source={Path.Combine(dir, "attune.db")}",
            $"--Storage:BlobPath={Path.Combine(dir, "blobs")}",
            $"--ATTUNE_BOOTSTRAP_API_KEY={BootstrapKey}",
            "--Security:SignInAttemptsPerMinute=1000",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        await app.PrepareAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebHost(app, dir, new Uri(address));
    }

    /// <summary>A browser-like client: its own cookie jar, no automatic redirects.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address };

    public HttpClient ApiClient(string key = BootstrapKey)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Stores a user with <see cref="Password"/>.</summary>
    public async Task<UserAccount> AddUserAsync(string userName, Role role, string? team = null, string? advisorId = null)
    {
        var user = new UserAccount { Id = "t-" + userName, UserName = userName, DisplayName = userName, Role = role, TeamId = team, AdvisorId = advisorId, CreatedAt = DateTimeOffset.UtcNow };
        user.PasswordHash = Services.GetRequiredService<IPasswordHasher<UserAccount>>().HashPassword(user, Password);
        await Store.SaveUserAsync(user);
        return user;
    }

    /// <summary>A signed-in client (cookie), after a real sign-in through the form.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = Password)
    {
        var client = Client();
        var response = await PostFormAsync(client, "/login", new() { ["username"] = userName, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>GETs the page to obtain its antiforgery token, then posts the form with it (as a browser does).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? path.Split('?')[0]);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "the page has an antiforgery token");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; the temp folder is cleaned by the OS.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
