using Attune.Analysis.Live.Calls;
using Attune.Analysis.Live.Telephony;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// One call streaming in over a telephony socket: the aligned audio of its protocol session's
/// <see cref="TwoChannelTimeline"/> goes, as it arrives, to the recording (a stereo µ-law WAV blob,
/// <see cref="LiveCallRecorder"/>) and to the <see cref="LiveCallAnalyzer"/> (with the session's nudge generator and
/// policy, shared with its text turns), whose updates are published to the session's watchers. The timeline is read by
/// the socket loop only (<see cref="Pump"/>, <see cref="EndAsync"/>); the recording and the analyser are guarded by
/// their own lock, taken before the session's gate (the analyser runs under the gate, as text turns do).
/// <para>
/// However the session ends — the stream's stop or close, the socket going away, <c>POST /api/live/{id}/end</c>, the
/// idle sweep — <see cref="LiveSessions.EndAsync"/> stores it through the session's <see cref="LiveSession.Store"/>,
/// which this call sets to <see cref="StoreAsync"/>: the recording (finished where it got to) through the batch path for
/// recordings, with the session's transcript turns, incomplete flag and mute notes.
/// </para>
/// </summary>
public sealed class LiveCall
{
    private const int BlockFrames = 1600; // 200 ms at 8 kHz: more than a Twilio chunk or an AudioHook frame

    private readonly LiveCalls _owner;
    private readonly TwoChannelTimeline _timeline;
    private readonly FileStream _file;
    private readonly LiveCallRecorder _recorder;
    private readonly LiveCallAnalyzer _analyzer;
    private readonly float[] _customer = new float[BlockFrames];
    private readonly float[] _advisor = new float[BlockFrames];
    private readonly List<LiveCallUpdate> _updates = [];
    private readonly Lock _media = new();
    private bool _finished;
    private double _heard = -1;

    internal LiveCall(LiveCalls owner, LiveSession session, string source, TwoChannelTimeline timeline, FileStream file, string blob)
    {
        _owner = owner;
        Session = session;
        Source = source;
        _timeline = timeline;
        _file = file;
        Blob = blob;
        _recorder = new LiveCallRecorder(file, leaveOpen: true);
        _analyzer = new LiveCallAnalyzer(LiveCallAnalyzer.TelephonyFormat, nudges: session.Nudges, policy: session.Policy);
    }

    public LiveSession Session { get; }

    /// <summary>twilio or audiohook.</summary>
    public string Source { get; }

    /// <summary>The recording's blob name.</summary>
    public string Blob { get; }

    /// <summary>Seconds of audio analysed and recorded.</summary>
    public double Position
    {
        get
        {
            lock (_media)
            {
                return _analyzer.Position;
            }
        }
    }

    /// <summary>True once the recording is finished (the call ended, by its stream or otherwise): audio is no longer taken.</summary>
    public bool Finished
    {
        get
        {
            lock (_media)
            {
                return _finished;
            }
        }
    }

    /// <summary>Records and analyses whatever both channels of the timeline have; publishes what the analysis found. Socket loop only.</summary>
    public void Pump(DateTimeOffset receivedAt)
    {
        lock (_media)
        {
            if (_finished)
            {
                return;
            }

            int n;
            while ((n = _timeline.Read(_customer, _advisor)) > 0)
            {
                var customer = _customer.AsSpan(0, n);
                var advisor = _advisor.AsSpan(0, n);
                _recorder.Write(customer, advisor);
                lock (Session.Gate)
                {
                    var updates = _analyzer.Push(customer, advisor);
                    foreach (var u in updates)
                    {
                        _owner.Publish(Session, u, receivedAt);
                    }

                    if (_analyzer.LastSpeech is { } heard && heard > _heard)
                    {
                        _heard = heard;
                        _owner.Heard(Session, heard, receivedAt);
                    }
                }
            }
        }

        _owner.Touch(Session.Id);
    }

    /// <summary>
    /// The stream ended (stop/close: <paramref name="incomplete"/> false; socket gone or protocol failure: true): the rest
    /// of the timeline is analysed and recorded, and the session ended and stored (<see cref="LiveSessions.EndSource"/>
    /// or <see cref="LiveSessions.DisconnectSource"/>). Socket loop only. Null when the session had already ended.
    /// </summary>
    public async Task<Ingest.IngestResult?> EndAsync(bool incomplete, DateTimeOffset receivedAt, CancellationToken ct)
    {
        _timeline.Flush();
        Pump(receivedAt);
        return await _owner.EndAsync(this, incomplete ? LiveSessions.DisconnectSource : LiveSessions.EndSource, incomplete, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="LiveSession.Store"/> of the call's session: finishes the analysis (its last updates are published
    /// before <c>ended</c>) and the recording, and stores the recording through the batch path for recordings.
    /// </summary>
    internal async Task<Ingest.IngestResult?> StoreAsync(LiveEnding ending, CancellationToken ct)
    {
        await FinishAsync(_owner.Clock.GetUtcNow()).ConfigureAwait(false);
        return await _owner.StoreAsync(this, ending, ct).ConfigureAwait(false);
    }

    private async Task FinishAsync(DateTimeOffset receivedAt)
    {
        lock (_media)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            lock (Session.Gate)
            {
                _updates.Clear();
                _analyzer.Complete(_updates);
                foreach (var u in _updates)
                {
                    _owner.Publish(Session, u, receivedAt);
                }
            }

            _recorder.Complete();
        }

        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
