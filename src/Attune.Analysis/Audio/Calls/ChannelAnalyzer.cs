using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>
/// The online analysis of one channel of a call: samples in (any block size, whole file or live stream),
/// then a DC blocker, the YIN pitch tracker, voice activity, syllable nuclei, BS.1770 loudness and the prosody
/// track, frame by frame. Every analyser sees each 10 ms frame once; nothing is kept per sample, so memory
/// does not grow with the length of the call. Not thread-safe: one instance per channel.
/// </summary>
public sealed class ChannelAnalyzer
{
    /// <summary>A sample at or above this magnitude counts as clipped.</summary>
    public const float ClipLevel = 0.999f;

    // One-pole DC blocker y[n] = x[n] − x[n−1] + R·y[n−1] (J. O. Smith, "Introduction to Digital Filters",
    // the DC blocker): a DC offset would raise every frame's level and with it the noise floor, hiding quiet speech.
    // The corner is 20 Hz whatever the rate: below the lowest voice pitch searched (60 Hz, about 0.5 dB down there),
    // and fast enough (8 ms time constant) that the filter's own decay after speech stops abruptly does not read as
    // speech for tens of milliseconds, as a 5 Hz corner did. Loudness is measured on the raw samples: BS.1770's own
    // high-pass already removes DC.
    private readonly float _dcPole;
    private float _dcX1;
    private float _dcY1;

    private readonly YinPitchTracker _pitch;
    private readonly VoiceActivityDetector _vad;
    private readonly SyllableNucleusDetector _nuclei;
    private readonly LoudnessMeter _loudness;
    private readonly ProsodyTrack _track;
    private readonly List<PitchFrame> _frames = new(64);
    private readonly List<SpeechSegment> _closed = new(4);
    private readonly List<double> _nucleusTimes = new(8);
    private readonly List<SpeechSegment> _speech = [];
    private float[] _scratch = new float[4096];

    private long _samples;
    private long _clipped;
    private double _sum;
    private float _peak;
    private float _maxFrameDbfs = FrameLevel.FloorDbfs;

    public ChannelAnalyzer(Party party, int sampleRate, CallAudioOptions? options = null)
    {
        options ??= CallAudioOptions.Default;
        Party = party;
        SampleRate = sampleRate;
        _dcPole = (float)Math.Exp(-2 * Math.PI * 20.0 / sampleRate);
        _pitch = new YinPitchTracker(sampleRate, options.Pitch);
        _vad = new VoiceActivityDetector(options.VoiceActivity);
        _nuclei = new SyllableNucleusDetector(options.SpeakingRate);
        _loudness = new LoudnessMeter(sampleRate, 1);
        _track = new ProsodyTrack(options.Pitch.HopSeconds);
    }

    public Party Party { get; }

    public int SampleRate { get; }

    /// <summary>Speech segments closed so far, in time order.</summary>
    public IReadOnlyList<SpeechSegment> Speech => _speech;

    public ProsodyTrack Track => _track;

    public VoiceActivityDetector VoiceActivity => _vad;

    /// <summary>Seconds of audio pushed.</summary>
    public double Seconds => (double)_samples / SampleRate;

    /// <summary>
    /// Analyses the next block of samples (±1.0 full scale). Speech segments that closed during the block are
    /// appended to <paramref name="closedSegments"/> when given (live callers react to them at once).
    /// </summary>
    public void Push(ReadOnlySpan<float> samples, ICollection<SpeechSegment>? closedSegments = null)
    {
        if (samples.IsEmpty)
        {
            return;
        }

        if (_scratch.Length < samples.Length)
        {
            _scratch = new float[samples.Length];
        }

        var block = _scratch.AsSpan(0, samples.Length);
        Condition(samples, block);
        _loudness.Push(samples);
        _frames.Clear();
        _pitch.Push(block, _frames);
        Consume(closedSegments);
    }

    /// <summary>End of stream: the last frames are analysed and an open speech segment is closed.</summary>
    public void Flush(ICollection<SpeechSegment>? closedSegments = null)
    {
        _frames.Clear();
        _pitch.Flush(_frames);
        Consume(closedSegments);
        _closed.Clear();
        _vad.Flush(_closed);
        _nucleusTimes.Clear();
        _nuclei.Flush(_nucleusTimes);
        Collect(closedSegments);
    }

    /// <summary>What was measured, once the stream has been flushed.</summary>
    public ChannelAudio Result(int channelIndex)
    {
        var lufs = _loudness.IntegratedOf(0);
        return new ChannelAudio
        {
            Party = Party,
            ChannelIndex = channelIndex,
            Seconds = Seconds,
            Speech = _speech.ToArray(),
            SpeechSeconds = _speech.Sum(s => s.Duration),
            IntegratedLufs = double.IsFinite(lufs) ? lufs : null,
            NoiseFloorDbfs = _vad.NoiseFloorDbfs,
            PeakDbfs = _peak > 0 ? 20 * Math.Log10(_peak) : FrameLevel.FloorDbfs,
            LoudestFrameDbfs = _maxFrameDbfs,
            ClippedShare = _samples == 0 ? 0 : (double)_clipped / _samples,
            DcOffset = _samples == 0 ? 0 : _sum / _samples,
            Nuclei = _nuclei.Count,
            Track = _track,
        };
    }

    private void Condition(ReadOnlySpan<float> input, Span<float> output)
    {
        var x1 = _dcX1;
        var y1 = _dcY1;
        var pole = _dcPole;
        var peak = _peak;
        var sum = 0.0;
        long clipped = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var x = input[i];
            var magnitude = Math.Abs(x);
            if (magnitude > peak)
            {
                peak = magnitude;
            }

            if (magnitude >= ClipLevel)
            {
                clipped++;
            }

            sum += x;
            var y = x - x1 + pole * y1;
            x1 = x;
            y1 = y;
            output[i] = y;
        }

        _dcX1 = x1;
        _dcY1 = y1;
        _peak = peak;
        _sum += sum;
        _clipped += clipped;
        _samples += input.Length;
    }

    private void Consume(ICollection<SpeechSegment>? closedSegments)
    {
        _closed.Clear();
        _nucleusTimes.Clear();
        foreach (var frame in _frames)
        {
            _vad.Process(frame, _closed);
            _nuclei.Process(frame, _nucleusTimes);
            var active = frame.Dbfs > _vad.NoiseFloorDbfs + 6;
            _track.Add(frame, active);
            if (frame.Dbfs > _maxFrameDbfs)
            {
                _maxFrameDbfs = frame.Dbfs;
            }
        }

        Collect(closedSegments);
    }

    private void Collect(ICollection<SpeechSegment>? closedSegments)
    {
        foreach (var s in _closed)
        {
            _speech.Add(s);
            closedSegments?.Add(s);
        }

        foreach (var t in _nucleusTimes)
        {
            _track.AddNucleus(t);
        }
    }
}
