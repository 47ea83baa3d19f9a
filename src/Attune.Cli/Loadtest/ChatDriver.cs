using System.Diagnostics;
using System.Net.Http.Json;

namespace Attune.Cli.Loadtest;

/// <summary>
/// The chats: each is started over REST (<c>POST /api/live/{id}/start</c>, channel chat) and then sends the next line
/// of <see cref="ChatScript"/> every <c>interval</c> seconds (<c>POST /api/live/{id}/turns</c> with a <c>ref</c> of
/// its own, whose send time the <see cref="LatencyMatcher"/> keeps). One loop drives every chat; requests are not
/// awaited by it, so a slow answer delays nothing else.
/// </summary>
public sealed class ChatDriver(HttpClient http, LatencyMatcher matcher, LoadErrors errors, double intervalSeconds)
{
    private readonly List<Chat> _chats = [];
    private readonly Lock _gate = new();
    private long _turnsSent;
    private long _turnsAnswered;
    private int _inFlight;

    public long TurnsSent => Interlocked.Read(ref _turnsSent);

    public long TurnsAnswered => Interlocked.Read(ref _turnsAnswered);

    public int Started
    {
        get
        {
            lock (_gate)
            {
                return _chats.Count;
            }
        }
    }

    /// <summary>Starts chat <paramref name="id"/> as a load-test advisor; false (error counted) if the server refused it.</summary>
    public Task<bool> StartAsync(string id, int index, CancellationToken ct) =>
        StartAsync(id, new LiveParticipants($"lt-advisor-{index % 50:00}", $"Load advisor {index % 50:00}", "lt-team", $"lt-chat-customer-{index}"), ct);

    /// <summary>Starts chat <paramref name="id"/> for <paramref name="who"/>; false (error counted) if the server refused it.</summary>
    public async Task<bool> StartAsync(string id, LiveParticipants who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri($"api/live/{Uri.EscapeDataString(id)}/start", UriKind.Relative), new
            {
                advisorId = who.AdvisorId,
                advisorName = who.AdvisorName,
                team = who.Team,
                customerId = who.CustomerId,
                customerName = who.CustomerName,
                channel = "chat",
            }, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                errors.Add("chat start", $"{id}: {(int)response.StatusCode}");
                return false;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            errors.Add("chat start", $"{id}: {e.Message}");
            return false;
        }

        return true;
    }

    /// <summary>Takes the (started, watched) chat on: its first turn goes at once, then one per interval.</summary>
    public void Add(string id, int index)
    {
        lock (_gate)
        {
            _chats.Add(new Chat(id, index * 2 % ChatScript.Lines.Count, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>Sends every turn that is due.</summary>
    public void Tick()
    {
        var now = Stopwatch.GetTimestamp();
        var interval = (long)(intervalSeconds * Stopwatch.Frequency);
        lock (_gate)
        {
            foreach (var chat in _chats)
            {
                if (now >= chat.Started + (chat.Turns * interval))
                {
                    var n = chat.Turns++;
                    _ = SendTurnAsync(chat, n, now);
                }
            }
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                Tick();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the run is over
        }
    }

    /// <summary>Ends every chat (stored as the batch path would), <paramref name="concurrency"/> at a time.</summary>
    public async Task EndAllAsync(int concurrency, TimeSpan timeout)
    {
        Chat[] chats;
        lock (_gate)
        {
            chats = [.. _chats];
        }

        var deadline = Stopwatch.StartNew();
        while (Volatile.Read(ref _inFlight) > 0 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        using var cts = new CancellationTokenSource(timeout);
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = CancellationToken.None },
            async (chat, _) => await EndAsync(chat.Id, cts.Token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Ends one chat (<c>POST /api/live/{id}/end</c>); a failure is counted, not thrown.</summary>
    public async Task EndAsync(string id, CancellationToken ct)
    {
        try
        {
            using var response = await http.PostAsync(new Uri($"api/live/{Uri.EscapeDataString(id)}/end", UriKind.Relative), null, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                errors.Add("chat end", $"{id}: {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.Add("chat end", $"{id}: {e.Message}");
        }
    }

    private async Task SendTurnAsync(Chat chat, int n, long due)
    {
        var (party, text) = ChatScript.Lines[(chat.First + n) % ChatScript.Lines.Count];
        var reference = $"{chat.Id}#{n}";
        var start = Stopwatch.GetElapsedTime(chat.Started, due).TotalSeconds;
        Interlocked.Increment(ref _inFlight);
        try
        {
            matcher.TurnSent(reference, Stopwatch.GetTimestamp());
            Interlocked.Increment(ref _turnsSent);
            if (await PostTurnAsync(chat.Id, reference, party, text, start, start + 2, CancellationToken.None).ConfigureAwait(false))
            {
                Interlocked.Increment(ref _turnsAnswered);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>
    /// Posts one final turn (<c>POST /api/live/{id}/turns</c>) of <paramref name="party"/> spoken from
    /// <paramref name="start"/> to <paramref name="end"/> seconds into the session; false (error counted) if it failed.
    /// </summary>
    public async Task<bool> PostTurnAsync(string id, string reference, string party, string text, double start, double end, CancellationToken ct)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri($"api/live/{Uri.EscapeDataString(id)}/turns", UriKind.Relative),
                new { party, text, start = Math.Round(start, 2), end = Math.Round(end, 2), @ref = reference }, ct).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            errors.Add("chat turn", $"{id}: {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            errors.Add("chat turn", $"{id}: {e.Message}");
        }

        return false;
    }

    private sealed class Chat(string id, int first, long started)
    {
        public string Id { get; } = id;

        public int First { get; } = first;

        public long Started { get; } = started;

        public int Turns { get; set; }
    }
}
