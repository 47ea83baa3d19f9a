using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Attune.Web.Tests.TestKit;

namespace Attune.Web.Tests.Apis;

/// <summary>Size limits (Ingest:MaxTranscriptBytes / MaxRecordingBytes) and the sign-in rate limit, on a host configured small.</summary>
public sealed class LimitsTests(SmallLimitsHost host) : IClassFixture<SmallLimitsHost>
{
    private static string Padded(int bytes) => Transcripts.Json("big", "A1", "T1").Replace("\"turns\"", $"\"note\":\"{new string('x', bytes)}\",\"turns\"", StringComparison.Ordinal);

    [Fact]
    public async Task Post_TranscriptOverTheLimit_PayloadTooLarge()
    {
        var (status, body) = await host.PostAsync(Padded(SmallLimitsHost.MaxTranscriptBytes), "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("Ingest:MaxTranscriptBytes", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedTranscriptOverTheLimit_PayloadTooLarge()
    {
        // No Content-Length: the limit is enforced while reading the stream.
        using var client = host.Api();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Padded(SmallLimitsHost.MaxTranscriptBytes))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/interactions") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_TranscriptUnderTheLimit_Created()
    {
        var json = Transcripts.Json(host.Unique("ext"), "A1", "T1");
        Assert.True(Encoding.UTF8.GetByteCount(json) < SmallLimitsHost.MaxTranscriptBytes);
        var (status, _) = await host.PostAsync(json, "application/json");
        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task Post_RecordingOverTheLimit_PayloadTooLarge()
    {
        var wav = Wav.StereoCall(2); // 64 KB > 16 KiB
        using var client = host.Api();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(wav), "audio", "call.wav");
        using var response = await client.PostAsync("api/interactions", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode} {body}");
        Assert.Contains("Ingest:MaxRecordingBytes", JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_TooManyRequests()
    {
        using var client = host.Anonymous();
        var statuses = new List<HttpStatusCode>();
        // Only sign-in attempts (POSTs) count: showing the form does not.
        using (var form = await client.GetAsync("login"))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }

        for (var i = 0; i < SmallLimitsHost.SignInAttemptsPerMinute + 1; i++)
        {
            using var attempt = new FormUrlEncodedContent([new("username", "nobody"), new("password", "wrong")]);
            using var response = await client.PostAsync("login", attempt);
            statuses.Add(response.StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
