using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Calls;
using Attune.Analysis.Live.Telephony;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Data;
using Attune.Web.Ingest;
using Attune.Web.Security;
using Microsoft.Extensions.Logging;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// Live calls from the telephony endpoints (singleton, thread-safe): checks their API keys, starts each as a voice
/// <see cref="LiveSession"/> (so transcript turns posted to the same id over REST are analysed with it) with a
/// <see cref="LiveCall"/> recording and analysing its audio, publishes what the analysis finds (<see cref="Published"/>),
/// and ends it through <see cref="LiveSessions.EndRecordingAsync"/>: stored as an import of the recording would be.
/// Counts audio frames received, missing and late, and protocol errors, for the live statistics.
/// </summary>
public sealed partial class LiveCalls(LiveSessions sessions, BlobStore blobs, IAttuneStore store, TimeProvider clock, ILogger<LiveCalls> log)
{
    private long _framesReceived;
    private long _framesMissing;
    private long _framesLate;
    private long _protocolErrors;

    /// <summary>Raised for every update a live call publishes (dynamics, customer voice arousal, nudges), on the socket's thread; must not block.</summary>
    public event EventHandler<LiveCallEvent>? Published;

    public TimeProvider Clock => clock;

    /// <summary>Audio frames received (Twilio media chunks; AudioHook binary frames).</summary>
    public long FramesReceived => Interlocked.Read(ref _framesReceived);

    /// <summary>Audio frames that never arrived (their time is silence in the recording and the analysis).</summary>
    public long FramesMissing => Interlocked.Read(ref _framesMissing);

    /// <summary>Audio frames that arrived after their slot was processed (dropped).</summary>
    public long FramesLate => Interlocked.Read(ref _framesLate);

    /// <summary>Messages refused by the telephony endpoints.</summary>
    public long ProtocolErrors => Interlocked.Read(ref _protocolErrors);

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
    /// Starts a live voice session <paramref name="id"/> fed from <paramref name="timeline"/>; null when a session with
    /// that id is already open.
    /// </summary>
    public async Task<LiveCall?> StartAsync(string id, LiveMetadata metadata, string source, TwoChannelTimeline timeline, CancellationToken ct)
    {
        var session = await sessions.StartAsync(id, metadata, Channel.Voice, ct).ConfigureAwait(false);
        if (session is null)
        {
            return null;
        }

        var file = blobs.Create(".wav", out var blob);
        Started(log, id, source, blob);
        return new LiveCall(this, session, source, timeline, file, blob);
    }

    internal void Publish(LiveSession session, LiveCallUpdate update, DateTimeOffset receivedAt)
    {
        if (LiveCallEvent.TypeOf(update) is not { } type || Published is not { } handler)
        {
            return;
        }

        handler(this, new LiveCallEvent(session, type, update, update.StreamTime, receivedAt));
    }

    internal void Touch(string id) => sessions.Touch(id);

    internal async Task<(IngestResult? Result, ImportError? Error)?> EndAsync(LiveCall call, string source, CancellationToken ct)
    {
        var ended = await sessions.EndRecordingAsync(call.Session.Id, call.Blob, ct, source).ConfigureAwait(false);
        if (ended is { Error: { } error })
        {
            StoreFailed(log, call.Session.Id, error.Message);
        }
        else if (ended is { Result: { } stored })
        {
            Stored(log, call.Session.Id, stored.Id, source);
        }

        return ended;
    }

    internal void CountFrames(long received, long missing, long late)
    {
        Interlocked.Add(ref _framesReceived, received);
        Interlocked.Add(ref _framesMissing, missing);
        Interlocked.Add(ref _framesLate, late);
    }

    internal void ProtocolError(string endpoint, string reason)
    {
        Interlocked.Increment(ref _protocolErrors);
        Refused(log, endpoint, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live call {Id} started ({Source}), recording to blob {Blob}.")]
    private static partial void Started(ILogger logger, string id, string source, string blob);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live call {Id} stored as interaction {Stored} ({Source}).")]
    private static partial void Stored(ILogger logger, string id, long stored, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live call {Id} could not be stored: {Reason}")]
    private static partial void StoreFailed(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Endpoint}: refused a message: {Reason}")]
    private static partial void Refused(ILogger logger, string endpoint, string reason);
}
