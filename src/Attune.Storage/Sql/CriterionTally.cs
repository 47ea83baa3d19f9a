using Attune.Storage.Model;

namespace Attune.Storage.Sql;

/// <summary>
/// Criterion totals from automatic outcome counts and the QA overrides that move single criteria from one outcome to
/// another. Outcomes other than passed, failed and not_applicable are not counted.
/// </summary>
internal static class CriterionTally
{
    private sealed class Tally
    {
        public string Name = "";
        public long NameCount;
        public long Passed;
        public long Failed;
        public long NotApplicable;

        public void Add(string outcome, long count)
        {
            switch (outcome)
            {
                case "passed": Passed += count; break;
                case "failed": Failed += count; break;
                case "not_applicable": NotApplicable += count; break;
                default: break;
            }
        }
    }

    public static IReadOnlyList<CriterionTotal> Totals(IEnumerable<CriterionOutcomeRow> groups, IEnumerable<OverrideMoveRow> overrides)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var names = new Dictionary<(string Criterion, string Name), long>();
        foreach (var group in groups)
        {
            if (!tallies.TryGetValue(group.CriterionId, out var tally))
            {
                tallies[group.CriterionId] = tally = new Tally();
            }
            tally.Add(group.Outcome, group.Count);
            var key = (group.CriterionId, group.Name);
            names[key] = names.GetValueOrDefault(key) + group.Count;
        }
        // A criterion renamed in the scorecard keeps the name most of its evaluations carry (ties: the smaller, ordinal).
        foreach (var ((criterion, name), count) in names)
        {
            var tally = tallies[criterion];
            if (count > tally.NameCount || (count == tally.NameCount && string.CompareOrdinal(name, tally.Name) < 0))
            {
                tally.Name = name;
                tally.NameCount = count;
            }
        }
        foreach (var move in overrides)
        {
            if (tallies.TryGetValue(move.CriterionId, out var tally))
            {
                tally.Add(move.Original, -1);
                tally.Add(move.Replaced, 1);
            }
        }
        return tallies
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new CriterionTotal(t.Key, t.Value.Name, t.Value.Passed, t.Value.Failed, t.Value.NotApplicable))
            .ToList();
    }
}
