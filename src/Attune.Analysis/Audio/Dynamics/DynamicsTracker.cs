using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// Online conversation dynamics for a live call: fed with each party's speech segments as that channel's voice
/// activity closes them, it settles overtalk (interruptions, backchannels, overlaps), non-talk, the long-silence
/// alert, monologues and turns as soon as they can no longer change. <see cref="DynamicsAnalyzer.Analyze"/> is a
/// replay through this class, so batch and live give the same figures.
/// </summary>
/// <remarks>
/// Contract: per party, segments come in order of start (the two parties interleaved in any order). Call
/// <see cref="Advance"/> with the time up to which both channels have been analysed; a segment still open on a
/// channel is announced with <see cref="SpeechStarted"/> when it opens (or keep <see cref="Advance"/> at or before
/// its start), so the tracker knows that party is speaking. Nothing is settled past the earliest open segment.
/// </remarks>
public sealed partial class DynamicsTracker
{
    private readonly DynamicsOptions options;
    private readonly PartyState customer = new(Party.Customer);
    private readonly PartyState advisor = new(Party.Advisor);
    private readonly List<DynamicsEvent> outbox = [];
    private readonly List<Overtalk> overtalks = [];
    private readonly List<Span> nonTalk = [];
    private readonly List<Monologue> monologues = [];
    private readonly List<PartyTurn> turns = [];

    private double advancedTo;
    private double processedTo;
    private double coverEnd;
    private double maxEnd;
    private double nonTalkSeconds;
    private double silenceSeconds;
    private double? alertAt;
    private bool completed;

    public DynamicsTracker(DynamicsOptions? options = null)
    {
        this.options = options ?? DynamicsOptions.Default;
        this.options.Validate();
    }

    /// <summary>The time up to which everything is settled: the last <see cref="Advance"/>, held back by any open segment.</summary>
    public double SettledTo => processedTo;

    /// <summary>A party's voice activity opened a segment at <paramref name="start"/>; its <see cref="Add"/> follows when it closes.</summary>
    public void SpeechStarted(Party party, double start)
    {
        ThrowIfCompleted();
        var state = StateOf(party);
        CheckTime(start, nameof(start));
        if (start < processedTo)
        {
            throw new ArgumentException($"Speech of the {Name(party)} started at {start:0.###} s, before the time already settled ({processedTo:0.###} s).", nameof(start));
        }

        state.OpenSince = start;
    }

    /// <summary>Adds a closed speech segment of one party (in order of start for that party).</summary>
    public void Add(PartySegment segment)
    {
        ThrowIfCompleted();
        var state = StateOf(segment.Party);
        CheckTime(segment.Start, nameof(segment));
        CheckTime(segment.End, nameof(segment));
        if (segment.End < segment.Start)
        {
            throw new ArgumentException($"Segment of the {Name(segment.Party)} ends ({segment.End:0.###} s) before it starts ({segment.Start:0.###} s).", nameof(segment));
        }

        if (segment.Start < state.LastStart)
        {
            throw new ArgumentException($"Segments of the {Name(segment.Party)} must come in time order: {segment.Start:0.###} s after {state.LastStart:0.###} s.", nameof(segment));
        }

        if (segment.Start < processedTo)
        {
            throw new ArgumentException($"Segment of the {Name(segment.Party)} starts at {segment.Start:0.###} s, before the time already settled ({processedTo:0.###} s): announce open speech with SpeechStarted.", nameof(segment));
        }

        state.LastStart = segment.Start;
        state.OpenSince = null;
        state.Pending.Enqueue(segment);
    }

    /// <summary>
    /// Both channels have been analysed up to <paramref name="time"/> (seconds): every segment starting before it
    /// has been added or announced. Returns what settled since the last call, in the order it settled.
    /// </summary>
    public IReadOnlyList<DynamicsEvent> Advance(double time)
    {
        ThrowIfCompleted();
        CheckTime(time, nameof(time));
        advancedTo = Math.Max(advancedTo, time);
        var horizon = advancedTo;
        if (customer.OpenSince is { } c)
        {
            horizon = Math.Min(horizon, c);
        }

        if (advisor.OpenSince is { } a)
        {
            horizon = Math.Min(horizon, a);
        }

        if (horizon > processedTo)
        {
            Process(horizon);
        }

        return TakeEvents();
    }

    /// <summary>
    /// Ends the interaction at <paramref name="duration"/> seconds (or at the end of the last speech if later),
    /// settles everything and returns the result: the same as <see cref="DynamicsAnalyzer.Analyze"/> on the same segments.
    /// </summary>
    public DynamicsResult Complete(double duration)
    {
        ThrowIfCompleted();
        CheckTime(duration, nameof(duration));
        customer.OpenSince = null;
        advisor.OpenSince = null;
        Process(double.PositiveInfinity);
        // The duration given is the length of the call (a live caller may have advanced past it while the line
        // closed); the speech, when it runs later, extends it.
        var end = Math.Max(duration, maxEnd);
        if (end > coverEnd)
        {
            Gap(coverEnd, end);
        }

        completed = true;
        outbox.Clear();
        return BuildResult(end);
    }

    private IReadOnlyList<DynamicsEvent> TakeEvents()
    {
        if (outbox.Count == 0)
        {
            return [];
        }

        var events = outbox.ToArray();
        outbox.Clear();
        return events;
    }

    private PartyState StateOf(Party party) => party switch
    {
        Party.Customer => customer,
        Party.Advisor => advisor,
        _ => throw new ArgumentException($"Conversation dynamics are between the customer and the advisor, not the {party}.", nameof(party)),
    };

    private PartyState Other(PartyState state) => ReferenceEquals(state, customer) ? advisor : customer;

    private static string Name(Party party) => party == Party.Customer ? "customer" : "advisor";

    private static void CheckTime(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Times are finite seconds from the start, not negative.");
        }
    }

    private void ThrowIfCompleted()
    {
        if (completed)
        {
            throw new InvalidOperationException("The tracker has completed; start a new one for another interaction.");
        }
    }
}
