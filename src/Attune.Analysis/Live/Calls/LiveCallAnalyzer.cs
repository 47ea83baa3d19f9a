using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Live.Nudges;
using Attune.Analysis.Text.Detectors.VoiceArousal;

namespace Attune.Analysis.Live.Calls;

/// <summary>
/// The online analysis of a two-channel call as its audio arrives. Each <see cref="Push"/> of customer and advisor
/// samples goes through a <see cref="CallAudioAnalyzer"/> (so <see cref="Complete"/> returns exactly what the batch
/// path gives for the same samples), and what it heard comes out at once as <see cref="LiveCallUpdate"/>s:
/// <list type="bullet">
/// <item>the speech segments each channel's voice activity closes, and the start of the segment it has open, feed a
/// <see cref="DynamicsTracker"/>, advanced as far as nothing heard later can change: its settled events (turns,
/// overtalk, non-talk, the long-silence alert, monologues) are <see cref="LiveCallUpdateKind.Dynamics"/> updates;</item>
/// <item>an advisor who came in while the customer was speaking and has spoken over them for
/// <see cref="LiveCallOptions.OvertalkAlertSeconds"/> is an <see cref="LiveCallUpdateKind.Overtalk"/> update at once (an
/// interruption in progress; the tracker settles what it was once both have finished);</item>
/// <item>a silence in progress passing <see cref="LiveCallOptions.SilenceAlertSeconds"/> is a
/// <see cref="LiveCallUpdateKind.LongSilence"/> update at once (the tracker's non-talk event only settles when someone speaks again);</item>
/// <item>each closed customer segment is measured on the customer's <see cref="ProsodyTrack"/>
/// (<see cref="TurnVoiceMeter"/>) and scored by an <see cref="ArousalEstimator"/> against the caller's own baseline, as the
/// batch path does per turn: an <see cref="LiveCallUpdateKind.Arousal"/> update (customers only; never the advisor);</item>
/// <item>the overtalk and silence alerts and the settled advisor interruptions and long-silence alert go to
/// <see cref="NudgeGenerator.FromDynamics"/>; what the <see cref="NudgePolicy"/> lets through is a
/// <see cref="LiveCallUpdateKind.Nudge"/> update. A settled non-talk event is not nudged: it settles when the silence is over.</item>
/// </list>
/// Every update carries the stream position at which it was emitted. Per block the work is the channel analysers' own
/// plus a few comparisons: nothing is allocated unless something is found. Not thread-safe: one call, one caller.
/// </summary>
public sealed class LiveCallAnalyzer
{
    /// <summary>Stereo G.711 µ-law at 8 kHz: the telephony streams' audio, as <see cref="LiveCallRecorder"/> writes it.</summary>
    public static AudioFormat TelephonyFormat { get; } = new(8000, 2, AudioEncoding.MuLaw, 8);

    private readonly LiveCallOptions _options;
    private readonly CallAudioAnalyzer _audio;
    private readonly ChannelAnalyzer _customer;
    private readonly ChannelAnalyzer _advisor;
    private readonly DynamicsTracker _tracker;
    private readonly ArousalEstimator _arousal = new();
    private readonly NudgeGenerator? _nudges;
    private readonly NudgePolicy? _policy;
    private readonly List<LiveCallUpdate> _updates = [];
    private readonly HashSet<DynamicsEvent> _settled = [];
    private readonly int _sampleRate;
    private readonly double _simultaneous;
    private int _customerSeen;
    private int _advisorSeen;
    private double? _customerAnnounced;
    private double? _advisorAnnounced;
    private double _lastSpeechEnd = -1;       // end of the last closed segment of either party; -1 before anyone spoke
    private double _silenceAlertedAfter = -1; // the speech end whose following silence was alerted
    private double _overtalkAlertedAt = -1;   // the advisor segment start already alerted
    private long _samples;
    private CallAudio? _result;

    /// <param name="format">Format of the audio (the result's <see cref="CallAudio.Format"/>; two channels); <see cref="TelephonyFormat"/> for Twilio and AudioHook.</param>
    /// <param name="nudges">The interaction's nudge generator (shared with its text analysis), or null for no nudges.</param>
    /// <param name="policy">The interaction's nudge policy (shared with its text analysis); required with <paramref name="nudges"/>.</param>
    public LiveCallAnalyzer(AudioFormat format, LiveCallOptions? options = null, NudgeGenerator? nudges = null, NudgePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format.Channels != 2)
        {
            throw new ArgumentException($"A live call has a customer and an advisor channel; the format has {format.Channels}.", nameof(format));
        }

        if (nudges is not null && policy is null)
        {
            throw new ArgumentNullException(nameof(policy), "Nudges need the policy that decides which are shown.");
        }

