using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>Helpers the rule kinds share.</summary>
internal static class Rules
{
    public static bool MatchesAny(IReadOnlyList<SignalSelector> selectors, Finding finding)
    {
        for (var i = 0; i < selectors.Count; i++)
        {
            if (selectors[i].Matches(finding))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every finding of the result matched by one of the selectors, in order.</summary>
    public static List<Finding> Collect(IReadOnlyList<SignalSelector> selectors, AnalysisResult result)
    {
        var list = new List<Finding>();
        foreach (var f in result.Findings)
        {
            if (MatchesAny(selectors, f))
            {
                list.Add(f);
            }
        }

        return list;
    }

    /// <summary>"2 language.jargon, 1 language.blame": counts per signal in first-seen order.</summary>
    public static string Breakdown(IEnumerable<Finding> findings)
    {
        var counts = new List<(string Signal, int N)>();
        foreach (var f in findings)
        {
            var i = counts.FindIndex(c => c.Signal == f.Signal);
            if (i < 0)
            {
                counts.Add((f.Signal, 1));
            }
            else
            {
                counts[i] = (f.Signal, counts[i].N + 1);
            }
        }

        return string.Join(", ", counts.Select(c => $"{c.N} {c.Signal}"));
    }
}
