using System.Diagnostics;
using System.Net.Http.Headers;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;
using Attune.Cli.Loadtest;

namespace Attune.Cli.Demo;

/// <summary>
/// The demo's live traffic: <see cref="LiveSimulationOptions.Sessions"/> sessions at a time, through the real endpoints
/// on loopback with the load test's drivers — chats over REST (<see cref="ChatDriver"/>, the <see cref="ChatScript"/>
/// conversations, a turn every few seconds), calls over <c>/ingest/twilio</c> (<see cref="TwilioCall"/> paced by one
/// <see cref="CallPacer"/>, the demo recordings with their transcripts posted as the call reaches each turn, or the
/// load test's espeak-ng scripts). Each session belongs to a demo advisor, ends (stored through the normal path, so it
/// appears in Interactions) and, after a short pause, a new one starts in its slot, until cancelled.
/// </summary>
public sealed class LiveSimulation
{
    private static readonly string[] Customers =
    [
        "Hannah Brooks", "Omar Haddad", "Grace Liu", "Daniel Evans", "Fatima Noor", "Lucas Moreau", "Chloe Bennett",
        "Ravi Kumar", "Ellie Walsh", "Mateo Garcia", "Zoe Clarke", "Ibrahim Musa",
    ];

    private readonly LiveSimulationOptions _options;
    private readonly IReadOnlyList<DemoCall> _calls;
    private readonly Action<string>? _warn;
    private readonly LoadErrors _errors = new();
    private long _started;
    private long _ended;
    private int _warnings;
    private int _customers;

    private LiveSimulation(LiveSimulationOptions options, IReadOnlyList<DemoCall> calls, string audio, Action<string>? warn)
    {
        _options = options;
        _calls = calls;
        _warn = warn;
        Audio = audio;
        CallSlots = calls.Count == 0 ? 0 : options.Sessions / 2;
        ChatSlots = options.Sessions - CallSlots;
    }

    /// <summary>Calls at a time (half the sessions, rounded down; none without call audio).</summary>
    public int CallSlots { get; }

    public int ChatSlots { get; }

    /// <summary>Where the call audio comes from, or why there are no calls.</summary>
    public string Audio { get; }

    public long SessionsStarted => Interlocked.Read(ref _started);

    public long SessionsEnded => Interlocked.Read(ref _ended);

    public LoadErrors Errors => _errors;

    /// <summary>
    /// Prepares the call audio: the recordings of <paramref name="samples"/>/audio with their transcripts; without them,
    /// the load test's scripts spoken by espeak-ng; without espeak-ng and sox, no calls (chats only).
    /// </summary>
    public static LiveSimulation Create(LiveSimulationOptions options, string? samples, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var calls = new List<DemoCall>();
        string audio;
        if (options.Sessions < 2)
        {
            audio = "no calls (fewer than 2 sessions)";
        }
        else
        {
            var folder = samples is null ? null : Path.Combine(samples, "audio");
            if (folder is not null && Directory.Exists(folder))
            {
                foreach (var wav in Directory.EnumerateFiles(folder, "*.wav").Order(StringComparer.Ordinal))
                {
                    var recording = ConversationAudioBuilder.FromRecording(wav, out var error);
                    var json = Path.ChangeExtension(wav, ".json");
                    var transcript = File.Exists(json) ? ConversationReader.ReadFile(json) : null;
                    if (recording is null)
                    {
                        warn?.Invoke($"{Path.GetFileName(wav)} is not used for live calls: {error}");
                        continue;
                    }

                    var turns = transcript is { Success: true }
                        ? transcript.Value.Turns.Where(t => t.End is not null).OrderBy(t => t.End).ToArray()
                        : [];
                    calls.Add(new DemoCall(new EncodedConversation(recording), turns));
                }
            }

            if (calls.Count > 0)
            {
                audio = $"the demo recordings ({string.Join(", ", calls.Select(c => c.Audio.Audio.Name))}) with their transcripts";
            }
            else
            {
                var spoken = ConversationAudioBuilder.Build().Where(a => a.Source == ConversationAudioBuilder.Espeak).ToArray();
                calls.AddRange(spoken.Select(a => new DemoCall(new EncodedConversation(a), [])));
                audio = calls.Count > 0 ? "scripts spoken by espeak-ng (audio only)" : "none: no demo recordings and no espeak-ng/sox, so chats only";
            }
        }

        return new LiveSimulation(options, calls, audio, warn);
    }

