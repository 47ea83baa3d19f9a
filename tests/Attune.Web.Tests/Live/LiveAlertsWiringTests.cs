using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Live;

/// <summary>The alert rules and the risk tracker are fed by live turns: alerts reach the tile, the risk follows the customer.</summary>
[Collection(Collections.Live)]
public sealed class LiveAlertsWiringTests(LiveHost host)
{
    [Fact]
    public async Task AddTurn_NonApologyToUpsetCustomer_FiresRulesAndRaisesRisk()
    {
        using var api = host.Api();
        var id = host.Unique("alerts");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"api/live/{id}/start", new { advisorId = host.Unique("A") })).StatusCode);
        await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "advisor", text = "Hello, you're through to billing. How can I help?" });
        var calm = await TileAsync(api, id);
        Assert.Equal(0, calm["alertCount"]!.GetValue<int>());

        await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "customer", text = "I'm furious, you've charged me twice this month and that money was for my rent." });
        await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "advisor", text = "We are sorry for any inconvenience." });
        var tile = await TileAsync(api, id);

        Assert.True(tile["alertCount"]!.GetValue<int>() >= 2, tile.ToJsonString());
        Assert.Equal("non-apologies", tile["latestAlert"]!["ruleId"]!.GetValue<string>());
        Assert.True(tile["risk"]!.GetValue<int>() > calm["risk"]!.GetValue<int>() + 20, tile.ToJsonString());
        Assert.Equal("rising", tile["trend"]!.GetValue<string>());
        await api.PostAsync($"api/live/{id}/end", null);
    }

    private static async Task<JsonNode> TileAsync(HttpClient api, string id)
    {
        var list = JsonNode.Parse(await api.GetStringAsync(new Uri("api/live", UriKind.Relative)))!;
        return list["items"]!.AsArray().Single(i => i!["sessionId"]!.GetValue<string>() == id)!;
    }
}
