using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using static System.FormattableString;

namespace Attune.Analysis.Audio.Dynamics;

/// <summary>
/// Turns a <see cref="DynamicsResult"/> into findings with times: whole-interaction figures (talk time, ratio,
/// overtalk and non-talk totals, median advisor response time) on turn 0, then one finding per event in time order.
/// Each event finding points at the turn it happened in (the turn of the party concerned overlapping it, else any
/// overlapping turn, else the nearest) and quotes the words spoken during it when the turn has word times.
/// The customer is never judged: what the customer does is information, never negative.
/// </summary>
public static class DynamicsFindings
{
    private const int MaxQuote = 120;

    /// <param name="turns">The conversation's turns (with times where known), to anchor findings and quote from; may be empty.</param>
    /// <param name="options">The options the result was computed with, for the thresholds named in the details.</param>
    public static IReadOnlyList<Finding> Create(DynamicsResult result, IReadOnlyList<Turn> turns, DynamicsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(turns);
        options ??= DynamicsOptions.Default;
        var findings = new List<Finding>();
        Summaries(result, options, findings);

        var events = new List<Finding>();
        foreach (var o in result.Overtalks)
        {
            if (Overtalk(o, turns) is { } f)
            {
                events.Add(f);
            }
        }

        foreach (var span in result.NonTalk)
        {
            events.Add(Event(turns, Signals.SilenceNonTalk, Party.Advisor, span.Start, span.End, Polarity.Info, "non_talk", span.Seconds,
                Invariant($"Neither party spoke for {span.Seconds:0.0} s ({Clock(span.Start)}–{Clock(span.End)}), over the {options.NonTalkSeconds:0.#} s non-talk threshold."),
                quote: false));
        }

        if (result.LongSilenceAlertAt is { } at)
        {
            events.Add(Event(turns, Signals.SilenceNonTalk, Party.Advisor, at, at, Polarity.Negative, "alert", result.SilenceSeconds,
                Invariant($"Long silence: gaps of {options.IgnoreGapsBelowSeconds:0.#} s or more add up to {result.SilenceSeconds:0.0} s, passing the {options.LongSilenceAlertSeconds:0.#} s limit at {Clock(at)}."),
                quote: false, suggestion: "Keep the customer informed during waits: say what you are doing and how long it will take."));
        }

        foreach (var m in result.Monologues)
        {
            events.Add(Event(turns, Signals.TalkMonologue, Party.Advisor, m.Start, m.End, Polarity.Negative, "monologue", m.Seconds,
                Invariant($"The advisor spoke for {m.Seconds:0} s without a break for the customer ({Clock(m.Start)}–{Clock(m.End)}), over the {options.MonologueSeconds:0.#} s limit."),
                suggestion: "Check in with the customer: pause, ask a question or confirm they are following."));
        }

        foreach (var l in result.ResponseLatencies)
        {
            if (l.Responder != Party.Advisor)
            {
                continue;
            }

            var detail = l.Seconds >= 0
                ? Invariant($"The advisor replied {l.Seconds:0.0} s after the customer finished at {Clock(l.From)}.")
                : Invariant($"The advisor started replying at {Clock(l.To)}, {-l.Seconds:0.0} s before the customer finished.");
            events.Add(Event(turns, Signals.ResponseTime, Party.Advisor, l.To, l.To, Polarity.Info, "advisor", l.Seconds, detail));
        }

        // Stable sort: events at the same time keep the order above.
        findings.AddRange(events.OrderBy(f => f.Start ?? 0));
        return findings;
    }

