using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Attune.Cli.Bench;

namespace Attune.Cli.Loadtest;

/// <summary>
/// Runs a load test: makes the call audio, starts the server (or uses the given one), ramps the calls and chats up
/// (each one started, then watched by its SignalR client, then fed), measures for the planned duration (latencies
/// only of triggers sent in that window; server CPU, stats and the generator's lateness over it), then stops every
/// call (<c>stop</c>) and ends every chat, and collects the figures.
/// </summary>
public sealed class LoadtestRunner(LoadtestPlan plan, Action<string>? log = null)
{
    private const int StartConcurrency = 32;

    public async Task<LoadtestResult> RunAsync(CancellationToken ct)
    {
        var loadBefore = LoadAverage();
        IReadOnlyList<EncodedConversation> scripts = plan.Calls > 0
            ? [.. ConversationAudioBuilder.Build(log).Select(a => new EncodedConversation(a))]
            : [];
        ServerProcess? process = null;
        Uri server;
        if (plan.Server is { } given)
        {
            server = given;
        }
        else
        {
            log?.Invoke("starting attune serve as a separate process");
            process = await ServerProcess.StartAsync(plan.ApiKey, plan.ServerSettings ?? [], plan.ServerEnvironment, ct).ConfigureAwait(false);
            server = process.Address;
            log?.Invoke($"server pid {process.Id} on {server}");
        }

        try
        {
            return await RunAgainstAsync(server, process, scripts, loadBefore, ct).ConfigureAwait(false);
        }
        finally
        {
            if (process is not null)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<LoadtestResult> RunAgainstAsync(Uri server, ServerProcess? process, IReadOnlyList<EncodedConversation> scripts, string loadBefore, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 256 };
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plan.ApiKey);
        var matcher = new LatencyMatcher();
        var errors = new LoadErrors();
        var pacer = new CallPacer();
        var chats = new ChatDriver(http, matcher, errors, plan.TurnIntervalSeconds);
        var calls = new List<TwilioCall>();
        await using var watchers = new HubWatchers(server, plan.ApiKey, plan.SessionsPerConnection, matcher, errors);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pacing = pacer.RunAsync(running.Token);
        var chatting = Task.Run(() => chats.RunAsync(running.Token), CancellationToken.None);
        var run = $"lt-{TimeProvider.System.GetUtcNow():HHmmss}-{Random.Shared.Next(1000, 9999)}";
        var capacity = (int)((plan.RampSeconds + plan.DurationSeconds + 120) * 50);

        // Ramp: calls and chats interleaved, evenly spread over the ramp; each is live (and watched) before it is fed.
        var total = plan.Calls + plan.Chats;
        int callIndex = 0, chatIndex = 0;
        using var limit = new SemaphoreSlim(StartConcurrency);
        var starts = new List<Task>();
        var ramp = Stopwatch.StartNew();
        log?.Invoke($"ramping up {plan.Calls} calls and {plan.Chats} chats over {plan.RampSeconds:0.#} s");
        for (var i = 0; i < total; i++)
        {
            var at = TimeSpan.FromSeconds(plan.RampSeconds * i / Math.Max(1, total));
            if (at > ramp.Elapsed)
            {
                await Task.Delay(at - ramp.Elapsed, ct).ConfigureAwait(false);
            }

            await limit.WaitAsync(ct).ConfigureAwait(false);
            // Interleaved in proportion: the next one is a call while calls are behind their share.
            var isCall = chatIndex >= plan.Chats || (callIndex < plan.Calls && (long)callIndex * plan.Chats <= (long)chatIndex * plan.Calls);
            var n = isCall ? callIndex++ : chatIndex++;
            starts.Add(Task.Run(async () =>
            {
                try
                {
                    if (isCall)
                    {
                        var id = $"{run}-call-{n}";
                        var script = scripts[n % scripts.Count];
                        // Each call starts its script at its own place, so the calls' turns and silences do not line up.
                        var offset = (long)n * 373 % script.Frames;
                        TwilioCall call;
                        try
                        {
                            call = await TwilioCall.ConnectAsync(server, id, n, plan.ApiKey, script, offset, capacity, errors, ct).ConfigureAwait(false);
                        }
                        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException or IOException)
                        {
                            errors.Add("call connect", $"{id}: {e.Message}");
                            return;
                        }

                        lock (calls)
                        {
                            calls.Add(call);
                        }

                        if (!plan.Watch || await watchers.WatchAsync(id, ct).ConfigureAwait(false))
                        {
                            matcher.CallStarted(id, call.Stream.Frames);
                            pacer.Add(call.Stream);
                        }
                    }
                    else
                    {
                        var id = $"{run}-chat-{n}";
                        if (await chats.StartAsync(id, n, ct).ConfigureAwait(false))
                        {
                            if (!plan.Watch || await watchers.WatchAsync(id, ct).ConfigureAwait(false))
                            {
                                chats.Add(id, n);
                            }
                            else
                            {
                                await chats.EndAsync(id, CancellationToken.None).ConfigureAwait(false);
                            }
                        }
                    }
                }
                finally
                {
                    limit.Release();
                }
            }, CancellationToken.None));
        }

        await Task.WhenAll(starts).ConfigureAwait(false);
        log?.Invoke($"all sessions up after {ramp.Elapsed.TotalSeconds:0.0} s; measuring for {plan.DurationSeconds:0.#} s");

