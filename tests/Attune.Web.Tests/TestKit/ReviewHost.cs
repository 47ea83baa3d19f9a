using System.Net;
using System.Text.RegularExpressions;
using Attune.Storage;
using Attune.Storage.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// The web app on a real loopback port over a SQLite file in a temp folder, with a fixed clock and one account per role
/// (password "pw-" + user name). Kept minimal on purpose: the shared host fixture of the web-tests helper replaces it when
/// the branches are merged.
/// </summary>
public sealed partial class ReviewHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly string dir;

    private ReviewHost(WebApplication app, string dir, Uri address)
    {
        App = app;
        this.dir = dir;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IAttuneStore Store => App.Services.GetRequiredService<IAttuneStore>();

    public FixedClock Clock => (FixedClock)App.Services.GetRequiredService<TimeProvider>();

    public static async Task<ReviewHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "attune-web-review-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var config = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["ConnectionStrings:Attune"] = $"Data Source={Path.Combine(dir, "attune.db")}",
            ["Storage:BlobPath"] = Path.Combine(dir, "blobs"),
            ["Security:SignInAttemptsPerMinute"] = "1000",
        };
        foreach (var kv in settings ?? new Dictionary<string, string?>())
        {
            config[kv.Key] = kv.Value;
        }

        var app = AttuneWebApp.Create(["--urls=http://127.0.0.1:0", "--environment=Development"], b =>
        {
            b.Configuration.AddInMemoryCollection(config);
            b.Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        });
        await app.PrepareAsync();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var host = new ReviewHost(app, dir, address);
        await host.SeedUsersAsync();
        return host;
    }

    private async Task SeedUsersAsync()
    {
        var hasher = App.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        await Store.SaveTeamAsync(new Team { Id = "north", Name = "North" });
        await Store.SaveTeamAsync(new Team { Id = "south", Name = "South" });
        UserAccount[] users =
        [
            new() { Id = "u-ana", UserName = "ana", DisplayName = "Ana Analyst", Role = Role.QaAnalyst },
            new() { Id = "u-quinn", UserName = "quinn", DisplayName = "Quinn Analyst", Role = Role.QaAnalyst },
            new() { Id = "u-lee", UserName = "lee", DisplayName = "Lee Leader", Role = Role.TeamLeader, TeamId = "north" },
            new() { Id = "u-sam", UserName = "sam", DisplayName = "Sam Leader", Role = Role.TeamLeader, TeamId = "south" },
            new() { Id = "u-amy", UserName = "amy", DisplayName = "Amy Advisor", Role = Role.Advisor, TeamId = "north", AdvisorId = "amy" },
            new() { Id = "u-bob", UserName = "bob", DisplayName = "Bob Advisor", Role = Role.Advisor, TeamId = "north", AdvisorId = "bob" },
            new() { Id = "u-cat", UserName = "cat", DisplayName = "Cat Advisor", Role = Role.Advisor, TeamId = "south", AdvisorId = "cat" },
        ];
        foreach (var u in users)
        {
            u.PasswordHash = hasher.HashPassword(u, "pw-" + u.UserName);
            u.CreatedAt = Now;
            await Store.SaveUserAsync(u);
        }
    }

    /// <summary>A client signed in as <paramref name="userName"/> (cookies kept, redirects not followed).</summary>
    public async Task<Client> SignInAsync(string userName)
    {
        var client = new Client(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address });
        var response = await client.PostFormAsync("/login", "/login", new() { ["username"] = userName, ["password"] = "pw-" + userName });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public sealed partial class Client(HttpClient http) : IDisposable
    {
        public HttpClient Http { get; } = http;

        public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

        public async Task<string> GetHtmlAsync(string url)
        {
            var r = await Http.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)r.StatusCode}");
            return await r.Content.ReadAsStringAsync();
        }

        /// <summary>Loads <paramref name="formPage"/> for an antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
        public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
        {
            var page = await Http.GetAsync(formPage);
            var html = await page.Content.ReadAsStringAsync();
            var token = Token().Match(html);
            Assert.True(token.Success, $"no antiforgery token on {formPage} ({(int)page.StatusCode})");
            var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
            return await Http.PostAsync(action, new FormUrlEncodedContent(body));
        }

        public void Dispose() => Http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex Token();
    }
}
