using System.Net;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Security;

/// <summary>Issue 4 item 5: PII is redacted before storage; customer text is always rendered escaped.</summary>
[Collection(Collections.Sqlite)]
public sealed class PrivacyTests(SqliteHost host)
{
    private const string Card = "4111 1111 1111 1111";
    private const string Email = "jane.doe@example.com";

    [Fact]
    public async Task Ingest_CardNumberAndEmail_NeverStored()
    {
        var external = host.Unique("ext");
        var json = Transcripts.Json(external, host.Unique("adv"), "T1")
            .Replace("that money was for my rent.", $"my card is {Card} and my email is {Email}.", StringComparison.Ordinal);
        Assert.Contains(Card, json, StringComparison.Ordinal);
        var (status, body) = await host.PostAsync(json, "application/json");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.DoesNotContain(Card, body!.ToJsonString(), StringComparison.Ordinal);

        var record = await host.Store.GetInteractionAsync(body["id"]!.GetValue<long>(), InteractionScope.All);
        Assert.NotNull(record);
        foreach (var stored in new[] { record.Transcript, record.AnalysisJson })
        {
            Assert.DoesNotContain(Card, stored, StringComparison.Ordinal);
            Assert.DoesNotContain("1111 1111", stored, StringComparison.Ordinal);
            Assert.DoesNotContain(Email, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task InteractionPage_ScriptInCustomerText_RenderedEscaped()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "web-script-tag-chat.json"));
        var (status, body) = await host.PostAsync(json, "application/json");
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK);
        var id = body!["id"]!.GetValue<long>();
        var admin = await host.CreateUserAsync(Role.Admin);
        using var client = await host.SignInAsync(admin);
        using var response = await client.GetAsync($"interactions/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // The page's only scripts are the site's own files (CSP: script-src 'self'); the customer's markup shows as text.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script\\b[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        Assert.All(scripts, m => Assert.Contains("src=\"/assets/", m.Value, StringComparison.Ordinal));
        Assert.Contains("&lt;script", html, StringComparison.OrdinalIgnoreCase);
    }
}
