using System.Text.Json;

namespace Attune.Web.Review;

/// <summary>
/// The parts of a stored interaction's JSON report (docs/output-json.md) the review, coaching and exemplar pages need:
/// turns, findings, and each criterion with its reason and evidence findings.
/// </summary>
public sealed class StoredAnalysis
{
    public IReadOnlyList<TurnView> Turns { get; private init; } = [];

    public IReadOnlyList<FindingView> Findings { get; private init; } = [];

    public IReadOnlyList<CriterionView> Criteria { get; private init; } = [];

    public sealed record TurnView(int Index, string Party, string Text);

    public sealed record FindingView(int Id, string Signal, string Party, int Turn, string Quote, string Polarity, string Detail, string? Label, string? Suggestion);

    public sealed record CriterionView(string Id, string Name, string Outcome, string Reason, bool AutoFailed, IReadOnlyList<FindingView> Evidence);

    public static StoredAnalysis Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            var root = doc.RootElement;
            var turns = new List<TurnView>();
            if (root.TryGetProperty("conversation", out var c) && c.TryGetProperty("turns", out var ts) && ts.ValueKind == JsonValueKind.Array)
            {
                foreach (var t in ts.EnumerateArray())
                {
                    turns.Add(new TurnView(turns.Count, Str(t, "party") ?? "", Str(t, "text") ?? ""));
                }
            }

            var findings = new List<FindingView>();
            if (root.TryGetProperty("findings", out var fs) && fs.ValueKind == JsonValueKind.Array)
            {
                foreach (var f in fs.EnumerateArray())
                {
                    findings.Add(new FindingView(
                        Int(f, "id") ?? findings.Count, Str(f, "signal") ?? "", Str(f, "party") ?? "", Int(f, "turn") ?? 0,
                        Str(f, "quote") ?? "", Str(f, "polarity") ?? "info", Str(f, "detail") ?? "", Str(f, "label"), Str(f, "suggestion")));
                }
            }

            var byId = findings.ToDictionary(f => f.Id);
            var criteria = new List<CriterionView>();
            if (root.TryGetProperty("score", out var s) && s.TryGetProperty("criteria", out var cs) && cs.ValueKind == JsonValueKind.Array)
            {
                foreach (var k in cs.EnumerateArray())
                {
                    var evidence = new List<FindingView>();
                    if (k.TryGetProperty("findings", out var ids) && ids.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var id in ids.EnumerateArray())
                        {
                            if (id.TryGetInt32(out var i) && byId.TryGetValue(i, out var f))
                            {
                                evidence.Add(f);
                            }
                        }
                    }

                    criteria.Add(new CriterionView(Str(k, "id") ?? "", Str(k, "name") ?? "", Str(k, "outcome") ?? "not_applicable",
                        Str(k, "reason") ?? "", k.TryGetProperty("autoFailed", out var af) && af.ValueKind == JsonValueKind.True, evidence));
                }
            }

            return new StoredAnalysis { Turns = turns, Findings = findings, Criteria = criteria };
        }
        catch (JsonException)
        {
            return new StoredAnalysis();
        }
    }

    public CriterionView? Criterion(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    /// <summary>The customer turn before <paramref name="turn"/> (what the advisor was answering), or null.</summary>
    public TurnView? CustomerBefore(int turn)
    {
        for (var i = Math.Min(turn, Turns.Count) - 1; i >= 0; i--)
        {
            if (Turns[i].Party == "customer")
            {
                return Turns[i];
            }
        }

        return null;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
