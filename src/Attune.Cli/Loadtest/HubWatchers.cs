using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Attune.Cli.Loadtest;

/// <summary>
/// The subscribed SignalR clients: hub connections to <c>/hubs/live</c> (WebSockets, API key as access token) that
/// <c>Watch</c> the load's sessions — one connection per session by default, as each advisor desktop has its own, or
/// <c>sessionsPerConnection</c> sessions on one connection. Every event is stamped on arrival and handed to the
/// <see cref="LatencyMatcher"/>.
/// </summary>
public sealed class HubWatchers(Uri server, string apiKey, int sessionsPerConnection, LatencyMatcher matcher, LoadErrors errors) : IAsyncDisposable
{
    /// <summary>The server → client events of LIVE-CONTRACT.md a Watch receives.</summary>
    public static readonly IReadOnlyList<string> EventNames = ["turn", "findings", "nudge", "emotion", "dynamics", "alert", "mute", "ended"];

    private readonly List<HubConnection> _connections = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HubConnection? _shared;
    private int _onShared;

    public int Connections
    {
        get
        {
            lock (_connections)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>
    /// Watches <paramref name="sessionId"/>; a session not open yet (a call whose start message is still on its way) is
    /// retried for up to 10 s. False (and an error counted) when it cannot be watched.
    /// </summary>
    public async Task<bool> WatchAsync(string sessionId, CancellationToken ct)
    {
        HubConnection connection;
        try
        {
            connection = await ConnectionForAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or System.Net.WebSockets.WebSocketException or TimeoutException)
        {
            errors.Add("hub connect", e.Message);
            return false;
        }

        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await connection.InvokeAsync("Watch", sessionId, ct).ConfigureAwait(false);
                return true;
            }
            catch (HubException e) when (e.Message.Contains("No such", StringComparison.OrdinalIgnoreCase) && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HubException or InvalidOperationException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                errors.Add("watch", $"{sessionId}: {e.Message}");
                return false;
            }
        }
    }

    private async Task<HubConnection> ConnectionForAsync(CancellationToken ct)
    {
        if (sessionsPerConnection <= 1)
        {
            return await ConnectAsync(ct).ConfigureAwait(false);
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_shared is null || _onShared >= sessionsPerConnection)
            {
                _shared = await ConnectAsync(ct).ConfigureAwait(false);
                _onShared = 0;
            }

            _onShared++;
            return _shared;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HubConnection> ConnectAsync(CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hubs/live"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(apiKey);
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        foreach (var name in EventNames)
        {
            var kind = name;
            connection.On<LiveEventEnvelope>(kind, e => matcher.Observe(kind, e, Stopwatch.GetTimestamp()));
        }

        connection.Closed += e =>
        {
            if (e is not null)
            {
                errors.Add("hub closed", e.Message);
            }

            return Task.CompletedTask;
        };
        await connection.StartAsync(ct).ConfigureAwait(false);
        lock (_connections)
        {
            _connections.Add(connection);
        }

        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        HubConnection[] all;
        lock (_connections)
        {
            all = [.. _connections];
            _connections.Clear();
        }

        await Task.WhenAll(all.Select(async c =>
        {
            try
            {
                await c.StopAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
            {
                // closing anyway
            }

            await c.DisposeAsync().ConfigureAwait(false);
        })).ConfigureAwait(false);
        _gate.Dispose();
    }
}
