using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Web.Live;
using Attune.Web.Live.Telephony;
using Attune.Web.Tests.TestKit;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Attune.Web.Tests.Live.Telephony.TelephonyClient;

namespace Attune.Web.Tests.Live;

/// <summary>
/// Ending a live interaction whose storing fails (for real: a call whose recording's blob was deleted before the end)
/// answers REST with 500 problem details saying it could not be stored and why, and the hub's <c>End</c> with a
/// HubException saying the same — not "unknown session"; the session is closed and watchers get <c>ended</c>.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class LiveStoreFailureTests(SqliteHost host)
{
    private LiveSessions Sessions => host.Services.GetRequiredService<LiveSessions>();

    /// <summary>Starts a Twilio call, streams a second of audio, and deletes its recording's blob.</summary>
    private async Task<(System.Net.WebSockets.ClientWebSocket Socket, string CallSid)> CallWithoutItsRecordingAsync()
    {
        var root = Path.GetFullPath(host.Services.GetRequiredService<IOptions<Attune.Storage.StorageOptions>>().Value.BlobPath ?? "attune-data/blobs");
        Directory.CreateDirectory(root);
        var before = Directory.GetFiles(root, "*.wav").ToHashSet();
        var (customer, advisor) = MuLawCall(1.0);
        var callSid = host.Unique("CA");
        var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Start(callSid, AttuneHost.BootstrapKey, host.Unique("A-gone")));
        foreach (var m in MediaMessages(customer, advisor))
        {
            await SendAsync(ws, m);
        }

        string? blob = null;
        for (var waited = 0; (Sessions.Find(callSid) is null || blob is null) && waited < 5000; waited += 20)
        {
            blob = Directory.GetFiles(root, "*.wav").Except(before).SingleOrDefault();
            await Task.Delay(20);
        }

        Assert.NotNull(blob);
        File.Delete(blob);
        return (ws, callSid);
    }

    [Fact]
    public async Task Rest_end_of_an_interaction_that_cannot_be_stored_answers_500_saying_why()
    {
        var (ws, callSid) = await CallWithoutItsRecordingAsync();
        using (ws)
        {
            await using var watcher = await LiveClient.ConnectAsync(host);
            await watcher.Connection.InvokeAsync<JsonElement>("Watch", callSid);
            using var api = host.Api();
            var end = await api.PostAsync($"api/live/{callSid}/end", null);
            Assert.Equal(HttpStatusCode.InternalServerError, end.StatusCode);
            Assert.Equal("application/problem+json", end.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await end.Content.ReadAsStringAsync())!;
            Assert.Equal("Not stored", problem["title"]!.GetValue<string>());
            var detail = problem["detail"]!.GetValue<string>();
            Assert.Contains("could not be stored", detail, StringComparison.Ordinal);
            Assert.Contains("recording", detail, StringComparison.Ordinal);
            Assert.Contains(callSid, detail, StringComparison.Ordinal);

            // the session is closed all the same: watchers are told, nothing is stored, a second end is "unknown"
            var ended = await watcher.WaitForAsync("ended");
            Assert.Equal(JsonValueKind.Null, ended.GetProperty("interactionId").ValueKind);
            Assert.Null(Sessions.Find(callSid));
            Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"api/live/{callSid}/end", null)).StatusCode);
            Assert.Null(await StoredByExternalIdAsync(host, callSid, timeoutMs: 300));
        }
    }

    [Fact]
    public async Task Hub_end_of_an_interaction_that_cannot_be_stored_throws_a_hub_exception_saying_why()
    {
        var (ws, callSid) = await CallWithoutItsRecordingAsync();
        using (ws)
        {
            await using var client = await LiveClient.ConnectAsync(host);
            var error = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<JsonElement>("End", callSid));
            Assert.Contains("Not stored", error.Message, StringComparison.Ordinal);
            Assert.Contains("could not be stored", error.Message, StringComparison.Ordinal);
            Assert.Contains("recording", error.Message, StringComparison.Ordinal);
            Assert.Null(Sessions.Find(callSid));

            // the stream is told at its next message, and nothing is stored
            await SendAsync(ws, Media("inbound", 60, new byte[160], 500));
            Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);
            Assert.Null(await StoredByExternalIdAsync(host, callSid, timeoutMs: 300));
        }
    }
}
