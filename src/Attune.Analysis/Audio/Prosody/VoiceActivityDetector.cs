namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Online voice activity detection for one channel, fed with the <see cref="PitchFrame"/>s of a
/// <see cref="YinPitchTracker"/> (level, voicing and aperiodicity of every 10 ms hop); it never reads samples.
/// <para>
/// Noise floor: minimum statistics (R. Martin, "Noise power spectral density estimation based on optimal smoothing
/// and minimum statistics", IEEE Trans. Speech Audio Process. 9(5), 2001) on the broadband frame level: the lowest
/// frame level within <see cref="VoiceActivityOptions.FloorWindowSeconds"/>, kept as a ring of sub-window minima.
/// The floor drops to a lower minimum at once; outside speech it is the window minimum (steady line noise is
/// absorbed within the window), inside a segment it rises at a bounded rate only, so that a long utterance
/// cannot lift it into the speech. It never goes below
/// <see cref="VoiceActivityOptions.MinFloorDbfs"/> (digital silence and G.711 quantisation steps).
/// </para>
/// <para>
/// Decision: a frame is speech when it is voiced and <see cref="VoiceActivityOptions.VoicedOnsetDb"/> above the
/// floor, or loud (<see cref="VoiceActivityOptions.OnsetDb"/>) whatever its periodicity. Only voiced frames open a
/// segment, and only a run of them (<see cref="VoiceActivityOptions.MinVoicedSeconds"/>) confirms it: noise, even
/// loud, is aperiodic and clicks are short. Once confirmed the segment's start is moved back over the contiguous
/// frames just above the floor (<see cref="VoiceActivityOptions.BoundaryDb"/>, at most
/// <see cref="VoiceActivityOptions.LookBackSeconds"/>) so that an unvoiced consonant before the vowel is included.
/// A hangover bridges pauses inside an utterance; when it runs out the segment ends where the last speech frame's
/// decaying tail meets the floor, not at the end of the hangover. Segments shorter than
/// <see cref="VoiceActivityOptions.MinSpeechSeconds"/> are dropped. Voiced frames far under the channel's own
/// running speech level (<see cref="VoiceActivityOptions.CrosstalkDb"/>) are the other party leaking in, not speech.
/// </para>
/// Constant work and no allocation per frame. The decision lags the audio by the confirmation run (30 ms); a
/// segment is reported closed a hangover after its end. Not thread-safe: one instance per channel.
/// </summary>
public sealed class VoiceActivityDetector
{
    private const int SubWindows = 6;
    private const double NoiseTimeConstantSeconds = 0.3;
    private const float NoiseSpread = 3; // mean absolute deviations above the noise mean that count as "above the noise"

    private enum State
    {
        Silence,
        Pending,
        Speech,
    }

    private readonly VoiceActivityOptions _options;
    private readonly double _hop;
    private readonly double _halfHop;
    private readonly float[] _subMinima = new float[SubWindows];
    private readonly int _subWindowFrames;
    private readonly int _minVoicedFrames;
    private readonly float _risePerFrame;

    private int _subIndex;
    private int _subCount;
    private float _currentMinimum = float.MaxValue;
    private float _floor;
    private float _noiseMean;             // running mean level of the frames judged noise (dB), not below the floor
    private float _noiseDeviation = 1;    // running mean absolute deviation of those frames (dB)
    private readonly float _noiseRate;
    private readonly float _speechLevelDecayPerFrame;
    private bool _seenUnvoiced; // unvoiced frames have been seen: the window minimum can be trusted as the floor
    private int _unvoicedRun;
    private float _speechLevel = FrameLevel.FloorDbfs; // running peak level of this channel's voiced speech (dBFS)

    private State _state;
    private double _boundaryRunStart = double.NaN; // first frame of the current run of frames above the boundary level
    private double _segmentStart;                  // start time (frame centre) of the pending or open segment
    private double _lastSpeech;                    // centre of the last speech frame
    private double _lastVoiced;                    // centre of the last voiced speech frame
    private double _tailEnd;                       // centre of the last frame of the tail after the last speech frame
    private int _voicedRun;
    private bool _confirmedRun;
    private double _previousTime = double.NaN;
    private double _previousEnd = double.NegativeInfinity; // end of the last closed segment: the next one starts after it

