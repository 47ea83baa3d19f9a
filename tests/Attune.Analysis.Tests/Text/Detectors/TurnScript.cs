using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;

namespace Attune.Analysis.Tests.Text.Detectors;

/// <summary>Builds small conversations from "C: …" / "A: …" lines and runs a chosen set of detectors over them.</summary>
internal static class TurnScript
{
    public static Conversation Parse(params string[] lines)
    {
        var turns = new List<Turn>();
        foreach (var line in lines)
        {
            var party = line[0] switch
            {
                'C' => Party.Customer,
                'A' => Party.Advisor,
                _ => throw new ArgumentException($"line must start with 'C:' or 'A:': {line}"),
            };
            turns.Add(new Turn { Party = party, Text = line[2..].Trim() });
        }

        return new Conversation { Turns = turns };
    }

    public static IReadOnlyList<Finding> Run(IReadOnlyList<Detector> detectors, params string[] lines) =>
        Analyzer.Analyze(Parse(lines), AnalysisOptions.Default, detectors).Findings;

    public static IReadOnlyList<Finding> Run(AnalysisOptions options, IReadOnlyList<Detector> detectors, params string[] lines) =>
        Analyzer.Analyze(Parse(lines), options, detectors).Findings;

    /// <summary>The findings of one signal.</summary>
    public static List<Finding> Of(this IEnumerable<Finding> findings, string signal) => findings.Where(f => f.Signal == signal).ToList();
}
