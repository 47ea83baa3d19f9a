using Attune.Analysis;
using BenchmarkDotNet.Attributes;

namespace Attune.Bench;

/// <summary>
/// Full analysis with every detector of the catalogue (Analyzer.Analyze, the `attune analyze`
/// path): a 20-turn call and a single customer sentence.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    [Benchmark]
    public int Call20Turns() => Analyzer.Analyze(BenchTexts.Call20, AnalysisOptions.Default).Findings.Count;

    [Benchmark]
    public int SingleSentence() => Analyzer.Analyze(BenchTexts.SingleSentence, AnalysisOptions.Default).Findings.Count;
}
