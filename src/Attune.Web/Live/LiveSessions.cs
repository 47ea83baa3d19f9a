using System.Collections.Concurrent;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live;
using Attune.Analysis.Live.Nudges;
using Attune.Web.Ingest;

namespace Attune.Web.Live;

/// <summary>
/// The open live interactions by id (singleton, thread-safe). Starting one creates its <see cref="AnalysisSession"/>
/// with the same analysis options batch ingestion uses; ending one stores it through <see cref="InteractionIngestor"/>
/// exactly as if its transcript had been posted to <c>/api/interactions</c>, so live and batch give the same record.
/// </summary>
public sealed class LiveSessions(AnalysisSettings settings, InteractionIngestor ingestor, TimeProvider clock)
{
    /// <summary>Source label of an interaction ended normally.</summary>
    public const string EndSource = "live";

    /// <summary>Source label of an interaction ended by the idle sweep (stored, but incomplete).</summary>
    public const string IdleSource = "live-idle";

    /// <summary>Source label of a call whose stream went away without ending it (stored, but incomplete).</summary>
    public const string DisconnectSource = "live-disconnect";

    private readonly ConcurrentDictionary<string, LiveSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>The open sessions (a snapshot).</summary>
    public IReadOnlyList<LiveSession> Open => [.. _sessions.Values.OrderBy(s => s.StartedAt)];

    public LiveSession? Find(string id) => _sessions.TryGetValue(id, out var s) ? s : null;

    /// <summary>Starts a session; null when one with this id is already open.</summary>
    public async Task<LiveSession?> StartAsync(string id, LiveMetadata metadata, Channel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(metadata);
        if (_sessions.ContainsKey(id))
        {
            return null;
        }

        var (_, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var session = new LiveSession(id, metadata, channel,
            new AnalysisSession(metadata.ToConversationMetadata(id, now), channel, options, "live"), now);
        return _sessions.TryAdd(id, session) ? session : null;
    }

    /// <summary>
    /// Analyses a final turn; null when the session is unknown or ended. The nudge clock is the turn's start, or the
    /// seconds since the session began.
    /// </summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<Nudge> Nudges)? AddTurn(string id, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Find(id) is not { } session)
        {
            return null;
        }

        lock (session.Gate)
        {
            if (session.Ended)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            session.LastActivity = now;
            var time = turn.Start ?? Math.Max(0, (now - session.StartedAt).TotalSeconds);
            return session.Add(turn, time);
        }
    }

    /// <summary>Records a partial turn (not analysed): keeps the session alive. False when unknown or ended.</summary>
    public bool Touch(string id)
    {
        if (Find(id) is not { } session)
        {
            return false;
        }

        lock (session.Gate)
        {
            session.LastActivity = clock.GetUtcNow();
            return !session.Ended;
        }
    }

    /// <summary>Ends a session and stores it through the batch path; null when unknown or already ended.</summary>
    public async Task<IngestResult?> EndAsync(string id, CancellationToken ct, string source = "live")
    {
        if (Find(id) is not { } session)
        {
            return null;
        }

        Conversation conversation;
        lock (session.Gate)
        {
            if (session.Ended)
            {
                return null;
            }

            session.Ended = true;
            session.Analysis.Complete();
            conversation = session.ToConversation() with { Source = source };
        }

        try
        {
            return await ingestor.IngestAsync(conversation, source, ct).ConfigureAwait(false);
        }
        finally
        {
            _sessions.TryRemove(new KeyValuePair<string, LiveSession>(id, session));
        }
    }

    /// <summary>
    /// Ends a call whose audio was recorded to <paramref name="blob"/> and stores it through the batch path for
    /// recordings (<see cref="InteractionIngestor.IngestRecordingAsync"/>): the recording, with the transcript turns that
    /// arrived for the same session (REST or hub) when there are any — what an import of that WAV and transcript gives.
    /// Null when unknown or already ended.
    /// </summary>
    public async Task<(IngestResult? Result, ImportError? Error)?> EndRecordingAsync(string id, string blob, CancellationToken ct, string source = EndSource)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (Find(id) is not { } session)
        {
            return null;
        }

        Conversation? transcript;
        lock (session.Gate)
        {
            if (session.Ended)
            {
                return null;
            }

            session.Ended = true;
            session.Analysis.Complete();
            transcript = session.Turns.Count > 0 ? session.ToConversation() with { Source = source } : null;
        }

        try
        {
            var metadata = session.Metadata.ToConversationMetadata(id, session.StartedAt);
            return await ingestor.IngestRecordingAsync(blob, transcript, source, ct, id, metadata).ConfigureAwait(false);
        }
        finally
        {
            _sessions.TryRemove(new KeyValuePair<string, LiveSession>(id, session));
        }
    }

    /// <summary>Ends (stores, marked <see cref="IdleSource"/>) every session idle for <paramref name="idle"/> or longer; returns how many.</summary>
    public async Task<int> EndIdleAsync(TimeSpan idle, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ended = 0;
        foreach (var session in Open)
        {
            DateTimeOffset last;
            lock (session.Gate)
            {
                last = session.LastActivity;
            }

            if (now - last >= idle && await EndAsync(session.Id, ct, IdleSource).ConfigureAwait(false) is not null)
            {
                ended++;
            }
        }

        return ended;
    }
}
