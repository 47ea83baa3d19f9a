using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// A SignalR client of <c>/hubs/live</c> (WebSockets) that records every event it receives, for tests to wait on.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly string[] EventTypes = ["turn", "partial", "findings", "nudge", "emotion", "dynamics", "alert", "mute", "tile", "sessionStarted", "ended"];

    private readonly Channel<(string Type, JsonElement Payload)> _events = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly List<(string Type, JsonElement Payload)> _seen = [];

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var type in EventTypes)
        {
            connection.On<JsonElement>(type, payload => _events.Writer.TryWrite((type, payload)));
        }
    }

    public HubConnection Connection { get; }

    /// <summary>Connects with an API key (sent as the SignalR access token).</summary>
    public static Task<LiveClient> ConnectAsync(AttuneHost host, string key = AttuneHost.BootstrapKey) =>
        StartAsync(new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hubs/live"), HttpTransportType.WebSockets, o => o.AccessTokenProvider = () => Task.FromResult<string?>(key))
            .Build());

    /// <summary>Connects as a signed-in person (their sign-in cookie).</summary>
    public static async Task<LiveClient> ConnectAsync(AttuneHost host, Attune.Storage.Model.UserAccount user)
    {
        var cookies = new CookieContainer();
        using (var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress })
        {
            using var response = await AttuneHost.PostSignInAsync(client, user.UserName, AttuneHost.Password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return await StartAsync(new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hubs/live"), HttpTransportType.WebSockets, o => o.Cookies = cookies)
            .Build());
    }

    private static async Task<LiveClient> StartAsync(HubConnection connection)
    {
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>The first event (received so far or within <paramref name="timeout"/>) of <paramref name="type"/> matching <paramref name="match"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string type, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null)
    {
        match ??= _ => true;
        lock (_seen)
        {
            foreach (var (t, p) in _seen)
            {
                if (t == type && match(p))
                {
                    return p;
                }
            }
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            while (true)
            {
                var (t, p) = await _events.Reader.ReadAsync(cts.Token);
                lock (_seen)
                {
                    _seen.Add((t, p));
                }

                if (t == type && match(p))
                {
                    return p;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No '{type}' event matched within {timeout ?? TimeSpan.FromSeconds(10)}; seen: {string.Join(", ", Seen().Select(e => e.Type))}");
        }
    }

    /// <summary>The events received so far (drains what has arrived).</summary>
    public IReadOnlyList<(string Type, JsonElement Payload)> Seen()
    {
        lock (_seen)
        {
            while (_events.Reader.TryRead(out var e))
            {
                _seen.Add(e);
            }

            return [.. _seen];
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
