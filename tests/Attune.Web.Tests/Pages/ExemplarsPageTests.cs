using System.Net;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Pages;

public sealed class ExemplarsPageTests : IAsyncLifetime
{
    private ReviewHost host = null!;
    private long calm;
    private long anxious;

    public async Task InitializeAsync()
    {
        host = await ReviewHost.StartAsync();
        calm = await host.Store.AddAsync(Interactions.Make("bob", "north", 92, distressed: true, journey: "angry→calm"));
        anxious = await host.Store.AddAsync(Interactions.Make("cat", "south", 88, journey: "anxious→positive"));
        await host.Store.AddAsync(Interactions.Make("amy", "north", 40, journey: "angry→calm"));     // low score: no suggestion
        await host.Store.AddAsync(Interactions.Make("amy", "north", 95, journey: "calm→angry"));     // got worse: no suggestion
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Library_SuggestsHighScoringImprovingJourneysGroupedByJourney()
    {
        using var ana = await host.SignInAsync("ana");
        var html = await ana.GetHtmlAsync("/exemplars");
        Assert.Contains("id=\"j-angry-to-calm\"", html);
        Assert.Contains("id=\"j-anxious-to-positive\"", html);
        Assert.DoesNotContain("j-calm-to-angry", html);
        Assert.Contains($"/interactions/{calm}#t1", html);
        Assert.Equal(2, html.Split("class=\"exemplar suggested\"").Length - 1);
    }

    [Fact]
    public async Task Pin_Analyst_PinsFirstThenUnpins_AdvisorCannot()
    {
        using var amy = await host.SignInAsync("amy");
        var r = await amy.PostFormAsync("/exemplars", "/exemplars?handler=Pin", new() { ["interactionId"] = calm.ToString(), ["note"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);

        using var ana = await host.SignInAsync("ana");
        r = await ana.PostFormAsync("/exemplars", "/exemplars?handler=Pin",
            new() { ["interactionId"] = anxious.ToString(), ["turn"] = "1", ["journey"] = "anxious→positive", ["note"] = "Names the worry, then the plan." });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var pin = Assert.Single(await host.Store.GetExemplarPinsAsync(null));
        Assert.Equal((anxious, 1), (pin.InteractionId, pin.Turn!.Value));

        // everyone reads it; the advisor from another team sees the excerpt but no link into cat's interaction
        var html = await amy.GetHtmlAsync("/exemplars");
        Assert.Contains("Names the worry, then the plan.", html);
        Assert.DoesNotContain($"/interactions/{anxious}", html);
        Assert.DoesNotContain("handler=Unpin", html);
        var mine = await ana.GetHtmlAsync("/exemplars");
        var start = mine.IndexOf("id=\"j-anxious-to-positive\"", StringComparison.Ordinal);
        var section = mine[start..mine.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("exemplar pinned", section);
        Assert.DoesNotContain("exemplar suggested", section);   // a pinned interaction is not suggested again

        r = await amy.PostFormAsync("/exemplars", "/exemplars?handler=Unpin", new() { ["pinId"] = pin.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        r = await ana.PostFormAsync("/exemplars", "/exemplars?handler=Unpin", new() { ["pinId"] = pin.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Empty(await host.Store.GetExemplarPinsAsync(null));
        var actions = (await host.Store.GetAuditAsync(anxious, 20)).Select(a => a.Action).ToList();
        Assert.Equal(["unpin", "pin"], actions.Where(a => a is "pin" or "unpin"));
    }

    [Fact]
    public async Task Pin_WithoutNote_IsRejected()
    {
        using var ana = await host.SignInAsync("ana");
        var r = await ana.PostFormAsync("/exemplars", "/exemplars?handler=Pin", new() { ["interactionId"] = calm.ToString(), ["note"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Empty(await host.Store.GetExemplarPinsAsync(null));
    }
}
