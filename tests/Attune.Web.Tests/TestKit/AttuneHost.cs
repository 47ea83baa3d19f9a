using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// The real web application (<see cref="AttuneWebApp"/>) on a loopback port with its own database and blob folder:
/// Kestrel, the real store (no mocks), the bootstrap admin API key. One per test collection (xUnit collection
/// fixture); tests keep out of each other's way by using their own advisor, team and external ids (<see cref="Unique"/>).
/// </summary>
public abstract partial class AttuneHost : IAsyncLifetime
{
    /// <summary>The bootstrap admin key (ATTUNE_BOOTSTRAP_API_KEY) every host starts with.</summary>
    public const string BootstrapKey = "test-bootstrap-key-0123456789";

    /// <summary>The password every test user gets.</summary>
    public const string Password = "Correct-Horse-Battery-9";

    private WebApplication? app;
    private int counter;

    /// <summary>The folder with the database file (SQLite) and the recordings.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "attune-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>e.g. http://127.0.0.1:41234/ (the port Kestrel bound).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>False when the host cannot run here (PostgreSQL not configured): tests then call Skip.IfNot(host.Available, host.Unavailable).</summary>
    public bool Available { get; private set; }

    /// <summary>Why the host is not available.</summary>
    public string Unavailable { get; protected set; } = "";

    public IAttuneStore Store => Services.GetRequiredService<IAttuneStore>();

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException(Unavailable);

    /// <summary>Storage settings (provider, connection string), or null when the host cannot run here.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>?> StorageSettingsAsync();

    /// <summary>Removes what <see cref="StorageSettingsAsync"/> made (a PostgreSQL database).</summary>
    protected virtual Task DropStorageAsync() => Task.CompletedTask;

    /// <summary>Extra settings of a host variant (e.g. a small Ingest:MaxTranscriptBytes).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

    public async Task InitializeAsync()
    {
        var storage = await StorageSettingsAsync();
        if (storage is null)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:BlobPath"] = Path.Combine(Folder, "blobs"),
            [SecurityExtensions.BootstrapKeyVariable] = BootstrapKey,
            // Every test signs in: the per-address sign-in limit would otherwise stop the suite (its own test lowers it).
            ["Security:SignInAttemptsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        foreach (var (key, value) in storage.Concat(ExtraSettings()))
        {
            settings[key] = value;
        }

        app = AttuneWebApp.Create(["--urls=http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(settings));
        await app.PrepareAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Available = true;
        await SeedAsync();
    }

    /// <summary>Data a host variant starts with (after the app is listening).</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Available)
        {
            await DropStorageAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned by the system later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A name no other test of this host uses (advisor ids, teams, external ids, user names).</summary>
    public string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    // ---- people ----

    /// <summary>A local account with <see cref="Password"/> (hashed with the app's Identity hasher).</summary>
    public async Task<UserAccount> CreateUserAsync(Role role, string? team = null, string? advisorId = null, bool disabled = false)
    {
        var name = Unique(role.ToString().ToLowerInvariant());
        var user = new UserAccount
        {
            Id = "u-" + name,
            UserName = name,
            DisplayName = "Test " + name,
            Role = role,
            TeamId = team,
            AdvisorId = advisorId,
            Disabled = disabled,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        user.PasswordHash = Services.GetRequiredService<IPasswordHasher<UserAccount>>().HashPassword(user, Password);
        await Store.SaveUserAsync(user);
        return user;
    }

    /// <summary>An API key acting with <paramref name="role"/>; returns the secret.</summary>
    public async Task<string> CreateApiKeyAsync(Role role)
    {
        var secret = Unique("key") + Guid.NewGuid().ToString("N");
        await Store.SaveApiKeyAsync(new ApiKeyRecord
        {
            Id = Unique("k"),
            Name = "test key " + role,
            SecretHash = ApiKeyHandler.Hash(secret),
            Role = role,
            CreatedBy = "tests",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        return secret;
    }

    // ---- clients ----

    /// <summary>A client with no credentials, its own cookies and no automatic redirects (tests see 302s).</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = BaseAddress,
    };

    /// <summary>A client sending <c>Authorization: Bearer</c> (default: the bootstrap admin key).</summary>
    public HttpClient Api(string key = BootstrapKey)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Signs in through the sign-in form (GET /login for the antiforgery token, POST the form) and returns the client holding the cookie.</summary>
    public async Task<HttpClient> SignInAsync(UserAccount user, string password = Password)
    {
        var client = Anonymous();
        using var response = await PostSignInAsync(client, user.UserName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {user.UserName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>The sign-in form post as a browser makes it (the response is returned, not checked).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("login");
        var fields = new Dictionary<string, string>
        {
            ["username"] = userName,
            ["password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        };
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync("login", content);
    }

    /// <summary>The hidden antiforgery field of the (first) form in a page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    // ---- ingest ----

    /// <summary>Posts a transcript with the admin key; returns the status and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string body, string contentType, HttpClient? client = null)
    {
        var own = client is null;
        client ??= Api();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            using var response = await client.PostAsync("api/interactions", content);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }
        finally
        {
            if (own)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Ingests an Attune JSON transcript (see <see cref="Transcripts"/>) and returns the stored id.</summary>
    public async Task<long> IngestAsync(string externalId, string advisorId, string team, string? advisorName = null, DateTimeOffset? startedAt = null, Transcripts.Kind kind = Transcripts.Kind.Empathic)
    {
        var (status, body) = await PostAsync(Transcripts.Json(externalId, advisorId, team, advisorName, startedAt, kind), "application/json");
        if (status is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"Ingest of {externalId} answered {(int)status}: {body}");
        }

        return body!["id"]!.GetValue<long>();
    }

    /// <summary>Ingests a recording with its Attune JSON transcript (multipart, admin key) and returns the stored id.</summary>
    public async Task<long> IngestRecordingAsync(byte[] wav, string transcriptJson)
    {
        using var client = Api();
        using var form = new MultipartFormDataContent();
        var audio = new ByteArrayContent(wav);
        audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        form.Add(audio, "audio", "call.wav");
        var transcript = new StringContent(transcriptJson, Encoding.UTF8);
        transcript.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(transcript, "transcript", "call.json");
        using var response = await client.PostAsync("api/interactions", form);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Recording upload answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!["id"]!.GetValue<long>();
    }
}
