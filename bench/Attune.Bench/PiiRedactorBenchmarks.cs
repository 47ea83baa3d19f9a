using Attune.Analysis.Privacy;
using BenchmarkDotNet.Attributes;

namespace Attune.Bench;

/// <summary>Redaction runs on every turn before analysis: clean text must take the fast path, PII the full one.</summary>
[MemoryDiagnoser]
public class PiiRedactorBenchmarks
{
    [Benchmark(Baseline = true)]
    public int CleanSentence() => PiiRedactor.Redact(BenchTexts.CustomerSentence).Redactions.Count;

    [Benchmark]
    public int SentenceWithCardPhoneAndEmail() => PiiRedactor.Redact(BenchTexts.SentenceWithPii).Redactions.Count;
}
