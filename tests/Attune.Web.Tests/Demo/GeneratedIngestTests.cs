using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Attune.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.Demo;

/// <summary>Generated transcripts through the real API (what `attune bench web ingest` posts), with Server-Timing on.</summary>
public sealed class GeneratedIngestTests : IAsyncLifetime
{
    private const string Key = "generated-ingest-test-key";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "attune-gen-" + Guid.NewGuid().ToString("N"));
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        app = AttuneWebApp.Create(["--urls=http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Attune"] = "Data Source=" + Path.Combine(folder, "attune.db"),
            ["ATTUNE_BOOTSTRAP_API_KEY"] = Key,
            ["Diagnostics:ServerTiming"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.PrepareAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("api/interactions", UriKind.Relative), content);
    }

    [Fact]
    public async Task Post_GeneratedTranscriptTwice_CreatedThenUpdatedWithTheStoredAnalysis()
    {
        var body = new InteractionGenerator(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero)).Generate(12);

        using var first = await PostAsync(body);
        using var second = await PostAsync(body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt64();
        Assert.Equal($"/api/interactions/{id}", first.Headers.Location?.OriginalString);
        Assert.True(created.RootElement.GetProperty("created").GetBoolean());
        Assert.True(created.RootElement.GetProperty("analysis").GetProperty("findings").GetArrayLength() > 0);
        using var updated = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(id, updated.RootElement.GetProperty("id").GetInt64());
        Assert.False(updated.RootElement.GetProperty("created").GetBoolean());

        using var stored = await client.GetAsync(new Uri($"api/interactions/{id}", UriKind.Relative));
        using var read = JsonDocument.Parse(await stored.Content.ReadAsStringAsync());
        Assert.Equal(InteractionGenerator.ExternalId(12), read.RootElement.GetProperty("externalId").GetString());
        Assert.Equal(
            created.RootElement.GetProperty("analysis").GetProperty("findings").GetArrayLength(),
            read.RootElement.GetProperty("analysis").GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Get_WithServerTimingOn_AnswersWithTheServerDuration()
    {
        using var response = await client.GetAsync(new Uri("api/interactions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^app;dur=\d+(\.\d+)?$", response.Headers.GetValues("Server-Timing").Single());
    }
}