        _options = options ?? LiveCallOptions.Default;
        _options.Validate();
        _audio = new CallAudioAnalyzer(format, _options.Audio);
        _customer = _audio.Customer;
        _advisor = _audio.Advisor!;
        _tracker = new DynamicsTracker(_options.Audio.Dynamics);
        _nudges = nudges;
        _policy = policy;
        _sampleRate = format.SampleRate;
        _simultaneous = _options.Audio.Dynamics.SimultaneousStartSeconds;
    }

    /// <summary>Seconds of audio pushed (per channel).</summary>
    public double Position => (double)_samples / _sampleRate;

    /// <summary>Time up to which the conversation dynamics are settled.</summary>
    public double SettledTo => _tracker.SettledTo;

    /// <summary>
    /// The latest time (s) someone was heard: the analysed position while either party is speaking (or a segment is
    /// pending), else the end of the last speech; null before anyone spoke. For "nobody has spoken for X s" clocks fed
    /// from outside (the live alert rules), which must not run while a turn is still open.
    /// </summary>
    public double? LastSpeech =>
        _customer.VoiceActivity.CandidateSegmentStart is not null || _advisor.VoiceActivity.CandidateSegmentStart is not null
            ? Position
            : _lastSpeechEnd >= 0 ? _lastSpeechEnd : null;

    /// <summary>The dynamics as the live tracker settled them, once <see cref="Complete"/> has run (the same as <see cref="CallAudio.Dynamics"/>).</summary>
    public DynamicsResult? LiveDynamics { get; private set; }

    /// <summary>
    /// Analyses the next block (customer and advisor samples of the same length, ±1.0 full scale) and returns what it
    /// found. The list is reused: it is valid until the next call.
    /// </summary>
    public IReadOnlyList<LiveCallUpdate> Push(ReadOnlySpan<float> customer, ReadOnlySpan<float> advisor)
    {
        if (_result is not null)
        {
            throw new InvalidOperationException("The call is complete.");
        }

        if (customer.Length != advisor.Length)
        {
            throw new ArgumentException($"The channels must come in blocks of the same length ({customer.Length} customer, {advisor.Length} advisor samples).", nameof(advisor));
        }

        _updates.Clear();
        _audio.Push(customer, advisor);
        _samples += customer.Length;
        TakeClosedSegments();
        Announce(Party.Customer, _customer.VoiceActivity, ref _customerAnnounced);
        Announce(Party.Advisor, _advisor.VoiceActivity, ref _advisorAnnounced);
        var now = Math.Min(FrameTime(_customer), FrameTime(_advisor));
        CheckOvertalk();
        CheckSilence(now);
        Settle(_tracker.Advance(Math.Min(Horizon(_customer.VoiceActivity), Horizon(_advisor.VoiceActivity))));
        return _updates;
    }

    /// <summary>
    /// Ends the call: the channels are flushed, the last segments settled, and the audio analysis returned — the same
    /// <see cref="CallAudio"/> as <see cref="CallAudioAnalyzer"/> gives for the same samples. What settled at the end is
    /// added to <paramref name="updates"/> when given.
    /// </summary>
    public CallAudio Complete(ICollection<LiveCallUpdate>? updates = null)
    {
        if (_result is not null)
        {
            return _result;
        }

        _updates.Clear();
        var audio = _audio.Complete();
        TakeClosedSegments();
        var duration = audio.Duration;
        Settle(_tracker.Advance(Math.Max(duration, _tracker.SettledTo)));
        LiveDynamics = _tracker.Complete(duration);
        Settle(Unsettled(LiveDynamics));
        if (updates is not null)
        {
            foreach (var u in _updates)
            {
                updates.Add(u);
            }
        }

        _updates.Clear();
        _result = audio;
        return audio;
    }

    /// <summary>Seconds of the next frame a channel's voice activity will see (its decisions so far cover the time before).</summary>
    private double FrameTime(ChannelAnalyzer channel) => channel.VoiceActivity.Frames * _options.Audio.VoiceActivity.HopSeconds;

    /// <summary>The earliest time a segment of this channel not yet added can start: nothing may settle past it.</summary>
    private static double Horizon(VoiceActivityDetector vad) =>
        vad.CandidateSegmentStart is { } open ? Math.Min(open, vad.EarliestNewSegmentStart) : vad.EarliestNewSegmentStart;

    private void TakeClosedSegments()
    {
        // Both channels' new segments, each in its own order (the tracker takes the two interleaved in any order).
        var speech = _customer.Speech;
        for (; _customerSeen < speech.Count; _customerSeen++)
        {
            var s = speech[_customerSeen];
            _tracker.Add(new PartySegment(Party.Customer, s.Start, s.End));
            _customerAnnounced = null;
            _lastSpeechEnd = Math.Max(_lastSpeechEnd, s.End);
            MeasureArousal(s);
        }

        speech = _advisor.Speech;
        for (; _advisorSeen < speech.Count; _advisorSeen++)
        {
            var s = speech[_advisorSeen];
            _tracker.Add(new PartySegment(Party.Advisor, s.Start, s.End));
            _advisorAnnounced = null;
            _lastSpeechEnd = Math.Max(_lastSpeechEnd, s.End);
        }
    }

    private void Announce(Party party, VoiceActivityDetector vad, ref double? announced)
    {
        if (vad.OpenSegmentStart is { } start && announced != start)
        {
            var at = Math.Max(start, _tracker.SettledTo);
            _tracker.SpeechStarted(party, at);
            announced = start;
        }
    }

    private void MeasureArousal(SpeechSegment segment)
    {
        var voice = _arousal.Estimate(TurnVoiceMeter.Measure(_customer.Track, segment.Start, segment.End));
        if (voice.Arousal is { } arousal)
        {
            _updates.Add(new LiveCallUpdate(LiveCallUpdateKind.Arousal, Position, segment.Start, segment.End, Party.Customer)
            {
                Voice = voice,
                Label = VoiceArousalDetector.Label(arousal),
            });
        }
    }

    /// <summary>The advisor came in on the customer's open speech and both have been speaking for the alert time.</summary>
    private void CheckOvertalk()
    {
        var customer = _customer.VoiceActivity;
        var advisor = _advisor.VoiceActivity;
        if (advisor.OpenSegmentStart is not { } came || customer.OpenSegmentStart is not { } hosting
            || came == _overtalkAlertedAt || came - hosting < _simultaneous
            || customer.LastSpeechEnd is not { } customerSpoke || advisor.LastSpeechEnd is not { } advisorSpoke)
        {
            return;
        }

        var both = Math.Min(customerSpoke, advisorSpoke);
        if (both - came < _options.OvertalkAlertSeconds)
        {
            return;
        }

        _overtalkAlertedAt = came;
        var overtalk = new Overtalk(came, both, Party.Advisor, OvertalkKind.Overlap, both - came);
        var e = new DynamicsEvent(DynamicsEventKind.Overtalk, came, both, Party.Advisor, overtalk);
        _updates.Add(new LiveCallUpdate(LiveCallUpdateKind.Overtalk, Position, came, both, Party.Advisor) { Dynamics = e });
        Nudge(e);
    }

    /// <summary>Nobody is speaking (nor about to: no pending segment) and the silence since the last speech passed the alert time.</summary>
    private void CheckSilence(double now)
    {
        if (_lastSpeechEnd < 0 || _lastSpeechEnd == _silenceAlertedAfter
            || _customer.VoiceActivity.CandidateSegmentStart is not null || _advisor.VoiceActivity.CandidateSegmentStart is not null
            || now - _lastSpeechEnd < _options.SilenceAlert)
        {
            return;
        }

        _silenceAlertedAfter = _lastSpeechEnd;
        var e = new DynamicsEvent(DynamicsEventKind.NonTalk, _lastSpeechEnd, now);
        _updates.Add(new LiveCallUpdate(LiveCallUpdateKind.LongSilence, Position, _lastSpeechEnd, now) { Dynamics = e });
        Nudge(e);
    }

    /// <summary>
    /// What only the end of the call settled (the last turn waits for a pause that never comes): the tracker returns
    /// it in the result, not as events, so it is the result's events not already reported, in time order.
    /// </summary>
    private List<DynamicsEvent> Unsettled(DynamicsResult result)
    {
        var all = new List<DynamicsEvent>();
        all.AddRange(result.Turns.Select(t => new DynamicsEvent(DynamicsEventKind.Turn, t.Start, t.End, t.Party)));
        all.AddRange(result.Overtalks.Select(o => new DynamicsEvent(DynamicsEventKind.Overtalk, o.Start, o.End, o.StartedBy, o)));
        all.AddRange(result.NonTalk.Select(n => new DynamicsEvent(DynamicsEventKind.NonTalk, n.Start, n.End)));
        all.AddRange(result.Monologues.Select(m => new DynamicsEvent(DynamicsEventKind.Monologue, m.Start, m.End, Party.Advisor)));
        if (result.LongSilenceAlertAt is { } at)
        {
            all.Add(new DynamicsEvent(DynamicsEventKind.LongSilenceAlert, at, at));
        }

        all.RemoveAll(_settled.Contains);
        all.Sort((x, y) => x.End.CompareTo(y.End));
        return all;
    }

    private void Settle(IReadOnlyList<DynamicsEvent> events)
    {
        foreach (var e in events)
        {
            _settled.Add(e);
            _updates.Add(new LiveCallUpdate(LiveCallUpdateKind.Dynamics, Position, e.Start, e.End, e.Party) { Dynamics = e });
            if (e.Kind is DynamicsEventKind.Overtalk or DynamicsEventKind.LongSilenceAlert)
            {
                Nudge(e);
            }
        }
    }

    private void Nudge(DynamicsEvent e)
    {
        if (_nudges is null)
        {
            return;
        }

        var candidates = _nudges.FromDynamics(e);
        if (candidates.Count == 0)
        {
            return;
        }

        foreach (var nudge in _policy!.Offer(candidates))
        {
            _updates.Add(new LiveCallUpdate(LiveCallUpdateKind.Nudge, Position, nudge.Time, nudge.Time) { Nudge = nudge });
        }
    }
}