    public VoiceActivityDetector(VoiceActivityOptions? options = null)
    {
        _options = options ?? new VoiceActivityOptions();
        if (_options.HopSeconds <= 0 || _options.FloorWindowSeconds < _options.HopSeconds * SubWindows)
        {
            throw new ArgumentException("HopSeconds must be positive and FloorWindowSeconds at least six hops.", nameof(options));
        }

        _hop = _options.HopSeconds;
        _halfHop = _hop / 2;
        _subWindowFrames = Math.Max(1, (int)Math.Round(_options.FloorWindowSeconds / _hop / SubWindows));
        _minVoicedFrames = Math.Max(1, (int)Math.Round(_options.MinVoicedSeconds / _hop));
        _risePerFrame = (float)(_options.FloorRiseDbPerSecond * _hop);
        _speechLevelDecayPerFrame = (float)(_options.SpeechLevelDecayDbPerSecond * _hop);
        _noiseRate = (float)Math.Min(1, _hop / NoiseTimeConstantSeconds);
        _subMinima.AsSpan().Fill(float.MaxValue);
        _floor = (float)_options.MinFloorDbfs;
        _noiseMean = _floor;
    }

    /// <summary>The current decision: inside a confirmed speech segment (including its hangover).</summary>
    public bool InSpeech => _state == State.Speech;

    /// <summary>Start (s) of the confirmed segment in progress, if any.</summary>
    public double? OpenSegmentStart => _state == State.Speech ? _segmentStart - _halfHop : null;

    /// <summary>
    /// Start (s) of the segment being decided: pending (voiced onset not yet confirmed) or open; null in silence. A live
    /// caller must not settle anything past it: a pending segment may still be confirmed and reported with this start.
    /// </summary>
    public double? CandidateSegmentStart => _state == State.Silence ? null : Math.Max(0, _segmentStart - _halfHop);

    /// <summary>End (s) of the last frame judged speech in the pending or open segment; null in silence.</summary>
    public double? LastSpeechEnd => _state == State.Silence ? null : _lastSpeech + _halfHop;

    /// <summary>
    /// Earliest start (s) a segment not yet begun can be given, once the frames so far are processed: a new segment's
    /// start is moved back at most <see cref="VoiceActivityOptions.LookBackSeconds"/> from the frame that opens it.
    /// </summary>
    public double EarliestNewSegmentStart => Math.Max(0, (Frames * _hop) - _options.LookBackSeconds - _halfHop);

    /// <summary>Current noise floor estimate (dBFS).</summary>
    public double NoiseFloorDbfs => _floor;

    /// <summary>Frames processed.</summary>
    public long Frames { get; private set; }

    /// <summary>Frames inside the segments closed so far.</summary>
    public long SpeechFrames { get; private set; }

    /// <summary>Feed the next frame (frames in time order, one hop apart); segments that close are appended to <paramref name="closed"/>.</summary>
    public void Process(in PitchFrame frame, ICollection<SpeechSegment> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        Frames++;
        var t = frame.Time;
        var db = frame.Dbfs;
        UpdateFloor(db, frame.Voiced);

        // The window minimum sits below the mean of the noise by its fluctuation (a couple of dB for white noise, more for
        // pink): thresholds are also kept above the upper edge of the noise, its running mean plus three deviations.
        var floor = _floor;
        var noiseEdge = _noiseMean + NoiseSpread * _noiseDeviation;
        // Voiced frames far under this channel's own speech level are the other party leaking in (crosstalk, echo).
        _speechLevel -= _speechLevelDecayPerFrame;
        var voicedSpeech = frame.Voiced && db > Math.Max(floor + _options.VoicedOnsetDb, noiseEdge)
            && db > _speechLevel - _options.CrosstalkDb;
        if (voicedSpeech && db > _speechLevel)
        {
            _speechLevel = db;
        }

        var speech = voicedSpeech || db > Math.Max(floor + _options.OnsetDb, noiseEdge + _options.BoundaryDb);
        var boundary = db > Math.Max(Math.Max(floor + _options.BoundaryDb, noiseEdge), _speechLevel - _options.TailRangeDb);
        if (_state == State.Silence && !speech)
        {
            UpdateNoise(db);
        }

        // A frame more than a hop after the previous one breaks contiguity (a gap in the stream).
        var contiguous = !double.IsNaN(_previousTime) && t - _previousTime < _hop * 1.5;
        _previousTime = t;
        if (boundary || speech)
        {
            if (double.IsNaN(_boundaryRunStart) || !contiguous)
            {
                _boundaryRunStart = t;
            }
        }
        else
        {
            _boundaryRunStart = double.NaN;
        }

        _voicedRun = voicedSpeech ? _voicedRun + 1 : 0;

        switch (_state)
        {
            case State.Silence:
                if (voicedSpeech)
                {
                    _state = State.Pending;
                    _segmentStart = Math.Max(Math.Max(_boundaryRunStart, t - _options.LookBackSeconds), _previousEnd + _halfHop);
                    _lastSpeech = _lastVoiced = _tailEnd = t;
                    _confirmedRun = _voicedRun >= _minVoicedFrames;
                }

                break;

            case State.Pending:
            case State.Speech:
                if (speech)
                {
                    _lastSpeech = _tailEnd = t;
                    if (voicedSpeech)
                    {
                        _lastVoiced = t;
                    }
                }
                else if (boundary && contiguous && t - _tailEnd < _hop * 1.5)
                {
                    _tailEnd = t;
                }

                _confirmedRun |= _voicedRun >= _minVoicedFrames;
                // The hangover runs from the end of the tail: a quiet consonant just above the noise (a final "s" in line
                // noise) continues the speech it is attached to, as in a double-threshold (hysteresis) detector.
                if (t - _tailEnd > _options.HangoverSeconds)
                {
                    Close(closed, _tailEnd);
                    break;
                }

                if (t - _lastVoiced > _options.MaxUnvoicedSeconds)
                {
                    // Loud aperiodic frames went on too long for speech (line noise switched on): the speech ended with
                    // its last voiced frame.
                    Close(closed, _lastVoiced);
                    break;
                }

                if (_state == State.Pending && _confirmedRun && _lastSpeech - _segmentStart + _hop >= _options.MinSpeechSeconds)
                {
                    _state = State.Speech;
                }

                break;
        }
    }

