using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>
/// The known timing of a <see cref="SyntheticCall"/>: every utterance's audible span, and what follows from them —
/// each party's speech, overtalk (the intersections of the two parties' speech) and silences (where neither speaks).
/// </summary>
public sealed class CallTruth
{
    public CallTruth(IReadOnlyList<UtteranceTruth> utterances, long frames, int sampleRate)
    {
        Utterances = utterances;
        Frames = frames;
        SampleRate = sampleRate;
    }

    /// <summary>In the order of the spec.</summary>
    public IReadOnlyList<UtteranceTruth> Utterances { get; }

    /// <summary>Samples per channel in the files.</summary>
    public long Frames { get; }

    public int SampleRate { get; }

    public double Duration => (double)Frames / SampleRate;

    /// <summary>One party's utterances in time order (they never overlap each other).</summary>
    public IReadOnlyList<UtteranceTruth> Of(Party party) =>
        [.. Utterances.Where(u => u.Party == party).OrderBy(u => u.StartSample)];

    /// <summary>Seconds of audible speech by one party.</summary>
    public double TalkTime(Party party) => Of(party).Sum(u => u.End - u.Start);

    /// <summary>Every stretch where both parties speak, in time order, with the party who started talking over the other.</summary>
    public IReadOnlyList<OvertalkTruth> Overtalk()
    {
        var result = new List<OvertalkTruth>();
        foreach (var customer in Of(Party.Customer))
        {
            foreach (var advisor in Of(Party.Advisor))
            {
                var start = Math.Max(customer.StartSample, advisor.StartSample);
                var end = Math.Min(customer.EndSample, advisor.EndSample);
                if (end > start)
                {
                    // The one who came in second started the overtalk; a tie goes to the advisor (the behaviour under test).
                    var startedBy = customer.StartSample > advisor.StartSample ? Party.Customer : Party.Advisor;
                    result.Add(new OvertalkTruth(new SpeechSpan((double)start / SampleRate, (double)end / SampleRate), startedBy));
                }
            }
        }

        return [.. result.OrderBy(o => o.Span.Start)];
    }

    /// <summary>
    /// Stretches where neither party speaks, at least <paramref name="minSeconds"/> long. Only between the first and the
    /// last speech unless <paramref name="includeEdges"/> (then also the lead-in and the tail of the file).
    /// </summary>
    public IReadOnlyList<SpeechSpan> Silences(double minSeconds = 0, bool includeEdges = false)
    {
        var result = new List<SpeechSpan>();
        var ordered = Utterances.OrderBy(u => u.StartSample).ToList();
        if (ordered.Count == 0)
        {
            if (includeEdges && Duration >= minSeconds)
            {
                result.Add(new SpeechSpan(0, Duration));
            }

            return result;
        }

        var covered = ordered[0].StartSample;
        if (includeEdges && covered > 0)
        {
            Add(0, covered);
        }

        foreach (var u in ordered)
        {
            if (u.StartSample > covered)
            {
                Add(covered, u.StartSample);
            }

            covered = Math.Max(covered, u.EndSample);
        }

        if (includeEdges && Frames > covered)
        {
            Add(covered, Frames);
        }

        return result;

        void Add(long start, long end)
        {
            var span = new SpeechSpan((double)start / SampleRate, (double)end / SampleRate);
            if (span.Duration >= minSeconds)
            {
                result.Add(span);
            }
        }
    }

    /// <summary>Whether sample <paramref name="frame"/> lies inside any utterance of <paramref name="party"/>.</summary>
    public bool IsSpeech(Party party, long frame)
    {
        foreach (var u in Utterances)
        {
            if (u.Party == party && frame >= u.StartSample && frame < u.EndSample)
            {
                return true;
            }
        }

        return false;
    }
}