    /// <summary>Runs until <paramref name="ct"/> is cancelled; sessions open then are ended if the server still answers.</summary>
    public async Task RunAsync(Uri server, string apiKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var chats = new ChatDriver(http, new LatencyMatcher(), _errors, 0);
        var pacer = new CallPacer();
        using var running = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pacing = CallSlots > 0 ? pacer.RunAsync(running.Token) : Task.CompletedTask;
        var run = TimeProvider.System.GetUtcNow().ToString("MMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var advisors = _options.Advisors;
        var slots = new List<Task>();
        int calls = 0, chatCount = 0;
        for (var slot = 0; slot < _options.Sessions; slot++)
        {
            // Alternate chat, call, chat, call, …: the first slot (the first advisor's) is a chat, whose assist panel
            // shows text nudges at once.
            var isCall = (slot % 2 == 1 && calls < CallSlots) || chatCount >= ChatSlots;
            if (isCall)
            {
                calls++;
            }
            else
            {
                chatCount++;
            }

            var advisor = advisors[slot % advisors.Count];
            var index = slot;
            slots.Add(Task.Run(() => SlotAsync(index, isCall, advisor, run, server, apiKey, chats, pacer, running.Token), CancellationToken.None));
        }

        await Task.WhenAll(slots).ConfigureAwait(false);
        await running.CancelAsync().ConfigureAwait(false);
        await pacing.ConfigureAwait(false);
    }

    private async Task SlotAsync(int slot, bool isCall, LiveParticipants advisor, string run, Uri server, string apiKey, ChatDriver chats,
        CallPacer pacer, CancellationToken ct)
    {
        var random = new Random(HashCode.Combine(slot, run));
        try
        {
            // Staggered, so the sessions do not start, speak and end in step.
            await Task.Delay(Seconds(slot * 1.5), ct).ConfigureAwait(false);
            for (var n = 0; !ct.IsCancellationRequested; n++)
            {
                var customer = Customers[(Interlocked.Increment(ref _customers) - 1) % Customers.Length];
                var who = advisor with { CustomerId = $"demo-customer-{slot}-{n}", CustomerName = customer };
                var id = $"live-{run}-{(isCall ? "call" : "chat")}-{slot}-{n}";
                var ok = isCall
                    ? await CallAsync(id, who, _calls[(slot + n) % _calls.Count], server, apiKey, chats, pacer, ct).ConfigureAwait(false)
                    : await ChatAsync(id, who, ChatScript.Scripts[(slot + n) % ChatScript.Scripts.Count], chats, random, ct).ConfigureAwait(false);
                if (!ok)
                {
                    Warn(_errors.Messages.LastOrDefault() ?? $"{id} failed");
                    await Task.Delay(TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
                    continue;
                }

                await Task.Delay(Seconds(_options.PauseSeconds.Min + (random.NextDouble() * (_options.PauseSeconds.Max - _options.PauseSeconds.Min))), ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the demo is stopping
        }
    }

    private async Task<bool> ChatAsync(string id, LiveParticipants who, IReadOnlyList<(string Party, string Text)> script, ChatDriver chats, Random random,
        CancellationToken ct)
    {
        if (!await chats.StartAsync(id, who, ct).ConfigureAwait(false))
        {
            return false;
        }

        Interlocked.Increment(ref _started);
        try
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < script.Count; i++)
            {
                if (i > 0)
                {
                    await Task.Delay(Seconds(_options.TurnSeconds.Min + (random.NextDouble() * (_options.TurnSeconds.Max - _options.TurnSeconds.Min))), ct).ConfigureAwait(false);
                }

                var (party, text) = script[i];
                var at = clock.Elapsed.TotalSeconds;
                await chats.PostTurnAsync(id, $"{id}#{i}", party, text, Math.Max(0, at - 2), at, ct).ConfigureAwait(false);
            }

            await Task.Delay(Seconds(_options.TurnSeconds.Min), ct).ConfigureAwait(false);
        }
        finally
        {
            await EndAsync(chats, id, ct).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<bool> CallAsync(string id, LiveParticipants who, DemoCall script, Uri server, string apiKey, ChatDriver chats, CallPacer pacer,
        CancellationToken ct)
    {
        TwilioCall call;
        try
        {
            call = await TwilioCall.ConnectAsync(server, id, who, apiKey, script.Audio, 0, script.Audio.Frames + 1, script.Audio.Frames, _errors, ct)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException or IOException)
        {
            _errors.Add("call connect", $"{id}: {e.Message}");
            return false;
        }

        Interlocked.Increment(ref _started);
        await using (call.ConfigureAwait(false))
        {
            var clock = Stopwatch.StartNew();
            pacer.Add(call.Stream);
            try
            {
                // The transcript, as a contact centre's speech-to-text would stream it: each turn once the call has reached its end.
                for (var i = 0; i < script.Turns.Count && call.Stream.Failure is null; i++)
                {
                    var turn = script.Turns[i];
                    var due = TimeSpan.FromSeconds(turn.End!.Value) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, ct).ConfigureAwait(false);
                    }

                    await chats.PostTurnAsync(id, $"{id}#{i}", turn.Party.ToString().ToLowerInvariant(), turn.Text, turn.Start ?? turn.End.Value, turn.End.Value, ct)
                        .ConfigureAwait(false);
                }

                await call.Stream.Finished.WaitAsync(ct).ConfigureAwait(false);
            }
            finally
            {
                // stop: the server stores the call (recording and transcript) as a batch upload would.
                await call.StopAsync(TimeSpan.FromSeconds(ct.IsCancellationRequested ? 2 : 30)).ConfigureAwait(false);
                Interlocked.Increment(ref _ended);
            }
        }

        return call.Stream.Failure is null;
    }

    private async Task EndAsync(ChatDriver chats, string id, CancellationToken ct)
    {
        // Also when the demo is stopping: a short wait, in case the server still answers.
        using var timeout = new CancellationTokenSource(ct.IsCancellationRequested ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(60));
        await chats.EndAsync(id, timeout.Token).ConfigureAwait(false);
        Interlocked.Increment(ref _ended);
    }

    private void Warn(string message)
    {
        // A few, not a flood: a broken simulation must not bury the sign-in table.
        if (Interlocked.Increment(ref _warnings) <= 3)
        {
            _warn?.Invoke(message);
        }
    }

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(Math.Max(0, s));

    private sealed record DemoCall(EncodedConversation Audio, IReadOnlyList<Turn> Turns);
}
