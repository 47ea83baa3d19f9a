using Attune.Analysis.Conversations;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>The settling logic: segments are taken in global order of start up to the horizon, so the arithmetic is the same however the input was chunked.</summary>
public sealed partial class DynamicsTracker
{
    private void Process(double horizon)
    {
        while (true)
        {
            PartyState? next = null;
            var nextStart = 0.0;
            if (customer.Pending.TryPeek(out var c) && c.Start < horizon)
            {
                next = customer;
                nextStart = c.Start;
            }

            // Ties go to the customer, so an exact simultaneous start is always "the advisor came in".
            if (advisor.Pending.TryPeek(out var a) && a.Start < horizon && (next is null || a.Start < nextStart))
            {
                next = advisor;
            }

            if (next is null)
            {
                break;
            }

            Take(next, next.Pending.Dequeue());
        }

        // A run is over once nothing can start within TurnGapSeconds of its end: every segment starting before the
        // horizon is known, so the run closes when the horizon passes its end plus the gap.
        CloseRunIfDue(customer, horizon);
        CloseRunIfDue(advisor, horizon);
        ClassifyRuns(customer);
        ClassifyRuns(advisor);

        if (double.IsFinite(horizon))
        {
            processedTo = horizon;
            if (alertAt is null && horizon > coverEnd)
            {
                // The silence still in progress already counts as far as the horizon: the alert can settle inside it.
                CheckAlert(coverEnd, horizon - coverEnd);
            }
        }
    }

    private void Take(PartyState state, PartySegment segment)
    {
        if (segment.Start > coverEnd)
        {
            Gap(coverEnd, segment.Start);
        }

        coverEnd = Math.Max(coverEnd, segment.End);
        maxEnd = Math.Max(maxEnd, segment.End);

        // Speech of one party as disjoint pieces (overlapping segments counted once).
        var pieces = state.Pieces;
        if (pieces.Count > 0 && segment.Start <= pieces[^1].End)
        {
            var last = pieces[^1];
            if (segment.End > last.End)
            {
                state.Talk += segment.End - last.End;
                pieces[^1] = last with { End = segment.End };
            }
        }
        else
        {
            pieces.Add(new Span(segment.Start, segment.End));
            state.Talk += segment.End - segment.Start;
        }

        // Runs: the party's speech with pauses shorter than TurnGapSeconds merged (utterances).
        if (state.HasRun && segment.Start < state.RunEnd + options.TurnGapSeconds)
        {
            state.RunEnd = Math.Max(state.RunEnd, segment.End);
        }
        else
        {
            if (state.HasRun)
            {
                CloseRun(state);
            }

            state.HasRun = true;
            state.RunStart = segment.Start;
            state.RunEnd = segment.End;
        }
    }

    private void Gap(double start, double end)
    {
        var length = end - start;
        if (alertAt is null)
        {
            CheckAlert(start, length);
        }

        if (length >= options.IgnoreGapsBelowSeconds)
        {
            silenceSeconds += length;
        }

        // Contact Lens: non-talk is a period of silence longer than 3 s; exactly the threshold is not.
        if (length > options.NonTalkSeconds)
        {
            var span = new Span(start, end);
            nonTalk.Add(span);
            nonTalkSeconds += length;
            outbox.Add(new DynamicsEvent(DynamicsEventKind.NonTalk, start, end));
        }
    }

    /// <summary>The alert settles at the instant the counted silence passes the limit; a gap counts only once it reaches IgnoreGapsBelowSeconds.</summary>
    private void CheckAlert(double gapStart, double lengthSoFar)
    {
        if (lengthSoFar >= options.IgnoreGapsBelowSeconds && silenceSeconds + lengthSoFar > options.LongSilenceAlertSeconds)
        {
            var at = gapStart + Math.Max(options.IgnoreGapsBelowSeconds, options.LongSilenceAlertSeconds - silenceSeconds);
            alertAt = at;
            outbox.Add(new DynamicsEvent(DynamicsEventKind.LongSilenceAlert, at, at));
        }
    }

    private void CloseRunIfDue(PartyState state, double horizon)
    {
        if (state.HasRun && horizon >= state.RunEnd + options.TurnGapSeconds)
        {
            CloseRun(state);
        }
    }

