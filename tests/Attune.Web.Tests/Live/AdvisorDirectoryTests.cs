using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Ingest;
using Attune.Web.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Tests.Live;

/// <summary>An interaction that names only its advisor's id is filed under that advisor's team (live tile and stored record).</summary>
[Collection(Collections.Live)]
public sealed class AdvisorDirectoryTests(LiveHost host)
{
    [Fact]
    public async Task Start_OnlyAdvisorId_TileAndStoredRecordCarryTheAccountsTeamAndName()
    {
        var advisorId = host.Unique("A");
        var team = host.Unique("T");
        var account = await host.CreateUserAsync(Role.Advisor, team, advisorId);
        host.Services.GetRequiredService<AdvisorDirectory>().Invalidate();
        using var api = host.Api();
        var id = host.Unique("dir");

        var started = await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var tile = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        Assert.Equal(team, tile["team"]!.GetValue<string>());
        Assert.Equal(account.DisplayName, tile["advisorName"]!.GetValue<string>());

        await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "My router keeps dropping the connection." });
        var ended = JsonNode.Parse(await (await api.PostAsync($"api/live/{id}/end", null)).Content.ReadAsStringAsync())!;
        var stored = JsonNode.Parse(await api.GetStringAsync(new Uri($"api/interactions/{ended["id"]}", UriKind.Relative)))!;
        Assert.Equal(team, stored["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_UnknownAdvisorId_KeptAsItCame()
    {
        using var api = host.Api();
        var id = host.Unique("dir");
        var started = await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = host.Unique("nobody") });
        var tile = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        Assert.Null(tile["team"]);
        await api.PostAsync($"api/live/{id}/end", null);
    }
}
