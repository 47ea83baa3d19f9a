using System.Net.WebSockets;
using System.Text.Json;
using Attune.Web.Live;
using Attune.Web.Live.Telephony;
using Attune.Web.Tests.TestKit;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Attune.Web.Tests.Live.Telephony.TelephonyClient;

namespace Attune.Web.Tests.Live.Telephony;

/// <summary>
/// An advisor who talks over the customer on a Twilio call: the watcher hears of it at once (a provisional
/// <c>overtalk</c> and a <c>let_them_finish</c> nudge, their stream time within a second of the overlap's start), then
/// gets the settled <c>interruption</c>; the third interruption fires the "interruptions" alert rule.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class TwilioInterruptionTests(SqliteHost host)
{
    private LiveSessions Sessions => host.Services.GetRequiredService<LiveSessions>();

    [Fact]
    public async Task Advisor_talking_over_the_customer_gets_an_immediate_nudge_then_settled_interruptions_and_the_alert()
    {
        // three times: the customer speaks for 3 s; the advisor comes in 1.5 s into it and carries on 1.5 s after the
        // customer gave up (1.5 s of overtalk each time, the customer stopping within 2 s: an interruption)
        var episodes = new[] { 0.0, 6.0, 12.0 };
        var bursts = episodes.SelectMany(t => new[] { (t, t + 3.0, 0, 220.0), (t + 1.5, t + 4.5, 1, 140.0) }).ToArray();
        var (customer, advisor) = MuLawBursts(18.0, bursts);
        var callSid = host.Unique("CA");
        using var ws = await ConnectAsync(host, TwilioEndpoint.Path);
        await SendAsync(ws, Start(callSid, AttuneHost.BootstrapKey, host.Unique("A-int")));
        for (var waited = 0; Sessions.Find(callSid) is null && waited < 5000; waited += 20)
        {
            await Task.Delay(20);
        }

        await using var watcher = await LiveClient.ConnectAsync(host);
        await watcher.Connection.InvokeAsync<JsonElement>("Watch", callSid);
        foreach (var m in MediaMessages(customer, advisor))
        {
            await SendAsync(ws, m);
        }

        static double StreamTime(JsonElement e) => e.GetProperty("trigger").GetProperty("streamTime").GetDouble();

        // at once: the advisor talking over the customer, while both still speak
        var overtalk = await watcher.WaitForAsync("dynamics", e => e.GetProperty("kind").GetString() == "overtalk");
        Assert.Equal("advisor", overtalk.GetProperty("party").GetString());
        Assert.InRange(overtalk.GetProperty("start").GetDouble(), 1.3, 1.8);
        Assert.InRange(StreamTime(overtalk), 1.5, 2.6);
        var nudge = await watcher.WaitForAsync("nudge", e => e.GetProperty("kind").GetString() == "let_them_finish");
        Assert.InRange(StreamTime(nudge), 1.5, 2.6);
        Assert.False(string.IsNullOrWhiteSpace(nudge.GetProperty("text").GetString()));

        // later, once the customer has stopped and the advisor carried on: the settled interruption
        var interruption = await watcher.WaitForAsync("dynamics", e => e.GetProperty("kind").GetString() == "interruption");
        Assert.Equal("advisor", interruption.GetProperty("party").GetString());
        Assert.InRange(interruption.GetProperty("start").GetDouble(), 1.3, 1.8);
        Assert.True(StreamTime(interruption) > StreamTime(overtalk));

        // the third one fires the default "interruptions" rule (3 within 300 s)
        var alert = await watcher.WaitForAsync("alert", e => e.GetProperty("ruleId").GetString() == "interruptions");
        Assert.Equal("warning", alert.GetProperty("severity").GetString());
        Assert.InRange(StreamTime(alert), 13.5, 18.01);
        Assert.Equal(3, watcher.Seen().Count(e => e.Type == "dynamics" && e.Payload.GetProperty("kind").GetString() == "interruption"));

        await SendAsync(ws, Stop(callSid));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await ClosedAsync(ws)).Status);
        await watcher.WaitForAsync("ended");
    }
}
