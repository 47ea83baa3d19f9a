using System.Collections.Concurrent;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Live;
using Attune.Analysis.Privacy;
using Attune.Web.Ingest;
using Attune.Web.Live.Alerts;
using Attune.Web.Live.Events;
using Microsoft.Extensions.Logging;

namespace Attune.Web.Live;

/// <summary>
/// The open live interactions by id (singleton, thread-safe). Starting one creates its <see cref="AnalysisSession"/>
/// with the same analysis options batch ingestion uses; ending one stores it through <see cref="InteractionIngestor"/>
/// exactly as if its transcript had been posted to <c>/api/interactions</c>, so live and batch give the same record.
/// What happens on the way (turns, findings, nudges, emotions, mutes, the end) is published to watchers through
/// <see cref="LiveFeed"/>.
/// </summary>
public sealed partial class LiveSessions(AnalysisSettings settings, AdvisorDirectory advisors, LiveAlertSettings alertSettings, InteractionIngestor ingestor, LiveFeed feed, LiveStats stats, TimeProvider clock,
    ILogger<LiveSessions> log)
{
    /// <summary>Source label of an interaction ended normally.</summary>
    public const string EndSource = "live";

    /// <summary>Source label of an interaction ended by the idle sweep (stored, incomplete).</summary>
    public const string IdleSource = "live-idle";

    /// <summary>Source label of an interaction whose ingest connection went away before ending it (stored, incomplete).</summary>
    public const string DisconnectSource = "live-disconnect";

    private readonly ConcurrentDictionary<string, LiveSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>The open sessions (a snapshot).</summary>
    public IReadOnlyList<LiveSession> Open => [.. _sessions.Values.OrderBy(s => s.StartedAt)];

    public LiveFeed Feed => feed;

    public LiveSession? Find(string id) => _sessions.TryGetValue(id, out var s) ? s : null;

    /// <summary>
    /// Starts a session (<paramref name="source"/>: rest, hub, twilio or audiohook); null when one with this id is
    /// already open. Publishes <c>sessionStarted</c>.
    /// </summary>
    public async Task<LiveSession?> StartAsync(string id, LiveMetadata metadata, Channel channel, CancellationToken ct, string source = "rest")
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(metadata);
        if (_sessions.ContainsKey(id))
        {
            return null;
        }

        if ((metadata.Team is null || metadata.AdvisorName is null) && await advisors.FindAsync(metadata.AdvisorId, ct).ConfigureAwait(false) is { } account)
        {
            // Only the advisor's id came (e.g. a Twilio stream): their team leader's wall must still show it.
            metadata = metadata with
            {
                Team = metadata.Team ?? account.TeamId,
                AdvisorName = metadata.AdvisorName ?? (string.IsNullOrWhiteSpace(account.DisplayName) ? null : account.DisplayName),
            };
        }

        var (_, options) = await settings.GetAsync(ct).ConfigureAwait(false);
        var rules = await alertSettings.GetAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var session = new LiveSession(id, metadata, channel,
            new AnalysisSession(metadata.ToConversationMetadata(id, now), channel, options, "live"), now, rules, source);
        if (!_sessions.TryAdd(id, session))
        {
            return null;
        }

        stats.SessionOpened(channel);
        feed.Publish(session, LiveEventTypes.SessionStarted, session.Tile(now));
        return session;
    }

    /// <summary>
    /// Analyses a final turn and publishes what it caused (turn, findings, customer emotions, nudges), each carrying
    /// <paramref name="reference"/> as <c>trigger.ref</c>; null when the session is unknown or ended. The nudge clock
    /// is the turn's start, or the seconds since the session began.
    /// </summary>
    public TurnResult? AddTurn(string id, Turn turn, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var received = clock.GetUtcNow();
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

            session.LastActivity = received;
            var time = turn.Start ?? session.Elapsed(received);
            var (findings, nudges) = session.Add(turn, time);
            var trigger = new LiveTrigger(reference, null, received);
            var analysed = session.Analysis.Context.Turns[^1];
            feed.Publish(session, LiveEventTypes.Turn, new LiveTurnEvent
            {
                SessionId = id,
                Trigger = trigger,
                Index = analysed.Index,
                Party = analysed.Party.ToString().ToLowerInvariant(),
                Text = analysed.Text,
                Start = turn.Start,
                End = turn.End,
            });
            var items = findings.Select(LiveFinding.From).ToList();
            if (items.Count > 0)
            {
                feed.Publish(session, LiveEventTypes.Findings, new LiveFindingsEvent { SessionId = id, Trigger = trigger, Turn = analysed.Index, Items = items });
            }

            var tracker = session.RiskTracker;
            PublishAlerts(session, tracker.Activity(turn.End ?? time), trigger);
            foreach (var f in findings)
            {
                if (f.Signal == Signals.CustomerEmotion && f.Party == Party.Customer && f.Label is { } label)
                {
                    TrackEmotion(session, f.Start ?? time, label, f.Value ?? 0, LiveSession.IsNegativeEmotion(label), LiveEmotionEvent.TextSource, trigger);
                }
            }

            foreach (var n in nudges)
            {
                feed.Publish(session, LiveEventTypes.Nudge, LiveNudgeEvent.From(id, n, trigger));
            }

            PublishAlerts(session, tracker.Findings(time, findings), trigger);
            session.UpdateRisk();
            return new TurnResult(items, [.. nudges.Select(LiveNudge.From)]);
        }
    }

    /// <summary>
    /// A customer emotion sample (a text emotion finding, or voice arousal on a call) at <paramref name="time"/> seconds: published as
    /// <c>emotion</c> and fed to the alert rules. Callers hold the session's <see cref="LiveSession.Gate"/>.
    /// </summary>
    public void TrackEmotion(LiveSession session, double time, string label, double value, bool negative, string source, LiveTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(session);
        feed.Publish(session, LiveEventTypes.Emotion, new LiveEmotionEvent
        {
            SessionId = session.Id,
            Trigger = trigger,
            Label = label,
            Value = Math.Clamp(value, 0, 1),
            Negative = negative,
            Source = source,
            Time = time,
        });
        PublishAlerts(session, session.RiskTracker.Emotion(time, label, value, negative), trigger);
        session.UpdateRisk();
    }

    /// <summary>
    /// A conversation dynamics event of an audio session (the contract's kinds) settled at <paramref name="time"/>:
    /// published as <c>dynamics</c> and fed to the alert rules. Callers hold the session's <see cref="LiveSession.Gate"/>.
    /// </summary>
    public void TrackDynamics(LiveSession session, double time, string kind, string? party, double start, double end, LiveTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(session);
        feed.Publish(session, LiveEventTypes.Dynamics, new LiveDynamicsEvent
        {
            SessionId = session.Id,
            Trigger = trigger,
            Kind = kind,
            Party = party,
            Start = start,
            End = end,
        });
        var tracker = session.RiskTracker;
        if (kind != "nonTalk" && kind != "longSilence")
        {
            PublishAlerts(session, tracker.Activity(end), trigger);
        }

        PublishAlerts(session, tracker.Dynamics(time, kind, party, start, end), trigger);
        session.UpdateRisk();
    }

    /// <summary>
    /// Someone in an audio session was heard at <paramref name="time"/> seconds (speech in progress or just ended): the
    /// alert rules' silence clock restarts, as a chat turn's end restarts it. Callers hold the session's <see cref="LiveSession.Gate"/>.
    /// </summary>
    public void TrackActivity(LiveSession session, double time, LiveTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(session);
        PublishAlerts(session, session.RiskTracker.Activity(time), trigger);
        session.UpdateRisk();
    }

    /// <summary>
    /// Lets time pass for every open session's alert rules (a customer distressed for Y seconds fires even when nothing
    /// else happens) and refreshes their risk. Run about once a second by <see cref="LiveAlertClock"/>.
    /// </summary>
    public int AdvanceAlerts()
    {
        var now = clock.GetUtcNow();
        var fired = 0;
        foreach (var session in _sessions.Values)
        {
            lock (session.Gate)
            {
                if (session.Ended)
                {
                    continue;
                }

                var alerts = session.RiskTracker.Advance(session.Elapsed(now));
                fired += alerts.Count;
                PublishAlerts(session, alerts, new LiveTrigger(null, null, now));
                session.UpdateRisk();
            }
        }

        return fired;
    }

    private void PublishAlerts(LiveSession session, IReadOnlyList<LiveAlert> alerts, LiveTrigger trigger)
    {
        foreach (var a in alerts)
        {
            feed.Publish(session, LiveEventTypes.Alert, new LiveAlertEvent
            {
                SessionId = session.Id,
                Trigger = trigger,
                RuleId = a.RuleId,
                Name = a.Name,
                Severity = a.Severity.ToString().ToLowerInvariant(),
                Detail = a.Detail,
                Time = a.Time,
            });
        }
    }

    /// <summary>
    /// A partial turn (not analysed, not stored): keeps the session alive and publishes <c>partial</c> (its text redacted
    /// as the session redacts final turns, with <paramref name="reference"/> as <c>trigger.ref</c>), which watchers show
    /// until the party's final turn. False when unknown or ended.
    /// </summary>
    public bool AddPartial(string id, Turn turn, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var received = clock.GetUtcNow();
        if (Find(id) is not { } session)
        {
            return false;
        }

        lock (session.Gate)
        {
            if (session.Ended)
            {
                return false;
            }

            session.LastActivity = received;
            var text = session.Analysis.Context.Options.Redact ? PiiRedactor.Redact(turn.Text).Text : turn.Text;
            feed.Publish(session, LiveEventTypes.Partial, new LivePartialEvent
            {
                SessionId = id,
                Trigger = new LiveTrigger(reference, null, received),
                Party = turn.Party.ToString().ToLowerInvariant(),
                Text = text,
            });
            return true;
        }
    }

    /// <summary>Keeps the session alive (an audio frame arrived). False when unknown or ended.</summary>
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

    /// <summary>
    /// The advisor mutes (<paramref name="muted"/>) or unmutes nudges of <paramref name="kind"/> (null = all): recorded
    /// in the policy's mute log (stored with the interaction's notes, never scored) and published. False when unknown or ended.
    /// </summary>
    public bool SetMute(string id, string? kind, bool muted)
    {
        var now = clock.GetUtcNow();
        if (Find(id) is not { } session)
        {
            return false;
        }

        kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        lock (session.Gate)
        {
            if (session.Ended)
            {
                return false;
            }

            session.LastActivity = now;
            var time = session.Elapsed(now);
            if (muted)
            {
                session.Policy.Mute(kind, time);
            }
            else
            {
                session.Policy.Unmute(kind, time);
            }

            feed.Publish(session, LiveEventTypes.Mute, new LiveMuteEvent
            {
                SessionId = id,
                Trigger = new LiveTrigger(null, null, now),
                Kind = kind,
                Muted = muted,
                Time = time,
            });
            return true;
        }
    }

    /// <summary>
    /// Ends a session and stores it through the batch path (<paramref name="source"/>: <see cref="EndSource"/>,
    /// <see cref="IdleSource"/>, <see cref="DisconnectSource"/>; <paramref name="incomplete"/> marks the stored
    /// interaction); publishes <c>ended</c>. Null when unknown or already ended.
    /// </summary>
    /// <exception cref="LiveStoreException">The session ended (watchers got <c>ended</c> without an interaction id) but
    /// storing it failed; the reason is logged and in the exception.</exception>
    public async Task<IngestResult?> EndAsync(string id, CancellationToken ct, string source = EndSource, bool incomplete = false)
    {
        if (Find(id) is not { } session)
        {
            return null;
        }

        Conversation conversation;
        IReadOnlyList<string> notes;
        lock (session.Gate)
        {
            if (session.Ended)
            {
                return null;
            }

            session.Ended = true;
            session.Analysis.Complete();
            conversation = session.ToConversation() with { Source = source };
            notes = session.MuteNotes();
        }

        IngestResult? stored = null;
        try
        {
            stored = session.Store is { } store
                ? await store(new LiveEnding(conversation, source, incomplete, notes), ct).ConfigureAwait(false)
                : await ingestor.IngestAsync(conversation, source, ct, incomplete, notes).ConfigureAwait(false);
            return stored ?? throw new LiveStoreException(id, "storing gave no interaction");
        }
        catch (LiveStoreException e)
        {
            StoreFailed(log, id, source, e.Reason, e.InnerException);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            StoreFailed(log, id, source, e.Message, e);
            throw new LiveStoreException(id, e.Message, e);
        }
        finally
        {
            _sessions.TryRemove(new KeyValuePair<string, LiveSession>(id, session));
            stats.SessionClosed(session.Channel, incomplete);
            feed.Publish(session, LiveEventTypes.Ended, new LiveEndedEvent
            {
                SessionId = id,
                Trigger = new LiveTrigger(null, null, clock.GetUtcNow()),
                InteractionId = stored?.Id,
                Incomplete = incomplete,
            });
        }
    }

    /// <summary>Ends (stores as incomplete, marked <see cref="IdleSource"/>) every session idle for <paramref name="idle"/> or longer; returns how many.</summary>
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

            try
            {
                if (now - last >= idle && await EndAsync(session.Id, ct, IdleSource, incomplete: true).ConfigureAwait(false) is not null)
                {
                    ended++;
                }
            }
            catch (LiveStoreException)
            {
                // ended, not stored: logged by EndAsync; the sweep goes on with the others
            }
        }

        return ended;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Live interaction {Id} ended ({Source}) but could not be stored: {Reason}")]
    private static partial void StoreFailed(ILogger logger, string id, string source, string reason, Exception? exception);
}
