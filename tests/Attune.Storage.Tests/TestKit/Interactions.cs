using Attune.Storage.Model;

namespace Attune.Storage.Tests.TestKit;

/// <summary>Builds interaction records for the store tests (whole seconds: PostgreSQL keeps microseconds, not ticks).</summary>
public static class Interactions
{
    public static readonly DateTimeOffset Day0 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero); // a Monday

    public static InteractionRecord Make(
        string? externalId,
        string? advisor = "adv-1",
        string? team = "team-a",
        DateTimeOffset? startedAt = null,
        double? score = 80,
        string channel = "chat",
        string? journey = null,
        bool distressed = false,
        double? sentiment = 10,
        string transcript = "Customer: hello\nAdvisor: hi there",
        IReadOnlyList<SignalCount>? signals = null,
        IReadOnlyList<CriterionResult>? criteria = null) => new()
        {
            ExternalId = externalId,
            AdvisorId = advisor,
            AdvisorName = advisor is null ? null : "Name of " + advisor,
            TeamId = team,
            CustomerId = "cust-1",
            Channel = channel,
            StartedAt = startedAt ?? Day0.AddHours(9),
            DurationSeconds = 120,
            Score = score,
            Sentiment = sentiment,
            SentimentTrend = 0.5,
            Journey = journey,
            Distressed = distressed,
            Transcript = transcript,
            AnalysisJson = "{\"score\":80}",
            Signals = signals ?? [],
            Criteria = criteria ?? [],
        };

    public static CriterionResult Criterion(string id, string outcome, double? score = null) =>
        new(id, "Criterion " + id, outcome, score, 1.0);
}
