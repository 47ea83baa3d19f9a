namespace Attune.Analysis.Audio.Prosody;

/// <summary>
/// Online syllable-nucleus detection for speaking rate, after N. H. de Jong &amp; T. Wempe, "Praat script to detect
/// syllable nuclei and measure speech rate automatically", Behavior Research Methods 41(2), 2009: nuclei are peaks of
/// the intensity envelope that stand out by at least 2 dB from the dips around them, lie above a silence threshold
/// relative to the speaker's loud level (−25 dB) and are voiced. Fed with the <see cref="PitchFrame"/>s of a
/// <see cref="YinPitchTracker"/>; it never reads samples.
/// <para>
/// The envelope is the 10 ms frame power smoothed with a 5-tap binomial kernel (about 40 ms, close to the paper's
/// intensity window for a 50 Hz minimum pitch), which delays it by two frames. Peaks are picked online with a
/// hysteresis of <see cref="SpeakingRateOptions.MinDipDb"/>: a peak is confirmed once the envelope has fallen that
/// far below it, and the next one can start only after it has risen that far above the dip in between — so every
/// nucleus has a dip of at least 2 dB on both sides. Where the paper takes the 99th percentile of the whole file as
/// the loud level, an online analyser keeps a running maximum that decays slowly.
/// </para>
/// Constant work and no allocation per frame; a nucleus is reported a few frames after its peak. One instance per channel.
/// </summary>
public sealed class SyllableNucleusDetector
{
    private const int Taps = 5;
    private const float SilentPower = 1e-12f; // -120 dBFS
    private static readonly float[] Kernel = [1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f];

    private readonly SpeakingRateOptions _options;
    private readonly float[] _power = new float[Taps];
    private readonly bool[] _voiced = new bool[Taps];
    private readonly double[] _time = new double[Taps];
    private readonly float _levelDecayPerFrame;
    private int _head; // index of the oldest frame in the rings
    private long _pushed;

    private bool _seekingPeak;
    private float _dip = FrameLevel.FloorDbfs;
    private float _peak;
    private double _peakTime;
    private bool _peakVoiced;
    private float _level = FrameLevel.FloorDbfs;

    public SyllableNucleusDetector(SpeakingRateOptions? options = null)
    {
        _options = options ?? new SpeakingRateOptions();
        if (_options.HopSeconds <= 0 || _options.MinDipDb <= 0)
        {
            throw new ArgumentException("HopSeconds and MinDipDb must be positive.", nameof(options));
        }

        _levelDecayPerFrame = (float)(_options.LevelDecayDbPerSecond * _options.HopSeconds);
        _power.AsSpan().Fill(SilentPower);
    }

    /// <summary>Nuclei reported so far.</summary>
    public long Count { get; private set; }

    /// <summary>Feed the next frame (frames in time order, one hop apart); the time (s) of each confirmed nucleus is appended to <paramref name="nuclei"/>.</summary>
    public void Process(in PitchFrame frame, ICollection<double> nuclei)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        Push(MathF.Pow(10, frame.Dbfs / 10), frame.Voiced, frame.Time, nuclei);
    }

    /// <summary>End of stream: runs the envelope out over silence and reports a last peak.</summary>
    public void Flush(ICollection<double> nuclei)
    {
        ArgumentNullException.ThrowIfNull(nuclei);
        var newest = _time[(_head + Taps - 1) % Taps];
        for (var i = 1; i <= Taps / 2; i++)
        {
            Push(SilentPower, false, newest + i * _options.HopSeconds, nuclei);
        }

        if (_seekingPeak)
        {
            Confirm(nuclei);
        }

        _seekingPeak = false;
        _dip = FrameLevel.FloorDbfs;
        _pushed = 0;
        _power.AsSpan().Fill(SilentPower);
        _voiced.AsSpan().Clear();
    }

    private void Push(float power, bool voiced, double time, ICollection<double> nuclei)
    {
        _power[_head] = power;
        _voiced[_head] = voiced;
        _time[_head] = time;
        _head = (_head + 1) % Taps;
        if (++_pushed <= Taps / 2)
        {
            return; // the envelope at the first frame needs the two after it
        }

        // _head is now the oldest of the five; the centre frame is two after it.
        double sum = 0;
        for (var k = 0; k < Taps; k++)
        {
            sum += Kernel[k] * _power[(_head + k) % Taps];
        }

        var centre = (_head + 2) % Taps;
        var envelope = sum <= SilentPower ? FrameLevel.FloorDbfs : (float)(10 * Math.Log10(sum));
        var voicedNear = _voiced[centre] || _voiced[(_head + 1) % Taps] || _voiced[(_head + 3) % Taps];
        Step(envelope, voicedNear, _time[centre], nuclei);
    }

    private void Step(float envelope, bool voiced, double time, ICollection<double> nuclei)
    {
        _level = Math.Max(envelope, _level - _levelDecayPerFrame);
        var minDip = (float)_options.MinDipDb;
        if (_seekingPeak)
        {
            if (envelope > _peak)
            {
                _peak = envelope;
                _peakTime = time;
                _peakVoiced = voiced;
            }
            else if (envelope < _peak - minDip)
            {
                Confirm(nuclei);
                _seekingPeak = false;
                _dip = envelope;
            }
        }
        else if (envelope < _dip)
        {
            _dip = envelope;
        }
        else if (envelope > _dip + minDip)
        {
            _seekingPeak = true;
            _peak = envelope;
            _peakTime = time;
            _peakVoiced = voiced;
        }
    }

    private void Confirm(ICollection<double> nuclei)
    {
        if (_peak < _options.MinPeakDbfs || _peak < _level - _options.SilenceDb || (_options.RequireVoiced && !_peakVoiced))
        {
            return;
        }

        Count++;
        nuclei.Add(_peakTime);
    }
}