    /// <summary>End of stream: closes an open segment (a pending one that already qualifies is kept).</summary>
    public void Flush(ICollection<SpeechSegment> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        if (_state != State.Silence)
        {
            Close(closed, _tailEnd);
        }
    }

    /// <summary>Ends the pending or open segment at the frame centred on <paramref name="last"/>; reports it if it qualifies.</summary>
    private void Close(ICollection<SpeechSegment> closed, double last)
    {
        var end = last + _halfHop;
        var start = _segmentStart - _halfHop;
        if (_confirmedRun && end - start >= _options.MinSpeechSeconds - 1e-9)
        {
            closed.Add(new SpeechSegment(Math.Max(0, start), end));
            SpeechFrames += (long)Math.Round((end - start) / _hop);
            _previousEnd = end;
        }

        _state = State.Silence;
        _confirmedRun = false;
    }

    /// <summary>Mean and mean absolute deviation of the noise frames, levels taken no lower than the floor.</summary>
    private void UpdateNoise(float db)
    {
        var level = Math.Max(db, _floor);
        _noiseMean += _noiseRate * (level - _noiseMean);
        _noiseMean = Math.Clamp(_noiseMean, _floor, _floor + (float)_options.OnsetDb);
        _noiseDeviation += _noiseRate * (Math.Abs(level - _noiseMean) - _noiseDeviation);
    }

    /// <summary>Minimum statistics over a ring of sub-window minima; fast fall, bounded rise, absolute lower bound.</summary>
    private void UpdateFloor(float db, bool voiced)
    {
        // A run of unvoiced frames (50 ms), not a single one: the first frame of a file is half padding and may be
        // judged unvoiced whatever follows.
        _unvoicedRun = voiced ? 0 : _unvoicedRun + 1;
        _seenUnvoiced |= _unvoicedRun >= 5;
        if (db < _currentMinimum)
        {
            _currentMinimum = db;
        }

        if (++_subCount == _subWindowFrames)
        {
            _subMinima[_subIndex] = _currentMinimum;
            _subIndex = (_subIndex + 1) % SubWindows;
            _subCount = 0;
            _currentMinimum = float.MaxValue;
        }

        var minimum = _currentMinimum;
        for (var i = 0; i < SubWindows; i++)
        {
            minimum = Math.Min(minimum, _subMinima[i]);
        }

        var lowest = (float)_options.MinFloorDbfs;
        minimum = Math.Max(minimum, lowest);
        // Outside speech the floor is the window minimum itself (Martin's estimate); inside a segment it may only creep
        // up, so that a long stretch of speech without a pause cannot lift the floor into the speech.
        // When a recording starts mid-utterance (an IVR-trimmed call, a greeting at 0:00) the first window may hold
        // nothing but voiced speech: its minimum is the speech itself and, taken as the floor, would hide that first
        // utterance. Until unvoiced frames (a pause, a consonant, line noise) have been seen, the floor only creeps up.
        var creep = _state != State.Silence || !_seenUnvoiced;
        _floor = minimum <= _floor || !creep ? minimum : Math.Min(minimum, _floor + _risePerFrame);
    }
}
