using System.Diagnostics;
using Attune.Analysis.Text;

namespace Attune.Cli.Bench;

/// <summary>
/// Where the time of a throughput run goes: one more pass over the sentences with every detector
/// wrapped in a stopwatch, in the real pipeline (catalogue order, so derived detectors see the
/// findings they read). "session" is the rest of the pass: redaction, tokenising, the analysis
/// session and the findings. The stopwatches add about 25 ns a detector a turn, so the profiled pass
/// is a little slower than the measured one; read the shares, not the total.
/// </summary>
public static class DetectorProfile
{
    /// <summary>Microseconds per sentence for each detector (by type name), then "session" for the rest and "total".</summary>
    public static IReadOnlyList<(string Name, double MicrosecondsPerSentence)> Measure(TextThroughput bench, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(lines);
        var detectors = bench.Detectors;
        var names = new List<string>();
        foreach (var d in detectors(bench.Options))
        {
            names.Add(d.GetType().Name);
        }

        var ticks = new long[names.Count];
        var timed = new TextThroughput(bench.Options, o => Wrap(detectors(o), ticks), bench.TurnsPerConversation);
        var started = Stopwatch.GetTimestamp();
        timed.Run(lines, 0, lines.Count);
        var total = Stopwatch.GetTimestamp() - started;

        var rows = new List<(string, double)>(names.Count + 2);
        long detectorTicks = 0;
        for (var i = 0; i < names.Count; i++)
        {
            rows.Add((names[i], PerSentence(ticks[i], lines.Count)));
            detectorTicks += ticks[i];
        }

        rows.Add(("session", PerSentence(total - detectorTicks, lines.Count)));
        rows.Add(("total", PerSentence(total, lines.Count)));
        return rows;
    }

    private static double PerSentence(long ticks, int sentences) =>
        sentences == 0 ? 0 : ticks * 1e6 / Stopwatch.Frequency / sentences;

    private static Detector[] Wrap(IReadOnlyList<Detector> detectors, long[] ticks)
    {
        var wrapped = new Detector[detectors.Count];
        for (var i = 0; i < detectors.Count; i++)
        {
            wrapped[i] = new Timed(detectors[i], ticks, i);
        }

        return wrapped;
    }

    private sealed class Timed(Detector inner, long[] ticks, int slot) : Detector
    {
        public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
        {
            var start = Stopwatch.GetTimestamp();
            inner.OnTurn(context, turn, sink);
            ticks[slot] += Stopwatch.GetTimestamp() - start;
        }

        public override void OnEnd(ConversationContext context, FindingSink sink)
        {
            var start = Stopwatch.GetTimestamp();
            inner.OnEnd(context, sink);
            ticks[slot] += Stopwatch.GetTimestamp() - start;
        }
    }
}
