using Attune.Analysis.Text.Tokens;
using BenchmarkDotNet.Attributes;

namespace Attune.Bench;

/// <summary>The tokenizer runs once per turn for every detector: its cost per sentence bounds the whole pipeline.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    [Params(BenchTexts.ShortSentence, BenchTexts.CustomerSentence, BenchTexts.AdvisorSentence)]
    public string Sentence { get; set; } = BenchTexts.ShortSentence;

    [Benchmark]
    public TokenizedText Tokenize() => Tokenizer.Tokenize(Sentence);
}