    private void CloseRun(PartyState state)
    {
        var run = new Span(state.RunStart, state.RunEnd);
        state.HasRun = false;
        state.Closed.Add(run);
        if (state.Party == Party.Advisor && run.Seconds > options.MonologueSeconds)
        {
            monologues.Add(new Monologue(run.Start, run.End));
            outbox.Add(new DynamicsEvent(DynamicsEventKind.Monologue, run.Start, run.End, Party.Advisor));
        }
    }

    /// <summary>Whether a run of <paramref name="state"/> starting at <paramref name="start"/> came in on a run of the other party starting at <paramref name="otherStart"/>.</summary>
    private static bool CameInOn(PartyState state, double start, double otherStart) =>
        otherStart < start || (otherStart == start && state.Party == Party.Advisor);

    /// <summary>Decides, in order, for each closed run of a party whether it came in on the other party and how; waits while the other's run that may host it is still open.</summary>
    private void ClassifyRuns(PartyState state)
    {
        var other = Other(state);
        while (state.Classified < state.Closed.Count)
        {
            var run = state.Closed[state.Classified];
            if (other.HasRun && CameInOn(state, run.Start, other.RunStart))
            {
                return;
            }

            while (state.OtherCursor + 1 < other.Closed.Count && CameInOn(state, run.Start, other.Closed[state.OtherCursor + 1].Start))
            {
                state.OtherCursor++;
            }

            var isTurn = true;
            if (state.OtherCursor >= 0 && other.Closed[state.OtherCursor].End > run.Start)
            {
                isTurn = Judge(state, other, run, other.Closed[state.OtherCursor]);
            }

            if (isTurn)
            {
                turns.Add(new PartyTurn(state.Party, run.Start, run.End));
                outbox.Add(new DynamicsEvent(DynamicsEventKind.Turn, run.Start, run.End, state.Party));
            }

            state.Classified++;
        }
    }

    /// <summary>
    /// A run of <paramref name="state"/> came in while <paramref name="host"/>, the other party's utterance, was in
    /// progress. Returns whether the run is a turn (false for a backchannel).
    /// </summary>
    private bool Judge(PartyState state, PartyState other, Span run, Span host)
    {
        var (seconds, first, last) = Intersect(state.Pieces, other.Pieces, run.Start, Math.Min(run.End, host.End));
        var real = seconds > 0 && seconds >= options.MinOvertalkSeconds;
        Overtalk? overtalk = null;
        var isTurn = true;
        if (run.Start - host.Start < options.SimultaneousStartSeconds)
        {
            if (real)
            {
                overtalk = new Overtalk(first, last, state.Party, OvertalkKind.Overlap, seconds, Simultaneous: true);
            }
        }
        else if (run.Seconds <= options.BackchannelMaxSeconds && run.End < host.End)
        {
            // Short, and the other party was still talking after it: listening, not taking the floor. It may fall in
            // a pause of the host utterance and overlap nothing; it is still a backchannel.
            overtalk = new Overtalk(run.Start, run.End, state.Party, OvertalkKind.Backchannel, seconds);
            isTurn = false;
        }
        else if (real)
        {
            // BEHAVIOURS.md listening.interruption: the one spoken over stops within 2 s and the other carries on;
            // unless they were finishing anyway (an early reply).
            var carriesOn = run.End > host.End;
            var stopsAfter = host.End - run.Start;
            var earlyReply = carriesOn && stopsAfter < options.EarlyReplySeconds;
            var interruption = carriesOn && !earlyReply && stopsAfter <= options.InterruptionStopSeconds;
            overtalk = new Overtalk(first, last, state.Party, interruption ? OvertalkKind.Interruption : OvertalkKind.Overlap, seconds, EarlyReply: earlyReply);
        }

        if (overtalk is not null)
        {
            overtalks.Add(overtalk);
            outbox.Add(new DynamicsEvent(DynamicsEventKind.Overtalk, overtalk.Start, overtalk.End, overtalk.StartedBy, overtalk));
        }

        return isTurn;
    }

