using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Emotion;

/// <summary>
/// Whole-interaction customer sentiment from the per-turn <c>customer.sentiment</c> values:
/// <list type="bullet">
/// <item><see cref="Score"/>, -100..+100, a mean weighted toward the end of the interaction
/// (Genesys publishes its customer sentiment score on this scale, weighted to the end; the
/// weight here rises linearly from 1 at the first customer turn to 3 at the last).</item>
/// <item><see cref="Trend"/> = end minus start: mean of the last third of customer turns minus
/// the mean of the first third, on the same -100..+100 scale.</item>
/// <item><see cref="Quarters"/>, the Amazon Contact Lens style -5..+5 per quarter of the
/// interaction (by time when turns have times, else by turn position), null for a quarter
/// in which the customer did not speak.</item>
/// </list>
/// </summary>
public sealed record CustomerSentimentSummary(double? Score, double? Trend, double? Start, double? End, IReadOnlyList<double?> Quarters, int Turns)
{
    public static CustomerSentimentSummary From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var conversation = result.Conversation;
        var values = new List<(int Turn, double Value)>();
        foreach (var f in result.Findings)
        {
            if (f.Signal == Signals.CustomerSentiment && f.Value is double v && f.Party == Party.Customer)
            {
                values.Add((f.Turn, v));
            }
        }

        var quarters = new double?[4];
        if (values.Count == 0)
        {
            return new CustomerSentimentSummary(null, null, null, null, quarters, 0);
        }

        double weighted = 0, weights = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var w = values.Count == 1 ? 1 : 1 + (2.0 * i / (values.Count - 1));
            weighted += w * values[i].Value;
            weights += w;
        }

        var third = Math.Max(1, values.Count / 3);
        var start = values.Take(third).Average(v => v.Value);
        var end = values.Skip(values.Count - third).Average(v => v.Value);

        var sums = new double[4];
        var counts = new int[4];
        var total = conversation.Turns.Count;
        double t0 = 0, t1 = 0;
        var timed = conversation.HasTimes;
        if (timed)
        {
            t0 = conversation.Turns[0].Start ?? 0;
            t1 = conversation.Turns.Max(t => t.End ?? t.Start ?? 0);
            timed = t1 > t0;
        }

        foreach (var (turn, value) in values)
        {
            double position;
            if (timed)
            {
                var t = conversation.Turns[turn];
                var mid = ((t.Start ?? 0) + (t.End ?? t.Start ?? 0)) / 2;
                position = (mid - t0) / (t1 - t0);
            }
            else
            {
                position = (turn + 0.5) / Math.Max(1, total);
            }

            var q = Math.Clamp((int)(position * 4), 0, 3);
            sums[q] += value;
            counts[q]++;
        }

        for (var q = 0; q < 4; q++)
        {
            quarters[q] = counts[q] == 0 ? null : Math.Round(5 * sums[q] / counts[q], 2);
        }

        return new CustomerSentimentSummary(
            Math.Round(100 * weighted / weights, 1),
            Math.Round(100 * (end - start), 1),
            Math.Round(100 * start, 1),
            Math.Round(100 * end, 1),
            quarters,
            values.Count);
    }
}