    private static void Summaries(DynamicsResult r, DynamicsOptions options, List<Finding> findings)
    {
        var duration = r.Duration;
        findings.Add(Summary(Signals.TalkTime, Party.Customer, duration, "customer", r.CustomerTalkSeconds,
            Invariant($"The customer spoke for {Clock(r.CustomerTalkSeconds)} of {Clock(duration)}{Share(r.CustomerTalkSeconds, duration)}.")));
        findings.Add(Summary(Signals.TalkTime, Party.Advisor, duration, "advisor", r.AdvisorTalkSeconds,
            Invariant($"The advisor spoke for {Clock(r.AdvisorTalkSeconds)} of {Clock(duration)}{Share(r.AdvisorTalkSeconds, duration)}.")));
        if (r.AdvisorTalkRatio is { } ratio)
        {
            findings.Add(Summary(Signals.TalkRatio, Party.Advisor, duration, null, ratio,
                Invariant($"The advisor did {ratio * 100:0} % of the talking (advisor {Clock(r.AdvisorTalkSeconds)}, customer {Clock(r.CustomerTalkSeconds)}).")));
        }

        var count = 0;
        foreach (var o in r.Overtalks)
        {
            if (o.Kind != OvertalkKind.Backchannel)
            {
                count++;
            }
        }

        findings.Add(Summary(Signals.TalkOvertalk, Party.Advisor, duration, "total", r.OvertalkSeconds,
            Invariant($"Overtalk: {count} time(s) both spoke at once, {r.OvertalkSeconds:0.0} s in all; the advisor interrupted {r.InterruptionsByAdvisor} time(s), the customer {r.InterruptionsByCustomer}; {r.Backchannels} advisor backchannel(s).")));
        findings.Add(Summary(Signals.SilenceNonTalk, Party.Advisor, duration, "total", r.NonTalkSeconds,
            Invariant($"Non-talk time: {r.NonTalkSeconds:0.0} s in {r.NonTalk.Count} span(s) over {options.NonTalkSeconds:0.#} s with neither party speaking{Share(r.NonTalkSeconds, duration)}.")));

        var advisorLatencies = new List<double>();
        foreach (var l in r.ResponseLatencies)
        {
            if (l.Responder == Party.Advisor)
            {
                advisorLatencies.Add(l.Seconds);
            }
        }

        if (advisorLatencies.Count > 0)
        {
            advisorLatencies.Sort();
            var n = advisorLatencies.Count;
            var median = n % 2 == 1 ? advisorLatencies[n / 2] : (advisorLatencies[(n / 2) - 1] + advisorLatencies[n / 2]) / 2;
            findings.Add(Summary(Signals.ResponseTime, Party.Advisor, duration, "median", median,
                Invariant($"Median advisor response time {median:0.0} s over {n} repl{(n == 1 ? "y" : "ies")}.")));
        }

    }

    private static Finding Summary(string signal, Party party, double duration, string? label, double value, string detail) => new()
    {
        Signal = signal,
        Party = party,
        Turn = 0,
        Quote = "",
        Start = 0,
        End = duration,
        Polarity = Polarity.Info,
        Detail = detail,
        Label = label,
        Value = Math.Round(value, 3),
    };

    private static Finding? Overtalk(Overtalk o, IReadOnlyList<Turn> turns)
    {
        var by = o.StartedBy;
        if (by == Party.Advisor)
        {
            return o.Kind switch
            {
                OvertalkKind.Interruption => Event(turns, Signals.ListeningInterruption, by, o.Start, o.End, Polarity.Negative, "interruption", o.Seconds,
                    Invariant($"The advisor started speaking at {Clock(o.Start)} while the customer was mid-sentence; the customer stopped ({Clock(o.End)}) and the advisor carried on ({o.Seconds:0.0} s of overtalk)."),
                    suggestion: "Let the customer finish; a short acknowledgement (\"I see\", \"mm-hmm\") shows you are listening without taking the floor."),
                OvertalkKind.Backchannel => Event(turns, Signals.ListeningBackchannel, by, o.Start, o.End, Polarity.Positive, "backchannel", o.End - o.Start,
                    Invariant($"Short acknowledgement at {Clock(o.Start)} ({o.End - o.Start:0.0} s) while the customer was speaking: it kept the customer talking.")),
                _ when o.Simultaneous => Event(turns, Signals.TalkOvertalk, by, o.Start, o.End, Polarity.Info, "simultaneous", o.Seconds,
                    Invariant($"Both started speaking at {Clock(o.Start)} ({o.Seconds:0.0} s of overtalk); nobody interrupted.")),
                _ when o.EarlyReply => Event(turns, Signals.TalkOvertalk, by, o.Start, o.End, Polarity.Info, "early_reply", o.Seconds,
                    Invariant($"The advisor started replying at {Clock(o.Start)} as the customer was finishing ({o.Seconds:0.0} s of overlap): an early reply, not an interruption.")),
                _ => Event(turns, Signals.TalkOvertalk, by, o.Start, o.End, Polarity.Negative, "advisor", o.Seconds,
                    Invariant($"The advisor talked over the customer from {Clock(o.Start)} to {Clock(o.End)} ({o.Seconds:0.0} s) while the customer was speaking."),
                    suggestion: "Wait for the customer to finish before speaking."),
            };
        }

        // What the customer does is never held against them: information only, and their backchannels are not reported.
        return o.Kind switch
        {
            OvertalkKind.Backchannel => null,
            OvertalkKind.Interruption => Event(turns, Signals.TalkOvertalk, by, o.Start, o.End, Polarity.Info, "customer", o.Seconds,
                Invariant($"The customer came in at {Clock(o.Start)} while the advisor was speaking, and the advisor gave way ({o.Seconds:0.0} s of overtalk).")),
            _ when o.Simultaneous => Event(turns, Signals.TalkOvertalk, by, o.Start, o.End, Polarity.Info, "simultaneous", o.Seconds,
                Invariant($"Both started speaking at {Clock(o.Start)} ({o.Seconds:0.0} s of overtalk); nobody interrupted.")),
            _ => Event(turns, Signals.TalkOvertalk, by, o.Start, o.End, Polarity.Info, "customer", o.Seconds,
                Invariant($"The customer spoke while the advisor was speaking, from {Clock(o.Start)} to {Clock(o.End)} ({o.Seconds:0.0} s).")),
        };
    }

