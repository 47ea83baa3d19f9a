using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Attune.Storage.Model;
using Attune.Web.Tests.TestHost;

namespace Attune.Web.Tests.Privacy;

/// <summary>Issue 4 item 5: PII never stored, CSRF, security headers, sign-in rate limit, escaping, upload limits.</summary>
public sealed class PrivacyAndSafetyTests
{
    [Fact]
    public async Task Ingest_TranscriptWithPersonalData_StoresNoneOfIt()
    {
        await using var host = await WebHost.StartAsync();
        using var api = host.ApiClient();
        var text = "Customer: Hi, my card number is 4111 1111 1111 1111 and you charged it twice.\n" +
                   "Advisor: I'm sorry about that. Can I confirm your e-mail?\n" +
                   "Customer: It's jo.bloggs@example.com and my mobile is 07700 900123.\n";

        var response = await api.PostAsync("/api/interactions?externalId=pii-1", new StringContent(text, Encoding.UTF8, "text/plain"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = Assert.Single((await host.Store.ListInteractionsAsync(new InteractionQuery { Scope = InteractionScope.All })).Items);
        var stored = (await host.Store.GetInteractionAsync(summary.Id, InteractionScope.All))!;
        foreach (var secret in new[] { "4111", "jo.bloggs", "example.com", "900123" })
        {
            Assert.DoesNotContain(secret, stored.Transcript, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stored.AnalysisJson, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }

        Assert.Contains("charged it twice", stored.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_PostWithoutAntiforgeryToken_Is400()
    {
        await using var host = await WebHost.StartAsync();
        await host.AddUserAsync("root", Role.Admin);
        var admin = await host.SignInAsync("root");

        var forged = await admin.PostAsync("/settings/teams", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "Evil", ["name"] = "Evil" }));
        var signIn = await host.Client().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "root", ["password"] = WebHost.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Empty(await host.Store.ListTeamsAsync());
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/health")]
    [InlineData("/api/interactions")]
    public async Task Responses_CarrySecurityHeaders(string path)
    {
        await using var host = await WebHost.StartAsync();

        var response = await host.Client().GetAsync(path);

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task SignIn_OverTheLimit_Is429()
    {
        await using var host = await WebHost.StartAsync("--Security:SignInAttemptsPerMinute=3");
        var client = host.Client();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "x", ["password"] = "y" }));
            codes.Add(response.StatusCode);
        }

        // Posts without a token are refused (400) within the limit and rate-limited (429) beyond it: the limiter runs first.
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        Assert.DoesNotContain(HttpStatusCode.OK, codes.Skip(3));
    }

    [Fact]
    public async Task Settings_UserSuppliedText_IsRenderedEscaped()
    {
        await using var host = await WebHost.StartAsync();
        await host.AddUserAsync("root", Role.Admin);
        await host.Store.SetGlossaryAsync([new GlossaryEntry("<img src=x onerror=alert(1)>", "<b>plain</b>")]);
        var admin = await host.SignInAsync("root");

        var html = await admin.GetStringAsync("/settings/glossary");

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>plain</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_TranscriptOverTheLimit_Is413()
    {
        await using var host = await WebHost.StartAsync("--Ingest:MaxTranscriptBytes=2000");
        using var api = host.ApiClient();
        var text = string.Concat(Enumerable.Repeat("Customer: this line is long enough to fill the body quickly.\n", 100));

        var response = await api.PostAsync("/api/interactions", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await host.Store.CountInteractionsAsync(InteractionScope.All));
    }

    [Fact]
    public async Task Api_ChunkedTranscriptOverTheLimit_Is413()
    {
        await using var host = await WebHost.StartAsync("--Ingest:MaxTranscriptBytes=2000");
        using var api = host.ApiClient();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Customer: this line is long enough to fill the body quickly.\n", 100)));
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Api_RecordingOverTheLimit_Is413()
    {
        await using var host = await WebHost.StartAsync("--Ingest:MaxRecordingBytes=100000");
        using var api = host.ApiClient();
        using var form = new MultipartFormDataContent();
        var audio = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, "audio", "calm-call.wav")));
        audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        form.Add(audio, "audio", "calm-call.wav");

        var response = await api.PostAsync("/api/interactions", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await host.Store.CountInteractionsAsync(InteractionScope.All));
    }

    [Fact]
    public async Task SignIn_ShowingTheForm_IsNotCountedAsAnAttempt()
    {
        await using var host = await WebHost.StartAsync("--Security:SignInAttemptsPerMinute=3");
        var client = host.Client();

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        }
    }
}