    /// <summary>Time both lists of disjoint, ordered pieces cover within [lo, hi], with the first and last instant of it.</summary>
    private static (double Seconds, double First, double Last) Intersect(List<Span> a, List<Span> b, double lo, double hi)
    {
        var i = FirstEndingAfter(a, lo);
        var j = FirstEndingAfter(b, lo);
        var total = 0.0;
        var first = double.NaN;
        var last = double.NaN;
        while (i < a.Count && j < b.Count)
        {
            var x = a[i];
            var y = b[j];
            if (x.Start >= hi || y.Start >= hi)
            {
                break;
            }

            var start = Math.Max(Math.Max(x.Start, y.Start), lo);
            var end = Math.Min(Math.Min(x.End, y.End), hi);
            if (end > start)
            {
                total += end - start;
                if (double.IsNaN(first))
                {
                    first = start;
                }

                last = end;
            }

            if (x.End < y.End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (total, first, last);
    }

    private static int FirstEndingAfter(List<Span> pieces, double time)
    {
        int lo = 0, hi = pieces.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (pieces[mid].End > time)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private DynamicsResult BuildResult(double duration)
    {
        overtalks.Sort(static (x, y) =>
        {
            var c = x.Start.CompareTo(y.Start);
            if (c == 0)
            {
                c = x.End.CompareTo(y.End);
            }

            return c != 0 ? c : x.StartedBy.CompareTo(y.StartedBy);
        });
        turns.Sort(static (x, y) =>
        {
            var c = x.Start.CompareTo(y.Start);
            if (c == 0)
            {
                c = x.Party.CompareTo(y.Party);
            }

            return c != 0 ? c : x.End.CompareTo(y.End);
        });

        // A turn is a reply when the other party spoke last before it (their latest-ending turn so far ends after
        // the replier's own) and it takes the floor (outlasts that turn). An overlap inside the other's turn that
        // leaves them talking is not a reply, nor is a second turn of the same party after a pause.
        var latencies = new List<Latency>();
        PartyTurn? lastCustomer = null, lastAdvisor = null;
        foreach (var turn in turns)
        {
            var own = turn.Party == Party.Customer ? lastCustomer : lastAdvisor;
            var other = turn.Party == Party.Customer ? lastAdvisor : lastCustomer;
            if (other is not null && (own is null || other.End > own.End) && other.End <= turn.End)
            {
                latencies.Add(new Latency(turn.Party, other.End, turn.Start));
            }

            if (own is null || turn.End > own.End)
            {
                if (turn.Party == Party.Customer)
                {
                    lastCustomer = turn;
                }
                else
                {
                    lastAdvisor = turn;
                }
            }
        }

        int byAdvisor = 0, byCustomer = 0, backchannels = 0, customerBackchannels = 0;
        var overtalkSeconds = 0.0;
        foreach (var o in overtalks)
        {
            overtalkSeconds += o.Seconds;
            switch (o.Kind)
            {
                case OvertalkKind.Interruption when o.StartedBy == Party.Advisor: byAdvisor++; break;
                case OvertalkKind.Interruption: byCustomer++; break;
                case OvertalkKind.Backchannel when o.StartedBy == Party.Advisor: backchannels++; break;
                case OvertalkKind.Backchannel: customerBackchannels++; break;
                default: break;
            }
        }

        return new DynamicsResult
        {
            Duration = duration,
            CustomerTalkSeconds = customer.Talk,
            AdvisorTalkSeconds = advisor.Talk,
            Overtalks = overtalks.ToArray(),
            InterruptionsByAdvisor = byAdvisor,
            InterruptionsByCustomer = byCustomer,
            Backchannels = backchannels,
            CustomerBackchannels = customerBackchannels,
            OvertalkSeconds = overtalkSeconds,
            NonTalk = nonTalk.ToArray(),
            NonTalkSeconds = nonTalkSeconds,
            SilenceSeconds = silenceSeconds,
            LongSilenceAlertAt = alertAt,
            Monologues = monologues.ToArray(),
            ResponseLatencies = latencies,
            Turns = turns.ToArray(),
        };
    }

    private sealed class PartyState(Party party)
    {
        public Party Party { get; } = party;

        /// <summary>Segments added but not yet taken (they start at or after the horizon).</summary>
        public Queue<PartySegment> Pending { get; } = new();

        public List<Span> Pieces { get; } = [];

        /// <summary>Closed runs (utterances), in order.</summary>
        public List<Span> Closed { get; } = [];

        public double Talk { get; set; }

        public double LastStart { get; set; }

        public double? OpenSince { get; set; }

        public bool HasRun { get; set; }

        public double RunStart { get; set; }

        public double RunEnd { get; set; }

        /// <summary>Closed runs already judged.</summary>
        public int Classified { get; set; }

        /// <summary>Index in the other party's closed runs of the last one that started before the run being judged.</summary>
        public int OtherCursor { get; set; } = -1;
    }
}
