using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Calls;
using Attune.Analysis.Live.Telephony;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Data;
using Attune.Web.Ingest;
using Attune.Web.Live.Events;
using Attune.Web.Security;
using Microsoft.Extensions.Logging;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// Live calls from the telephony endpoints (singleton, thread-safe): checks their API keys, starts each as a voice
/// <see cref="LiveSession"/> (source twilio or audiohook; transcript turns posted to the same id over REST or the hub are
/// analysed with it) with a <see cref="LiveCall"/> recording and analysing its audio, publishes what the analysis finds
/// to the session's watchers through <see cref="LiveFeed"/> (<see cref="LiveCallEvents"/>), and stores it, however it
/// ends, through the session's <see cref="LiveSession.Store"/> hook: as an import of the recording would be.
/// Audio frames received, missing and late, and protocol errors, are counted in <see cref="LiveStats"/>.
/// </summary>
public sealed partial class LiveCalls(LiveSessions sessions, InteractionIngestor ingestor, LiveStats stats, BlobStore blobs, IAttuneStore store,
    TimeProvider clock, ILogger<LiveCalls> log)
{
    public TimeProvider Clock => clock;

    public LiveStats Stats => stats;

    /// <summary>Whether <paramref name="secret"/> is a live API key allowed to ingest (the Ingest policy's roles).</summary>
    public async Task<bool> IsIngestKeyAsync(string? secret, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return false;
        }

        var key = await store.FindApiKeyAsync(ApiKeyHandler.Hash(secret.Trim()), ct).ConfigureAwait(false);
        return key is { Revoked: false, Role: Role.Admin or Role.QaAnalyst };
    }

    /// <summary>
    /// Starts a live voice session <paramref name="id"/> (<paramref name="source"/>: twilio or audiohook) fed from
    /// <paramref name="timeline"/>; null when a session with that id is already open.
    /// </summary>
    public async Task<LiveCall?> StartAsync(string id, LiveMetadata metadata, string source, TwoChannelTimeline timeline, CancellationToken ct)
    {
        var session = await sessions.StartAsync(id, metadata, Channel.Voice, ct, source).ConfigureAwait(false);
        if (session is null)
        {
            return null;
        }

        var file = blobs.Create(".wav", out var blob);
        Started(log, id, source, blob);
        var call = new LiveCall(this, session, source, timeline, file, blob);
        session.Store = call.StoreAsync;
        return call;
    }

    /// <summary>
    /// Publishes an analysis update to the session's watchers (callers hold the session's gate): the customer's voice
    /// arousal and settled dynamics also go to the session's alert rules (<see cref="LiveSessions.TrackEmotion"/>,
    /// <see cref="LiveSessions.TrackDynamics"/>), as a chat turn's findings do; the provisional overtalk and silence
    /// alerts and nudges only to the watchers (what they stand for settles later and is counted then).
    /// </summary>
    internal void Publish(LiveSession session, LiveCallUpdate update, DateTimeOffset receivedAt)
    {
        var trigger = new LiveTrigger(null, update.StreamTime, receivedAt);
        if (update is { Kind: LiveCallUpdateKind.Arousal, Arousal: { } arousal })
        {
            sessions.TrackEmotion(session, update.Start, LiveCallEvents.ArousalLabel, arousal, arousal >= LiveCallEvents.NegativeArousal,
                LiveEmotionEvent.VoiceSource, trigger);
        }
        else if (update.Kind == LiveCallUpdateKind.Dynamics && LiveCallEvents.KindOf(update) is { } kind)
        {
            sessions.TrackDynamics(session, update.StreamTime, kind, LiveCallEvents.PartyOf(update), update.Start, update.End, trigger);
        }
        else if (LiveCallEvents.From(session.Id, update, receivedAt) is { } e)
        {
            sessions.Feed.Publish(session, e.Type, e.Event);
        }
    }

    /// <summary>Someone was heard at <paramref name="time"/> s of the call: restarts the alert rules' silence clock (callers hold the session's gate).</summary>
    internal void Heard(LiveSession session, double time, DateTimeOffset receivedAt) =>
        sessions.TrackActivity(session, time, new LiveTrigger(null, time, receivedAt));

    internal void Touch(string id) => sessions.Touch(id);

    /// <summary>Ends the call's session and stores it; null when it had already ended, or when storing failed (logged).</summary>
    internal async Task<IngestResult?> EndAsync(LiveCall call, string source, bool incomplete, CancellationToken ct)
    {
        try
        {
            return await sessions.EndAsync(call.Session.Id, ct, source, incomplete).ConfigureAwait(false);
        }
        catch (LiveStoreException)
        {
            return null; // logged by LiveSessions
        }
    }

    /// <summary>Stores the call's recording through the batch path for recordings, with the session's transcript turns (if any), incomplete flag and notes.</summary>
    internal async Task<IngestResult?> StoreAsync(LiveCall call, LiveEnding ending, CancellationToken ct)
    {
        if (blobs.PathOf(call.Blob) is null)
        {
            throw new LiveStoreException(call.Session.Id, $"its recording (blob {call.Blob}) is gone");
        }

        var transcript = ending.Transcript.Turns.Count > 0 ? ending.Transcript with { Source = ending.Source } : null;
        var (stored, error) = await ingestor.IngestRecordingAsync(call.Blob, transcript, ending.Source, ct, call.Session.Id,
            ending.Incomplete, ending.Notes, ending.Transcript.Metadata).ConfigureAwait(false);
        if (error is not null)
        {
            throw new LiveStoreException(call.Session.Id, $"the recording could not be analysed: {error.Message}");
        }

        if (stored is not null)
        {
            Stored(log, call.Session.Id, stored.Id, ending.Source);
        }

        return stored;
    }

    /// <summary>Counts audio frames received, and those found missing or late since the last count.</summary>
    internal void CountFrames(long received, long missing, long late)
    {
        stats.AudioFramesReceived(received);
        stats.AudioFramesMissing(missing);
        stats.AudioFramesLate(late);
    }

    internal void ProtocolError(string endpoint, string reason)
    {
        stats.ProtocolError();
        Refused(log, endpoint, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live call {Id} started ({Source}), recording to blob {Blob}.")]
    private static partial void Started(ILogger logger, string id, string source, string blob);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live call {Id} stored as interaction {Stored} ({Source}).")]
    private static partial void Stored(ILogger logger, string id, long stored, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Endpoint}: refused a message: {Reason}")]
    private static partial void Refused(ILogger logger, string endpoint, string reason);
}
