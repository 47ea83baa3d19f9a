using System.Globalization;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Calls;

/// <summary>
/// The audio half of a call analysis: both channels through <see cref="ChannelAnalyzer"/>, then the conversation
/// dynamics over their speech. Online (<see cref="Push"/> blocks as they arrive, <see cref="Complete"/> at the end);
/// <see cref="Analyze(WavReader, CallAudioOptions?, CancellationToken)"/> streams a file through the same path.
/// </summary>
public sealed class CallAudioAnalyzer
{
    private readonly CallAudioOptions _options;
    private readonly AudioFormat _format;
    private readonly ChannelAnalyzer _customer;
    private readonly ChannelAnalyzer? _advisor;
    private CallAudio? _result;

    /// <param name="format">The recording's format; a mono recording is analysed as the customer's channel only.</param>
    public CallAudioAnalyzer(AudioFormat format, CallAudioOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        _options = options ?? CallAudioOptions.Default;
        _format = format;
        _customer = new ChannelAnalyzer(Party.Customer, format.SampleRate, _options);
        if (format.Channels >= 2)
        {
            _advisor = new ChannelAnalyzer(Party.Advisor, format.SampleRate, _options);
        }
    }

    public ChannelAnalyzer Customer => _customer;

    public ChannelAnalyzer? Advisor => _advisor;

    /// <summary>Analyses the next block: the customer's samples and the advisor's (same length; ignored for mono).</summary>
    public void Push(ReadOnlySpan<float> customer, ReadOnlySpan<float> advisor)
    {
        if (_result is not null)
        {
            throw new InvalidOperationException("The analysis is complete.");
        }

        _customer.Push(customer);
        _advisor?.Push(advisor);
    }

    /// <summary>Ends the stream and returns the analysis.</summary>
    public CallAudio Complete()
    {
        if (_result is not null)
        {
            return _result;
        }

        _customer.Flush();
        _advisor?.Flush();
        var customerChannel = _format.Channels >= 2 ? _options.CustomerChannel : 0;
        var customer = _customer.Result(customerChannel);
        var advisor = _advisor?.Result(1 - customerChannel);
        var duration = customer.Seconds;
        var segments = new List<PartySegment>(customer.Speech.Count + (advisor?.Speech.Count ?? 0));
        foreach (var s in customer.Speech)
        {
            segments.Add(new PartySegment(Party.Customer, s.Start, s.End));
        }

        if (advisor is not null)
        {
            foreach (var s in advisor.Speech)
            {
                segments.Add(new PartySegment(Party.Advisor, s.Start, s.End));
            }
        }

        var dynamics = DynamicsAnalyzer.Analyze(segments, duration, _options.Dynamics);
        _result = new CallAudio
        {
            Format = _format,
            Duration = duration,
            Customer = customer,
            Advisor = advisor,
            Dynamics = dynamics,
            Notes = Notes(customer, advisor, _format),
        };
        return _result;
    }

    /// <summary>Streams a WAV file through a new analyser (never loading it whole).</summary>
    public static CallAudio Analyze(WavReader reader, CallAudioOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= CallAudioOptions.Default;
        var format = reader.Format;
        if (options.CustomerChannel is < 0 or > 1 || (options.CustomerChannel == 1 && format.Channels < 2))
        {
            throw new ArgumentException($"Customer channel {options.CustomerChannel} does not exist in a {format.Channels}-channel recording.", nameof(options));
        }

        var analyzer = new CallAudioAnalyzer(format, options);
        var left = new float[options.BlockFrames];
        var right = new float[options.BlockFrames];
        var swap = format.Channels >= 2 && options.CustomerChannel == 1;
        int n;
        while ((n = reader.Read(left, format.Channels >= 2 ? right : Span<float>.Empty)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (swap)
            {
                analyzer.Push(right.AsSpan(0, n), left.AsSpan(0, n));
            }
            else
            {
                analyzer.Push(left.AsSpan(0, n), right.AsSpan(0, n));
            }
        }

        return analyzer.Complete();
    }

    /// <summary>What a person reading the report must know about what could and could not be measured.</summary>
    private static List<string> Notes(ChannelAudio customer, ChannelAudio? advisor, AudioFormat format)
    {
        var notes = new List<string>();
        if (advisor is null)
        {
            notes.Add($"The recording is mono ({format}): both parties share one channel, so it was analysed as the customer's voice; " +
                "talk time per party, talk ratio, overtalk, interruptions, backchannels, monologues and response times need a dual-channel " +
                "recording (customer and advisor on separate channels) and were not measured; silences were.");
        }

        Describe(customer, "customer", notes);
        if (advisor is not null)
        {
            Describe(advisor, "advisor", notes);
        }

        return notes;
    }

    /// <summary>
    /// A noise floor above this (dBFS) is audible line hiss: a clean digital line sits near the detector's floor
    /// (-70 dBFS), an ordinary analogue line around -60.
    /// </summary>
    private const double NoisyLineDbfs = -55;

    private static void Describe(ChannelAudio channel, string who, List<string> notes)
    {
        var side = channel.ChannelIndex == 0 ? "left" : "right";
        if (channel.LoudestFrameDbfs <= FrameLevel.FloorDbfs + 1 || channel.PeakDbfs < -70)
        {
            notes.Add($"The {who}'s channel ({side}) is silent: no pitch, loudness, speaking rate or arousal could be measured for the {who}.");
            return;
        }

        if (channel.Speech.Count == 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"No speech was found on the {who}'s channel ({side}); it holds only noise or hum (loudest frame {channel.LoudestFrameDbfs:0} dBFS, noise floor {channel.NoiseFloorDbfs:0} dBFS), so nothing was measured for the {who}."));
        }
        else if (channel.NoiseFloorDbfs > NoisyLineDbfs)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The {who}'s line is noisy (noise floor {channel.NoiseFloorDbfs:0} dBFS): quiet sounds at the edges of speech may be lost in the noise, so turn boundaries and pauses are less precise."));
        }

        if (channel.ClippedShare > 0.001)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The {who}'s channel ({side}) is clipped ({channel.ClippedShare:P1} of samples at full scale): loudness is understated and the loudest moments cannot be compared."));
        }

        if (Math.Abs(channel.DcOffset) > 0.01)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The {who}'s channel ({side}) has a DC offset of {channel.DcOffset:0.000} full scale; it was removed before analysis."));
        }
    }
}
