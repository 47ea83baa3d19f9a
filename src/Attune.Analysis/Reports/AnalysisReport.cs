using System.Globalization;
using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Findings;
using Attune.Analysis.Scoring;

namespace Attune.Analysis.Reports;

/// <summary>Everything the three report formats show for one interaction, computed once.</summary>
public sealed record AnalysisReport(
    string Source,
    AnalysisResult Result,
    ScoreResult Score,
    CustomerSentimentSummary Sentiment,
    IReadOnlyList<CustomerTurnEmotion> Emotions,
    bool Redacted)
{
    public Conversation Conversation => Result.Conversation;

    public IReadOnlyList<Finding> Findings => Result.Findings;

    public static AnalysisReport Build(string source, AnalysisResult result, Scorecard scorecard, bool redacted)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scorecard);
        var byTurn = new Dictionary<int, (string? Emotion, double? Intensity, double? Sentiment)>();
        foreach (var f in result.Findings)
        {
            if (f.Party != Party.Customer)
            {
                continue;
            }

            if (f.Signal == Signals.CustomerEmotion)
            {
                var e = byTurn.GetValueOrDefault(f.Turn);
                // several emotion findings on one turn: keep the most intense
                if (e.Emotion is null || (f.Value ?? 0) > (e.Intensity ?? 0))
                {
                    byTurn[f.Turn] = (f.Label, f.Value, e.Sentiment);
                }
            }
            else if (f.Signal == Signals.CustomerSentiment)
            {
                var e = byTurn.GetValueOrDefault(f.Turn);
                byTurn[f.Turn] = (e.Emotion, e.Intensity, f.Value);
            }
        }

        var emotions = new List<CustomerTurnEmotion>();
        var turns = result.Conversation.Turns;
        for (var i = 0; i < turns.Count; i++)
        {
            if (turns[i].Party == Party.Customer)
            {
                var e = byTurn.GetValueOrDefault(i);
                emotions.Add(new CustomerTurnEmotion(i, turns[i].Start, e.Emotion, e.Intensity, e.Sentiment));
            }
        }

        return new AnalysisReport(source, result, Scorer.Score(scorecard, result), CustomerSentimentSummary.From(result), emotions, redacted);
    }

    /// <summary>"voice · 14 turns · 1:07 · advisor Sam · team Broadband support": the one-line description under a report's title.</summary>
    public static string Describe(Conversation c, AnalysisReport report)
    {
        var m = c.Metadata;
        var parts = new List<string> { c.Channel.ToString().ToLowerInvariant(), $"{c.Turns.Count} turns" };
        if (c.HasTimes)
        {
            parts.Add(Time.Format(c.Turns.Max(t => t.End ?? t.Start)));
        }

        if ((m.AdvisorName ?? m.AdvisorId) is { } advisor)
        {
            parts.Add($"advisor {advisor}");
        }

        if ((m.CustomerName ?? m.CustomerId) is { } customer)
        {
            parts.Add($"customer {customer}");
        }

        if (m.Team is not null)
        {
            parts.Add($"team {m.Team}");
        }

        if (m.Queue is not null)
        {
            parts.Add($"queue {m.Queue}");
        }

        if (m.StartedAt is { } at)
        {
            parts.Add(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        var redactions = report.Findings.Count(f => f.Signal == Signals.PrivacyRedaction);
        parts.Add(report.Redacted ? $"{redactions} item(s) redacted" : "not redacted (--no-redact)");
        return string.Join(" · ", parts);
    }
}
