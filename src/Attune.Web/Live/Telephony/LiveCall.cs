using Attune.Analysis.Conversations;
using Attune.Analysis.Live.Calls;
using Attune.Analysis.Live.Telephony;

namespace Attune.Web.Live.Telephony;

/// <summary>
/// One call streaming in over a telephony socket: the aligned audio of its protocol session's
/// <see cref="TwoChannelTimeline"/> goes, as it arrives, to the recording (a stereo µ-law WAV blob,
/// <see cref="LiveCallRecorder"/>) and to the <see cref="LiveCallAnalyzer"/> (with the session's nudge generator and
/// policy, shared with its text turns), whose updates are published. Driven by one socket loop (not thread-safe);
/// the analyser runs under the session's gate, as text turns do.
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
    private readonly List<LiveCallUpdate> _final = [];
    private bool _ended;

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
    public double Position => _analyzer.Position;

    /// <summary>Records and analyses whatever both channels of the timeline have; publishes what the analysis found.</summary>
    public void Pump(DateTimeOffset receivedAt)
    {
        if (_ended)
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
            }
        }

        _owner.Touch(Session.Id);
    }

    /// <summary>
    /// Ends the call: the rest of the timeline is analysed, the recording closed, and the interaction stored through
    /// the batch path for recordings (<paramref name="source"/> "live" or "live-disconnect"). Idempotent.
    /// </summary>
    public async Task<(Ingest.IngestResult? Result, ImportError? Error)?> EndAsync(string source, DateTimeOffset receivedAt, CancellationToken ct)
    {
        if (_ended)
        {
            return null;
        }

        _timeline.Flush();
        Pump(receivedAt);
        _ended = true;
        lock (Session.Gate)
        {
            _final.Clear();
            _analyzer.Complete(_final);
            foreach (var u in _final)
            {
                _owner.Publish(Session, u, receivedAt);
            }
        }

        _recorder.Complete();
        await _file.DisposeAsync().ConfigureAwait(false);
        return await _owner.EndAsync(this, source, ct).ConfigureAwait(false);
    }
}
