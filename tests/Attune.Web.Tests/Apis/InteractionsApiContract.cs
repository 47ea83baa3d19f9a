using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Attune.Storage.Model;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Apis;

/// <summary>
/// The HTTP API (health, OpenAPI, /api/interactions) against a running host: one suite, run by one subclass per storage
/// provider (SQLite always, PostgreSQL when ATTUNE_TEST_POSTGRES is set). Each test uses its own advisors, teams and
/// external ids so the shared database does not couple them.
/// </summary>
public abstract class InteractionsApiContract(AttuneHost host)
{
    protected AttuneHost Host { get; } = host;

    private void RequireHost() => Skip.IfNot(Host.Available, Host.Unavailable);

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    // ---- anonymous endpoints ----

    [SkippableFact]
    public async Task Health_Anonymous_Ok()
    {
        RequireHost();
        using var client = Host.Anonymous();
        using var response = await client.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task OpenApi_Anonymous_ListsTheInteractionsEndpoints()
    {
        RequireHost();
        using var client = Host.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/api/interactions"]?["post"]);
        Assert.NotNull(paths["/api/interactions"]?["get"]);
        Assert.NotNull(paths["/api/interactions/{id}"]?["get"]);
        Assert.NotNull(paths["/api/interactions/{id}/audio"]?["get"]);
    }

    // ---- authentication and roles of API keys ----

    [SkippableFact]
    public async Task Post_NoKey_Unauthorized()
    {
        RequireHost();
        using var client = Host.Anonymous();
        var (status, _) = await Host.PostAsync(Transcripts.Json(Host.Unique("ext"), "A1", "T1"), "application/json", client);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [SkippableFact]
    public async Task Post_WrongKey_Unauthorized()
    {
        RequireHost();
        using var client = Host.Api("not-a-key");
        var (status, _) = await Host.PostAsync(Transcripts.Json(Host.Unique("ext"), "A1", "T1"), "application/json", client);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [SkippableFact]
    public async Task Post_RevokedKey_Unauthorized()
    {
        RequireHost();
        var secret = await Host.CreateApiKeyAsync(Role.Admin);
        var key = (await Host.Store.ListApiKeysAsync()).Single(k => k.SecretHash == Attune.Web.Security.ApiKeyHandler.Hash(secret));
        key.Revoked = true;
        await Host.Store.SaveApiKeyAsync(key);
        using var client = Host.Api(secret);
        var (status, _) = await Host.PostAsync(Transcripts.Json(Host.Unique("ext"), "A1", "T1"), "application/json", client);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [SkippableTheory]
    [InlineData(Role.Advisor, HttpStatusCode.Forbidden)]
    [InlineData(Role.TeamLeader, HttpStatusCode.Forbidden)]
    [InlineData(Role.QaAnalyst, HttpStatusCode.Created)]
    [InlineData(Role.Admin, HttpStatusCode.Created)]
    public async Task Post_KeyOfRole_OnlyAnalystsAndAdminsIngest(Role role, HttpStatusCode expected)
    {
        RequireHost();
        using var client = Host.Api(await Host.CreateApiKeyAsync(role));
        var (status, _) = await Host.PostAsync(Transcripts.Json(Host.Unique("ext"), Host.Unique("adv"), "T1"), "application/json", client);
        Assert.Equal(expected, status);
    }

    [SkippableTheory]
    [InlineData(Role.Advisor, 0)]
    [InlineData(Role.TeamLeader, 0)]
    [InlineData(Role.QaAnalyst, 1)]
    [InlineData(Role.Admin, 1)]
    public async Task Read_KeyOfRole_AdvisorAndLeaderKeysSeeNothing(Role role, int visible)
    {
        // A key carries a role but no advisor or team: an advisor or team-leader key has nobody's scope.
        RequireHost();
        var advisor = Host.Unique("adv");
        var id = await Host.IngestAsync(Host.Unique("ext"), advisor, Host.Unique("team"));
        using var client = Host.Api(await Host.CreateApiKeyAsync(role));
        var list = JsonNode.Parse(await client.GetStringAsync($"api/interactions?advisor={advisor}"))!;
        Assert.Equal(visible, list["total"]!.GetValue<int>());
        using var one = await client.GetAsync($"api/interactions/{id}");
        Assert.Equal(visible == 1 ? HttpStatusCode.OK : HttpStatusCode.NotFound, one.StatusCode);
    }

    [SkippableFact]
    public async Task List_NoKey_Unauthorized()
    {
        RequireHost();
        using var client = Host.Anonymous();
        using var response = await client.GetAsync("api/interactions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // ---- ingest formats ----

    [SkippableTheory]
    [InlineData("billing-double-charge.json", "application/json")]
    [InlineData("tech-jargon-call.transcribe.json", "application/json")]
    [InlineData("broadband-outage-call.vtt", "text/vtt")]
    [InlineData("delighted-customer-chat.txt", "text/plain")]
    public async Task Post_EachFormat_CreatedWithIdScoreAndFindings(string sample, string contentType)
    {
        RequireHost();
        var (status, body) = await Host.PostAsync(Sample(sample), contentType);
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"{sample}: {(int)status} {body}");
        Assert.True(body!["id"]!.GetValue<long>() > 0);
        var analysis = body["analysis"]!;
        Assert.NotNull(analysis["score"]);
        Assert.NotEmpty(analysis["findings"]!.AsArray());
    }

    [SkippableFact]
    public async Task Post_NewInteraction_CreatedWithLocation()
    {
        RequireHost();
        using var client = Host.Api();
        using var content = new StringContent(Transcripts.Json(Host.Unique("ext"), Host.Unique("adv"), "T1"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("api/interactions", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["created"]!.GetValue<bool>());
        Assert.Equal($"/api/interactions/{body["id"]!.GetValue<long>()}", response.Headers.Location?.ToString());
        Assert.InRange(body["analysis"]!["score"]!["value"]!.GetValue<double>(), 0, 100);
    }

    [SkippableFact]
    public async Task Post_SameExternalIdTwice_UpdatesAndKeepsOne()
    {
        RequireHost();
        var external = Host.Unique("ext");
        var advisor = Host.Unique("adv");
        var (first, firstBody) = await Host.PostAsync(Transcripts.Json(external, advisor, "T1", kind: Transcripts.Kind.Empathic), "application/json");
        var (second, secondBody) = await Host.PostAsync(Transcripts.Json(external, advisor, "T1", kind: Transcripts.Kind.Cold), "application/json");

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.False(secondBody!["created"]!.GetValue<bool>());
        Assert.Equal(firstBody!["id"]!.GetValue<long>(), secondBody["id"]!.GetValue<long>());
        using var client = Host.Api();
        var list = JsonNode.Parse(await client.GetStringAsync($"api/interactions?advisor={advisor}"))!;
        Assert.Equal(1, list["total"]!.GetValue<int>());
        // The update replaced the analysis: the stored score is the second (cold) conversation's.
        var stored = JsonNode.Parse(await client.GetStringAsync($"api/interactions/{secondBody["id"]}"))!;
        Assert.Equal(secondBody["analysis"]!["score"]!["value"]!.GetValue<double>(), stored["score"]!.GetValue<double>(), 3);
    }

    // ---- bad input ----

    [SkippableFact]
    public async Task Post_MalformedJson_BadRequestNamingThePlace()
    {
        RequireHost();
        var (status, body) = await Host.PostAsync("{\"id\": \"x\", \"turns\": [ {\"party\": \"customer\", \"text\": 42 } ]}", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body!["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["title"]?.GetValue<string>()));
        var where = body["jsonPath"]?.GetValue<string>() ?? body["line"]?.ToString();
        Assert.False(string.IsNullOrEmpty(where), body.ToJsonString());
        Assert.Contains(where!, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_TruncatedJson_BadRequestNamingTheLine()
    {
        RequireHost();
        var (status, body) = await Host.PostAsync("{\n  \"id\": \"x\",\n  \"turns\": [\n    {\"party\": \"customer\", \"text\": \"hi\"", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body!["line"] is not null || body["jsonPath"] is not null, body.ToJsonString());
    }

    [SkippableFact]
    public async Task Post_BadTextLine_BadRequestNamingTheLine()
    {
        RequireHost();
        var (status, body) = await Host.PostAsync("# channel: chat\nhello, is anyone there?\nCustomer: hello\nAdvisor: hi", "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["line"]);
        Assert.Contains(":" + body["line"]!.ToString(), body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_UnsupportedContentType_UnsupportedMediaType()
    {
        RequireHost();
        var (status, body) = await Host.PostAsync("<call/>", "application/xml");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("application/xml", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // ---- recordings ----

    [SkippableFact]
    public async Task Post_MultipartWavAndTranscript_CreatedAndAudioStreamsWithRanges()
    {
        RequireHost();
        var advisor = Host.Unique("adv");
        var wav = Wav.StereoCall();
        using var client = Host.Api();
        using var form = new MultipartFormDataContent();
        var audio = new ByteArrayContent(wav);
        audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        form.Add(audio, "audio", "call.wav");
        var transcript = new StringContent(Transcripts.Json(Host.Unique("ext"), advisor, "T1"));
        transcript.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(transcript, "transcript", "call.json");
        using var response = await client.PostAsync("api/interactions", form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        var id = body["id"]!.GetValue<long>();
        Assert.NotNull(body["analysis"]!["score"]);

        var stored = JsonNode.Parse(await client.GetStringAsync($"api/interactions/{id}"))!;
        Assert.True(stored["hasAudio"]!.GetValue<bool>());
        Assert.Equal(advisor, stored["advisorId"]!.GetValue<string>());

        var whole = await client.GetByteArrayAsync($"api/interactions/{id}/audio");
        Assert.Equal(wav, whole);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"api/interactions/{id}/audio");
        ranged.Headers.Range = new RangeHeaderValue(8, 11);
        using var part = await client.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("WAVE"u8.ToArray(), await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(wav.Length, part.Content.Headers.ContentRange?.Length);
        Assert.Equal("audio/wav", part.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Post_MultipartBrokenWav_BadRequestNamingTheByteOffset()
    {
        RequireHost();
        using var client = Host.Api();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Wav.Broken()), "audio", "broken.wav");
        using var response = await client.PostAsync("api/interactions", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(8, body["byteOffset"]!.GetValue<long>());
        Assert.Contains("at byte 8", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("broken.wav", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_MultipartWithoutAudio_BadRequest()
    {
        RequireHost();
        using var client = Host.Api();
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(Transcripts.Json(Host.Unique("ext"), "A1", "T1")), "transcript", "call.json");
        using var response = await client.PostAsync("api/interactions", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Audio_InteractionWithoutRecording_NotFound()
    {
        RequireHost();
        var id = await Host.IngestAsync(Host.Unique("ext"), Host.Unique("adv"), "T1");
        using var client = Host.Api();
        using var response = await client.GetAsync($"api/interactions/{id}/audio");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // ---- reading ----

    [SkippableFact]
    public async Task Get_Existing_ReturnsColumnsAndAnalysis()
    {
        RequireHost();
        var advisor = Host.Unique("adv");
        var team = Host.Unique("team");
        var external = Host.Unique("ext");
        var id = await Host.IngestAsync(external, advisor, team, advisorName: "Sam Carter");
        using var client = Host.Api();
        var body = JsonNode.Parse(await client.GetStringAsync($"api/interactions/{id}"))!;
        Assert.Equal(id, body["id"]!.GetValue<long>());
        Assert.Equal(external, body["externalId"]!.GetValue<string>());
        Assert.Equal(advisor, body["advisorId"]!.GetValue<string>());
        Assert.Equal("Sam Carter", body["advisorName"]!.GetValue<string>());
        Assert.Equal(team, body["team"]!.GetValue<string>());
        Assert.Equal("voice", body["channel"]!.GetValue<string>());
        Assert.Equal("2026-03-10T09:30:00Z", body["startedAt"]!.GetValue<string>());
        Assert.NotEmpty(body["analysis"]!["findings"]!.AsArray());
    }

    [SkippableFact]
    public async Task Get_Unknown_NotFoundProblem()
    {
        RequireHost();
        using var client = Host.Api();
        using var response = await client.GetAsync("api/interactions/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Get_ByKey_RecordsAnAuditEntry()
    {
        RequireHost();
        var id = await Host.IngestAsync(Host.Unique("ext"), Host.Unique("adv"), "T1");
        using var client = Host.Api();
        (await client.GetAsync($"api/interactions/{id}")).Dispose();
        var audit = await Host.Store.GetAuditAsync(id, 10);
        var entry = Assert.Single(audit, a => a.Action == "view");
        Assert.Equal("apikey:bootstrap", entry.Actor);
    }

    [SkippableFact]
    public async Task List_Filters_AdvisorTeamChannelDateScoreAndText()
    {
        RequireHost();
        var team = Host.Unique("team");
        var a = Host.Unique("adv");
        var b = Host.Unique("adv");
        await Host.IngestAsync(Host.Unique("ext"), a, team, startedAt: Transcripts.Day, kind: Transcripts.Kind.Empathic);
        await Host.IngestAsync(Host.Unique("ext"), a, team, startedAt: Transcripts.Day.AddDays(2), kind: Transcripts.Kind.Cold);
        await Host.IngestAsync(Host.Unique("ext"), b, team, startedAt: Transcripts.Day.AddDays(4), kind: Transcripts.Kind.Cold);
        using var client = Host.Api();

        async Task<JsonNode> List(string query) => JsonNode.Parse(await client.GetStringAsync("api/interactions?" + query))!;

        Assert.Equal(3, (await List($"team={team}"))["total"]!.GetValue<int>());
        Assert.Equal(2, (await List($"team={team}&advisor={a}"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await List($"team={team}&channel=chat"))["total"]!.GetValue<int>());
        Assert.Equal(3, (await List($"team={team}&channel=voice"))["total"]!.GetValue<int>());
        Assert.Equal(2, (await List($"team={team}&from=2026-03-11"))["total"]!.GetValue<int>());
        Assert.Equal(1, (await List($"team={team}&from=2026-03-11&to=2026-03-13"))["total"]!.GetValue<int>());
        Assert.Equal(1, (await List($"team={team}&q=rent"))["total"]!.GetValue<int>());

        var all = (await List($"team={team}&sort=score"))["items"]!.AsArray();
        var scores = all.Select(i => i!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.Order().ToList(), scores);
        var high = scores.Max();
        var onlyHigh = (await List($"team={team}&minScore={high.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))["items"]!.AsArray();
        Assert.All(onlyHigh, i => Assert.Equal(high, i!["score"]!.GetValue<double>()));
        Assert.True(onlyHigh.Count < 3);
    }

    [SkippableFact]
    public async Task List_Filters_SignalJourneyAndDistress()
    {
        RequireHost();
        var team = Host.Unique("team");
        var warm = await Host.IngestAsync(Host.Unique("ext"), Host.Unique("adv"), team, kind: Transcripts.Kind.Empathic);
        var cold = await Host.IngestAsync(Host.Unique("ext"), Host.Unique("adv"), team, kind: Transcripts.Kind.Cold);
        using var client = Host.Api();

        async Task<List<JsonNode>> Items(string query) =>
            JsonNode.Parse(await client.GetStringAsync($"api/interactions?team={team}&" + query))!["items"]!.AsArray().Select(i => i!).ToList();

        // Only the cold advisor said "sorry for any inconvenience" (a non-apology).
        Assert.Equal([cold], (await Items("signal=apology.non_apology")).Select(i => i["id"]!.GetValue<long>()));
        Assert.Equal([warm], (await Items("signal=apology.sincere")).Select(i => i["id"]!.GetValue<long>()));

        var all = await Items("");
        var journey = all.Select(i => i["journey"]?.GetValue<string>()).FirstOrDefault(j => j is not null);
        Assert.NotNull(journey);
        var byJourney = await Items("journey=" + Uri.EscapeDataString(journey));
        Assert.NotEmpty(byJourney);
        Assert.All(byJourney, i => Assert.Equal(journey, i["journey"]!.GetValue<string>()));

        var distressed = all.Where(i => i["distressed"]!.GetValue<bool>()).Select(i => i["id"]!.GetValue<long>()).Order().ToList();
        Assert.Equal(distressed, (await Items("distressed=true")).Select(i => i["id"]!.GetValue<long>()).Order());
        Assert.Equal(all.Count - distressed.Count, (await Items("distressed=false")).Count);
    }

    [SkippableFact]
    public async Task List_Paging_PagesThroughEveryItemOnce()
    {
        RequireHost();
        var advisor = Host.Unique("adv");
        var ids = new HashSet<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Host.IngestAsync(Host.Unique("ext"), advisor, "T1", startedAt: Transcripts.Day.AddHours(i)));
        }

        using var client = Host.Api();
        var seen = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            var body = JsonNode.Parse(await client.GetStringAsync($"api/interactions?advisor={advisor}&pageSize=2&page={page}&sort=newest"))!;
            Assert.Equal(5, body["total"]!.GetValue<int>());
            Assert.Equal(3, body["pages"]!.GetValue<int>());
            Assert.Equal(page, body["page"]!.GetValue<int>());
            seen.AddRange(body["items"]!.AsArray().Select(x => x!["id"]!.GetValue<long>()));
        }

        Assert.Equal(ids.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        // newest first: ids were ingested oldest first.
        Assert.Equal(ids.OrderDescending(), seen);
    }
}