        // The measured window.
        var statsBefore = await ServerStats.ReadAsync(http, ct).ConfigureAwait(false);
        var cpuBefore = process?.CpuSeconds();
        var generatorCpuBefore = CpuClock.Process();
        var lateBefore = pacer.Lateness.Late;
        var t0 = Stopwatch.GetTimestamp();
        matcher.SetWindow(t0, t0 + (long)(plan.DurationSeconds * Stopwatch.Frequency));
        await Task.Delay(TimeSpan.FromSeconds(plan.DurationSeconds), ct).ConfigureAwait(false);
        var windowSeconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        var cpuAfter = process?.CpuSeconds();
        var generatorCpu = CpuClock.Process() - generatorCpuBefore;
        var statsWindow = await ServerStats.ReadAsync(http, ct).ConfigureAwait(false);
        var cpuStatsAfter = statsWindow?.CpuSeconds;
        var lateInWindow = pacer.Lateness.Late - lateBefore;

        // Events triggered just before the window closed are still on their way: let them arrive, then stop feeding.
        await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
        await running.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(pacing, chatting).ConfigureAwait(false);
        await pacer.DrainAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var loadAfter = LoadAverage();
        log?.Invoke("stopping the calls and ending the chats (the server stores each one)");
        TwilioCall[] allCalls;
        lock (calls)
        {
            allCalls = [.. calls];
        }

        foreach (var failed in allCalls.Where(c => c.Stream.Failure is not null))
        {
            errors.Add("call stream", $"{failed.Stream.SessionId}: {failed.Stream.Failure!.Message}");
        }

        await Parallel.ForEachAsync(allCalls, new ParallelOptions { MaxDegreeOfParallelism = 64 },
            async (c, _) => await c.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false)).ConfigureAwait(false);
        await chats.EndAllAsync(16, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None).ConfigureAwait(false);
        var statsEnd = await ServerStats.ReadAsync(http, CancellationToken.None).ConfigureAwait(false);
        var peakRss = process?.PeakRssBytes();
        foreach (var c in allCalls)
        {
            await c.DisposeAsync().ConfigureAwait(false);
        }

        double? serverCpu = cpuBefore is { } a && cpuAfter is { } b ? b - a
            : statsBefore?.CpuSeconds is { } sa && cpuStatsAfter is { } sb ? sb - sa : null;
        double? Delta(Func<ServerStats, double?> f) => statsEnd is not null && f(statsEnd) is { } end ? end - (statsBefore is null ? 0 : f(statsBefore) ?? 0) : null;
        double? Total(Func<ServerStats, double?> f) => statsEnd is not null ? f(statsEnd) : null;
        var all = new LatencyHistogram();
        all.AddAll(matcher.Chat);
        all.AddAll(matcher.Call);
        return new LoadtestResult
        {
            Server = process is null ? server.ToString() : $"attune serve (separate process, pid {process.Id}) on {server}",
            Machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            LoadBefore = loadBefore,
            LoadAfter = loadAfter,
            AudioSource = scripts.Count == 0 ? "none (no calls)" : $"{scripts[0].Audio.Source}: {scripts.Count} scripts of {string.Join(", ", scripts.Select(s => s.Audio.Seconds.ToString("0", CultureInfo.InvariantCulture) + " s"))}",
            Calls = plan.Calls,
            Chats = plan.Chats,
            DurationSeconds = Math.Round(windowSeconds, 2),
            RampSeconds = plan.RampSeconds,
            CallsConnected = allCalls.Count(c => c.Stream.Start != 0),
            ChatsStarted = chats.Started,
            HubConnections = watchers.Connections,
            ChatTurnsSent = chats.TurnsSent,
            ChatTurnsAnswered = chats.TurnsAnswered,
            EventsReceived = matcher.Events,
            EventsByType = new SortedDictionary<string, long>(matcher.EventCounts.ToDictionary(), StringComparer.Ordinal),
            Latency = all.Summary(),
            ChatLatency = matcher.Chat.Summary(),
            CallLatency = matcher.Call.Summary(),
            BeforeWindowLatency = matcher.BeforeWindow.Summary(),
            EventsUnmatched = matcher.Unmatched,
            UnmatchedByType = new SortedDictionary<string, long>(matcher.UnmatchedCounts.ToDictionary(), StringComparer.Ordinal),
            EventsOutsideWindow = matcher.OutsideWindow,
            SeqGaps = matcher.SeqGaps,
            UiEventsDropped = Delta(s => s.UiEventsDropped),
            ServerFramesReceived = Total(s => s.FramesReceived),
            ServerFramesMissing = Total(s => s.FramesMissing),
            ServerFramesLate = Total(s => s.FramesLate),
            ServerProtocolErrors = Total(s => s.ProtocolErrors),
            FramesSent = pacer.Lateness.Count,
            FramesLateAtGenerator = lateInWindow,
            GeneratorLatenessP99Ms = pacer.Lateness.Percentile(0.99),
            GeneratorLatenessMaxMs = pacer.Lateness.MaxMs,
            ServerCpuPercentOfCore = serverCpu is { } s ? Math.Round(100 * s / windowSeconds, 1) : null,
            ServerCpuPercentOfMachine = serverCpu is { } m ? Math.Round(100 * m / windowSeconds / Environment.ProcessorCount, 1) : null,
            ServerPeakRssBytes = peakRss,
            GeneratorCpuPercentOfCore = Math.Round(100 * generatorCpu / windowSeconds, 1),
            Errors = errors.Total,
            ErrorsByKind = new SortedDictionary<string, long>(errors.Counts.ToDictionary(), StringComparer.Ordinal),
            ErrorSamples = errors.Messages,
        };
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux): the machine may be shared, so figures say how busy it was.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
