using System.Text.Json;
using Attune.Storage;
using Attune.Storage.Model;

namespace Attune.Web.Tests.TestKit;

/// <summary>Builds stored interactions with chosen criterion outcomes and a matching JSON report (turns, findings, evidence).</summary>
public static class Interactions
{
    public static readonly (string Id, string Name)[] Criteria =
    [
        ("empathy_when_needed", "Empathy when needed"),
        ("ownership", "Ownership"),
    ];

    /// <summary>
    /// An interaction of <paramref name="advisor"/> in <paramref name="team"/>: a customer turn, an advisor reply that
    /// earns empathy (positive evidence) when <paramref name="empathy"/> is passed, and ownership as given.
    /// </summary>
    public static InteractionRecord Make(string advisor, string team, double score, string empathy = "passed", string ownership = "passed",
        bool distressed = false, string? journey = null, DateTimeOffset? at = null, string? externalId = null)
    {
        var started = at ?? ReviewHost.Now.AddDays(-2);
        var findings = new List<object>
        {
            new { id = 0, signal = "empathy.opportunity", party = "advisor", turn = 1, quote = "I'm so sorry, that sounds really stressful",
                span = new { start = 0, length = 5 }, polarity = empathy == "passed" ? "positive" : "negative",
                detail = empathy == "passed" ? "Acknowledged the customer's stress in the next reply" : "Missed the customer's stress", label = empathy == "passed" ? "given" : "missed", value = (double?)null, suggestion = (string?)null, relatedTurn = 0 },
            new { id = 1, signal = "ownership.commitment", party = "advisor", turn = 1, quote = "I'll fix it now",
                span = new { start = 0, length = 4 }, polarity = "positive", detail = "First-person commitment", label = (string?)null, value = (double?)null, suggestion = (string?)null, relatedTurn = (int?)null },
        };
        var json = JsonSerializer.Serialize(new
        {
            format = "attune-analysis",
            version = 1,
            conversation = new
            {
                channel = "chat",
                turns = new object[]
                {
                    new { party = "customer", text = "I've been charged twice and I'm really worried about rent." },
                    new { party = "advisor", text = $"I'm so sorry, that sounds really stressful. I'll fix it now ({advisor})." },
                },
            },
            score = new
            {
                scorecard = "Test card",
                value = score,
                autoFailed = false,
                criteria = new object[]
                {
                    new { id = "empathy_when_needed", name = "Empathy when needed", weight = 3, outcome = empathy, score = 1.0, reason = "1 of 1 opportunities acknowledged", autoFailed = false, findings = new[] { 0 } },
                    new { id = "ownership", name = "Ownership", weight = 2, outcome = ownership, score = 1.0, reason = "1 commitment, no deflection", autoFailed = false, findings = new[] { 1 } },
                },
            },
            findings,
        });
        return new InteractionRecord
        {
            ExternalId = externalId ?? Guid.NewGuid().ToString("N"),
            AdvisorId = advisor,
            AdvisorName = char.ToUpperInvariant(advisor[0]) + advisor[1..],
            TeamId = team,
            Channel = "chat",
            StartedAt = started,
            Score = score,
            Distressed = distressed,
            Journey = journey,
            Transcript = "Customer: charged twice\nAdvisor: sorry\n",
            AnalysisJson = json,
            CreatedAt = started,
            UpdatedAt = started,
            Criteria =
            [
                new CriterionResult("empathy_when_needed", "Empathy when needed", empathy, 1, 3),
                new CriterionResult("ownership", "Ownership", ownership, 1, 2),
            ],
        };
    }

    public static async Task<long> AddAsync(this IAttuneStore store, InteractionRecord record) =>
        (await store.UpsertInteractionAsync(record)).Id;
}
