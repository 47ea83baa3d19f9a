using Attune.Analysis;
using Attune.Analysis.Text;
using BenchmarkDotNet.Attributes;

namespace Attune.Bench;

/// <summary>
/// Each detector of the catalogue alone on the 20-turn call (<see cref="BenchTexts.Call20"/>), redaction
/// off; <c>(none)</c> is the session with no detector (tokenising, the session, creating the catalogue),
/// to subtract. A derived detector alone sees none of the findings it reads, so its figure here is a lower
/// bound; `attune bench text --profile` measures every detector inside the full pipeline instead
/// (bench/results/detectors.md).
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private static readonly AnalysisOptions Options = new() { Redact = false };
    private int _index = -1;

    public static IEnumerable<string> Names()
    {
        yield return "(none)";
        foreach (var d in DetectorCatalog.Create(Options))
        {
            yield return d.GetType().Name;
        }
    }

    [ParamsSource(nameof(Names))]
    public string Detector { get; set; } = "(none)";

    [GlobalSetup]
    public void Setup()
    {
        var all = DetectorCatalog.Create(Options);
        _index = -1;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].GetType().Name == Detector)
            {
                _index = i;
            }
        }
    }

    [Benchmark]
    public int Call20Turns()
    {
        // a fresh detector per conversation, as the catalogue makes them
        var all = DetectorCatalog.Create(Options);
        IReadOnlyList<Detector> chosen = _index < 0 ? [] : [all[_index]];
        return Analyzer.Analyze(BenchTexts.Call20, Options, chosen).Findings.Count;
    }
}
