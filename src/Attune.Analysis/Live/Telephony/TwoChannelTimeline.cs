using Attune.Analysis.Conversations;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// The customer and advisor channels of a live call on one sample clock. Protocol handlers write decoded audio at the
/// sample position the protocol gives it (Twilio: media timestamp; AudioHook: stream position); holes are filled with
/// silence and audio for a position already written (a duplicate or a frame later than the reorder window) is trimmed,
/// so sample <c>n</c> of both channels is always the same instant. Readers take only the part both channels have
/// reached (<see cref="Available"/>), which is what the two-channel analyzers (dynamics, overtalk) need.
/// </summary>
public sealed class TwoChannelTimeline
{
    private readonly SampleQueue _customer = new();
    private readonly SampleQueue _advisor = new();

    /// <param name="sampleRate">Samples per second of both channels.</param>
    /// <param name="maxSkewSamples">
    /// How far one channel may run ahead of the other before the lagging one is padded with silence (a track that
    /// stopped sending must not hold the other back for ever). 0 = never pad on skew, only on <see cref="Flush"/>.
    /// </param>
    public TwoChannelTimeline(int sampleRate, int maxSkewSamples = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSkewSamples);
        SampleRate = sampleRate;
        MaxSkewSamples = maxSkewSamples;
    }

    public int SampleRate { get; }

    public int MaxSkewSamples { get; }

    /// <summary>Samples already handed out by <see cref="Read"/> (the position of the next read).</summary>
    public long ReadPosition { get; private set; }

    /// <summary>Samples both channels have and <see cref="Read"/> can return now.</summary>
    public int Available => (int)Math.Min(_customer.End, _advisor.End) - (int)ReadPosition;

    /// <summary>Silence samples inserted into the customer channel for missing audio (gaps and skew padding).</summary>
    public long CustomerGapSamples { get; private set; }

    /// <summary>Silence samples inserted into the advisor channel for missing audio.</summary>
    public long AdvisorGapSamples { get; private set; }

    /// <summary>Customer samples dropped because their position was already written (duplicates, too-late frames).</summary>
    public long CustomerDroppedSamples { get; private set; }

    /// <summary>Advisor samples dropped because their position was already written.</summary>
    public long AdvisorDroppedSamples { get; private set; }

    /// <summary>Absolute end (one past the last sample) of a channel.</summary>
    public long EndOf(Party party) => Queue(party).End;

    /// <summary>
    /// Places <paramref name="samples"/> of <paramref name="party"/> (Customer or Advisor) at absolute sample
    /// <paramref name="position"/>: a hole before it becomes silence, a part before the channel's end is dropped.
    /// Returns the samples actually appended.
    /// </summary>
    public int Write(Party party, long position, ReadOnlySpan<float> samples)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        var queue = Queue(party);
        var customer = party == Party.Customer;
        if (position > queue.End)
        {
            var hole = (int)(position - queue.End);
            queue.AppendSilence(hole);
            AddGap(customer, hole);
        }
        else if (position < queue.End)
        {
            var overlap = (int)Math.Min(queue.End - position, samples.Length);
            samples = samples[overlap..];
            if (customer)
            {
                CustomerDroppedSamples += overlap;
            }
            else
            {
                AdvisorDroppedSamples += overlap;
            }
        }

        queue.Append(samples);
        if (MaxSkewSamples > 0)
        {
            var other = customer ? _advisor : _customer;
            var behind = queue.End - other.End - MaxSkewSamples;
            if (behind > 0)
            {
                other.AppendSilence((int)behind);
                AddGap(!customer, behind);
            }
        }

        return samples.Length;
    }

    /// <summary>Appends <paramref name="samples"/> at the current end of <paramref name="party"/>'s channel.</summary>
    public int Append(Party party, ReadOnlySpan<float> samples) => Write(party, Queue(party).End, samples);

    /// <summary>Moves both channels to at least <paramref name="position"/>, filling with silence (discarded audio, pauses).</summary>
    public void PadTo(long position)
    {
        foreach (var customer in new[] { true, false })
        {
            var queue = customer ? _customer : _advisor;
            if (position > queue.End)
            {
                var hole = (int)(position - queue.End);
                queue.AppendSilence(hole);
                AddGap(customer, hole);
            }
        }
    }

    /// <summary>End of stream: pads the shorter channel so both end at the same sample.</summary>
    public void Flush() => PadTo(Math.Max(_customer.End, _advisor.End));

    /// <summary>
    /// Copies up to <see cref="Available"/> aligned samples into <paramref name="customer"/> and
    /// <paramref name="advisor"/> (same length) and returns how many.
    /// </summary>
    public int Read(Span<float> customer, Span<float> advisor)
    {
        var n = Math.Min(Math.Min(customer.Length, advisor.Length), Available);
        _customer.Take(customer[..n]);
        _advisor.Take(advisor[..n]);
        ReadPosition += n;
        return n;
    }

    private SampleQueue Queue(Party party) => party switch
    {
        Party.Customer => _customer,
        Party.Advisor => _advisor,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "a call timeline has a customer and an advisor channel"),
    };

    private void AddGap(bool customer, long samples)
    {
        if (customer)
        {
            CustomerGapSamples += samples;
        }
        else
        {
            AdvisorGapSamples += samples;
        }
    }
}