    private static Finding Event(IReadOnlyList<Turn> turns, string signal, Party party, double start, double end, Polarity polarity,
        string? label, double value, string detail, bool quote = true, string? suggestion = null)
    {
        var index = Locate(turns, party, start, end);
        var (spanStart, length, text) = index >= 0 && quote ? Excerpt(turns[index], start, end) : (0, 0, "");
        return new Finding
        {
            Signal = signal,
            Party = party,
            Turn = Math.Max(index, 0),
            SpanStart = spanStart,
            Length = length,
            Quote = text,
            Start = start,
            End = end,
            Polarity = polarity,
            Detail = detail,
            Label = label,
            Value = value is { } v ? Math.Round(v, 3) : null,
            Suggestion = suggestion,
        };
    }

    /// <summary>The turn of <paramref name="party"/> overlapping the time most, else any turn overlapping it most, else the nearest timed turn; -1 if no turn has times.</summary>
    internal static int Locate(IReadOnlyList<Turn> turns, Party party, double start, double end)
    {
        int own = -1, any = -1, nearest = -1;
        double ownOverlap = -1, anyOverlap = -1, nearestDistance = double.PositiveInfinity;
        for (var i = 0; i < turns.Count; i++)
        {
            if (turns[i] is not { Start: { } ts, End: { } te } turn)
            {
                continue;
            }

            var overlap = Math.Min(te, end) - Math.Max(ts, start);
            var touches = overlap > 0 || (ts <= end && te >= start);
            if (touches)
            {
                if (turn.Party == party && overlap > ownOverlap)
                {
                    own = i;
                    ownOverlap = overlap;
                }

                if (overlap > anyOverlap)
                {
                    any = i;
                    anyOverlap = overlap;
                }
            }

            var distance = te < start ? start - te : ts > end ? ts - end : 0;
            if (distance < nearestDistance)
            {
                nearest = i;
                nearestDistance = distance;
            }
        }

        return own >= 0 ? own : any >= 0 ? any : nearest;
    }

    /// <summary>The words of the turn spoken within the time (when it has word times and they can be found in its text), else the start of the turn.</summary>
    private static (int Start, int Length, string Text) Excerpt(Turn turn, double start, double end)
    {
        var text = turn.Text;
        if (string.IsNullOrEmpty(text))
        {
            return (0, 0, "");
        }

        int first = -1, last = -1, position = 0;
        foreach (var word in turn.Words)
        {
            var at = word.Text.Length == 0 ? -1 : text.IndexOf(word.Text, position, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                first = -1;
                break;
            }

            position = at + word.Text.Length;
            if ((word.End > start && word.Start < end) || (word.Start <= start && word.End >= end))
            {
                if (first < 0)
                {
                    first = at;
                }

                last = position;
            }
        }

        if (first >= 0 && last - first <= MaxQuote)
        {
            return (first, last - first, text[first..last]);
        }

        var length = text.Length;
        if (length > MaxQuote)
        {
            var cut = text.LastIndexOf(' ', MaxQuote);
            length = cut > 0 ? cut : MaxQuote;
        }

        return (0, length, text[..length]);
    }

    private static string Share(double part, double whole) => whole > 0 ? Invariant($" ({part / whole * 100:0} % of the call)") : "";

    /// <summary>m:ss.s (h:mm:ss.s from an hour), as a QA analyst reads a recording position.</summary>
    internal static string Clock(double seconds)
    {
        var tenths = (long)Math.Round(seconds * 10, MidpointRounding.AwayFromZero);
        var h = tenths / 36000;
        var m = tenths / 600 % 60;
        var s = tenths % 600 / 10.0;
        return h > 0 ? Invariant($"{h}:{m:00}:{s:00.0}") : Invariant($"{m}:{s:00.0}");
    }
}
