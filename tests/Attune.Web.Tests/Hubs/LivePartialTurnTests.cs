using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attune.Web.Tests.TestKit;
using Microsoft.AspNetCore.SignalR.Client;

namespace Attune.Web.Tests.Hubs;

/// <summary>
/// Partial turns (<c>final: false</c>) over the hub and REST: not analysed, but published to watchers as <c>partial</c>
/// (redacted as final turns are, with the client's ref), the latest per party kept in a snapshot until that party's
/// final turn arrives.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class LivePartialTurnTests(SqliteHost host)
{
    [Fact]
    public async Task Partial_turns_reach_watchers_redacted_and_the_snapshot_keeps_the_latest_per_party_until_the_final_turn()
    {
        var id = host.Unique("partial");
        await using var ingest = await LiveClient.ConnectAsync(host);
        await ingest.Connection.InvokeAsync<JsonElement>("Start", id, new { advisorId = host.Unique("A-p") });
        await using var watcher = await LiveClient.ConnectAsync(host);
        await watcher.Connection.InvokeAsync<JsonElement>("Watch", id);

        // over the hub: no findings, no nudges; the watcher sees the words so far, the card number redacted
        var result = await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id,
            new { party = "customer", text = "I'm furious, my card 4111 1111 1111 1111 was", final = false, @ref = "p-1" });
        Assert.Equal(0, result.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, result.GetProperty("nudges").GetArrayLength());
        var partial = await watcher.WaitForAsync("partial");
        Assert.Equal(id, partial.GetProperty("sessionId").GetString());
        Assert.Equal("customer", partial.GetProperty("party").GetString());
        Assert.Equal("p-1", partial.GetProperty("trigger").GetProperty("ref").GetString());
        Assert.True(partial.GetProperty("seq").GetInt64() > 0);
        var text = partial.GetProperty("text").GetString()!;
        Assert.StartsWith("I'm furious, my card ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", text, StringComparison.Ordinal);

        // over REST as well (202), for the advisor; each party's latest partial is in a new watcher's snapshot
        using var api = host.Api();
        var rest = await api.PostAsJsonAsync($"api/live/{id}/turns", new { party = "advisor", text = "Let me", final = false, @ref = "p-2" });
        Assert.Equal(HttpStatusCode.Accepted, rest.StatusCode);
        await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id, new { party = "customer", text = "I'm furious, my card was charged", final = false });
        await watcher.WaitForAsync("partial", e => e.GetProperty("party").GetString() == "advisor");
        await watcher.WaitForAsync("partial", e => e.GetProperty("text").GetString()!.EndsWith("charged", StringComparison.Ordinal));
        await using var late = await LiveClient.ConnectAsync(host);
        var snapshot = await late.Connection.InvokeAsync<JsonElement>("Watch", id);
        var partials = snapshot.GetProperty("partials").EnumerateArray().ToList();
        Assert.Equal(2, partials.Count);
        Assert.Equal("Let me", partials.Single(p => p.GetProperty("party").GetString() == "advisor").GetProperty("text").GetString());
        Assert.Equal("I'm furious, my card was charged", partials.Single(p => p.GetProperty("party").GetString() == "customer").GetProperty("text").GetString());
        Assert.Empty(snapshot.GetProperty("turns").EnumerateArray());

        // the customer's final turn replaces their partial (analysed as usual); the advisor's stays until theirs
        var final = await ingest.Connection.InvokeAsync<JsonElement>("AddTurn", id,
            new { party = "customer", text = "I'm furious, my card was charged twice!", @ref = "f-1" });
        Assert.NotEqual(0, final.GetProperty("findings").GetArrayLength());
        await watcher.WaitForAsync("turn", e => e.GetProperty("trigger").GetProperty("ref").GetString() == "f-1");
        snapshot = await late.Connection.InvokeAsync<JsonElement>("Watch", id);
        partials = snapshot.GetProperty("partials").EnumerateArray().ToList();
        Assert.Equal("advisor", Assert.Single(partials).GetProperty("party").GetString());

        // partials are never stored: the stored transcript has the final turn only
        var end = await ingest.Connection.InvokeAsync<JsonElement>("End", id);
        var stored = await host.Store.GetInteractionAsync(end.GetProperty("id").GetInt64(), Attune.Storage.Model.InteractionScope.All);
        Assert.NotNull(stored);
        Assert.DoesNotContain("Let me", stored.AnalysisJson, StringComparison.Ordinal);
    }
}
