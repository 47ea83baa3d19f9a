using System.Text;
using Attune.Analysis.Findings;
using Attune.Analysis.Reports;
using Attune.Analysis.Scoring;
using Attune.Storage.Model;

namespace Attune.Web.Ingest;

/// <summary>An analysis report as a stored interaction: the columns lists and aggregates need, and the JSON report.</summary>
public static class InteractionMapper
{
    /// <summary>Customer emotions that make a contact difficult, at this intensity or more (the leaderboard's difficulty).</summary>
    public const double DistressIntensity = 0.5;

    private static readonly HashSet<string> DistressEmotions = ["frustration", "distress", "anxiety"];

    public static InteractionRecord ToRecord(AnalysisReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Conversation;
        var m = c.Metadata;
        var ends = c.Turns.Select(t => t.End ?? t.Start).Where(t => t is not null).Select(t => t!.Value).ToList();
        double? duration = report.Result.Audio?.Duration ?? (ends.Count > 0 ? ends.Max() : null);
        var transcript = new StringBuilder();
        foreach (var t in c.Turns)
        {
            transcript.Append(t.Party).Append(": ").Append(t.Text).Append('\n');
        }

        return new InteractionRecord
        {
            ExternalId = string.IsNullOrWhiteSpace(m.InteractionId) ? null : m.InteractionId.Trim(),
            AdvisorId = m.AdvisorId ?? m.AdvisorName,
            AdvisorName = m.AdvisorName ?? m.AdvisorId,
            TeamId = m.Team,
            CustomerId = m.CustomerId,
            Channel = c.Channel.ToString().ToLowerInvariant(),
            StartedAt = m.StartedAt ?? now,
            DurationSeconds = duration,
            Score = report.Score.Score,
            AutoFailed = report.Score.AutoFailed,
            Sentiment = report.Sentiment.Score,
            SentimentTrend = report.Sentiment.Trend,
            Journey = report.Findings.FirstOrDefault(f => f.Signal == Signals.CustomerEmotionJourney)?.Label,
            Distressed = report.Findings.Any(f => f.Signal == Signals.CustomerEmotion && f.Label is { } l && DistressEmotions.Contains(l) && (f.Value ?? 0) >= DistressIntensity),
            Transcript = transcript.ToString(),
            AnalysisJson = JsonReport.ToJson(report, indented: false),
            CreatedAt = now,
            UpdatedAt = now,
            Signals = report.Findings.GroupBy(f => f.Signal).Select(g => new SignalCount(g.Key, g.Count())).OrderBy(s => s.Signal, StringComparer.Ordinal).ToList(),
            Criteria = report.Score.Criteria.Select(k => new Attune.Storage.Model.CriterionResult(k.Id, k.Name, JsonReport.Outcome(k.Outcome), k.Score, k.Weight)).ToList(),
        };
    }

    /// <summary>passed, failed or not_applicable from the stored text.</summary>
    public static CriterionOutcome Outcome(string text) => text switch
    {
        "passed" => CriterionOutcome.Passed,
        "failed" => CriterionOutcome.Failed,
        _ => CriterionOutcome.NotApplicable,
    };
}
