using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Attune.Analysis.Conversations.Importers;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Data;
using Attune.Web.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// The web app on a loopback port with a temp SQLite file, a fixed clock, one user per role and the demo samples
/// ingested through <see cref="InteractionIngestor"/>: each sample as it is, plus copies spread over the 30 days before
/// <see cref="Now"/> for the overview's charts, plus (when espeak-ng and sox are installed) the two demo recordings.
/// </summary>
public sealed partial class WebHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2025, 12, 15, 12, 0, 0, TimeSpan.Zero);

    public const string Password = "correct horse battery staple";

    /// <summary>Copies of each sample spread over the last 30 days.</summary>
    public const int Copies = 3;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "attune-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => _app!.Services;

    public IAttuneStore Store => Services.GetRequiredService<IAttuneStore>();

    /// <summary>Interaction ids by external id.</summary>
    public Dictionary<string, long> Ids { get; } = new(StringComparer.Ordinal);

    public bool HasRecordings { get; private set; }

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        // settings as command-line configuration: AttuneWebApp reads some of them while it builds (before `configure`)
        _app = AttuneWebApp.Create(
            [
                "--urls=http://127.0.0.1:0",
                "--ConnectionStrings:Attune=Data Source=" + Path.Combine(_dir, "attune.db"),
                "--Storage:BlobPath=" + Path.Combine(_dir, "blobs"),
                "--Security:SignInAttemptsPerMinute=10000",
            ],
            b => b.Services.AddSingleton<TimeProvider>(new FixedClock(Now)));
        await _app.PrepareAsync();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        await SeedUsersAsync();
        await SeedInteractionsAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>An HTTP client with its own cookie jar, signed in as <paramref name="userName"/> through the login form.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = BaseAddress };
        var form = await client.GetStringAsync("/login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = userName,
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain("do not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private async Task SeedUsersAsync()
    {
        var hasher = new PasswordHasher<UserAccount>();
        await Store.SaveTeamAsync(new Team { Id = "Billing", Name = "Billing" });
        await Store.SaveTeamAsync(new Team { Id = "Web Chat", Name = "Web Chat" });
        (string Id, string Name, Role Role, string? Team, string? Advisor)[] people =
        [
            ("u-admin", "admin", Role.Admin, null, null),
            ("u-qa", "qa", Role.QaAnalyst, null, null),
            ("u-lead", "lead", Role.TeamLeader, "Billing", null),
            ("u-sam", "sam", Role.Advisor, "Billing", "A101"),
            ("u-priya", "priya", Role.Advisor, "Web Chat", "A417"),
        ];
        foreach (var p in people)
        {
            var user = new UserAccount { Id = p.Id, UserName = p.Name, DisplayName = p.Name, Role = p.Role, TeamId = p.Team, AdvisorId = p.Advisor, CreatedAt = Now };
            user.PasswordHash = hasher.HashPassword(user, Password);
            await Store.SaveUserAsync(user);
        }
    }

    private async Task SeedInteractionsAsync()
    {
        using var scope = Services.CreateScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<InteractionIngestor>();
        var samples = Directory.GetFiles(Path.Combine(RepoRoot, "samples"))
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".vtt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var n = 0;
        foreach (var file in samples)
        {
            var read = ConversationReader.ReadBytes(await File.ReadAllBytesAsync(file), Path.GetFileName(file), new ImportOptions());
            Assert.True(read.Success, read.Error?.ToString());
            var c = read.Value;
            var result = await ingestor.IngestAsync(c, Path.GetFileName(file), CancellationToken.None);
            Ids[c.Metadata.InteractionId ?? Path.GetFileName(file)] = result.Id;
            for (var k = 0; k < Copies; k++)
            {
                // the same conversation on another day of the last 30: volume and trends for the overview
                var day = (n * 7 + (k * 11)) % 30;
                var copy = c with
                {
                    Metadata = c.Metadata with
                    {
                        InteractionId = $"{c.Metadata.InteractionId ?? Path.GetFileNameWithoutExtension(file)}-copy{k}",
                        StartedAt = Now.AddDays(-day).AddHours(-(n % 8)),
                    },
                };
                var r = await ingestor.IngestAsync(copy, Path.GetFileName(file), CancellationToken.None);
                Ids[copy.Metadata.InteractionId!] = r.Id;
            }

            n++;
        }

        await SeedRecordingsAsync(ingestor, scope.ServiceProvider.GetRequiredService<BlobStore>());
    }

    private async Task SeedRecordingsAsync(InteractionIngestor ingestor, BlobStore blobs)
    {
        var audio = Path.Combine(RepoRoot, "samples", "audio");
        var wav = Path.Combine(audio, "angry-customer-call.wav");
        if (!File.Exists(wav))
        {
            using var make = Process.Start(new ProcessStartInfo("bash", [Path.Combine(audio, "make-calls.sh")]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await make.WaitForExitAsync();
        }

        foreach (var name in new[] { "angry-customer-call", "calm-call" })
        {
            var path = Path.Combine(audio, name + ".wav");
            if (!File.Exists(path))
            {
                return;
            }

            var transcript = ConversationReader.ReadBytes(await File.ReadAllBytesAsync(Path.Combine(audio, name + ".json")), name + ".json", new ImportOptions());
            Assert.True(transcript.Success, transcript.Error?.ToString());
            var t = transcript.Value with { Metadata = transcript.Value.Metadata with { StartedAt = Now.AddDays(-2), AdvisorId = "A101", AdvisorName = "Sam Carter", Team = "Billing" } };
            await using var stream = File.OpenRead(path);
            var blob = await blobs.SaveAsync(stream, ".wav", CancellationToken.None);
            var (result, error) = await ingestor.IngestRecordingAsync(blob, t, name + ".wav", CancellationToken.None);
            Assert.True(error is null, error?.ToString());
            Ids[name] = result!.Id;
        }

        HasRecordings = true;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Attune.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Attune.slnx not found above " + AppContext.BaseDirectory);
    }
}
