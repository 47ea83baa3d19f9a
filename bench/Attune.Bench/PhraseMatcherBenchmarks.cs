using Attune.Analysis.Text.Tokens;
using Attune.Bench.Baselines;
using BenchmarkDotNet.Attributes;

namespace Attune.Bench;

/// <summary>
/// <see cref="PhraseMatcher"/> against its earlier, string-keyed form (<see cref="StringKeyedPhraseMatcher"/>,
/// the baseline) on a lexicon shaped like the detectors' ones (apology, empathy, next-step and clarify
/// phrases, with alternatives, <c>*</c> and <c>~</c>). A turn is matched by about seven lexicons, so this
/// is paid several times per sentence.
/// <list type="bullet">
/// <item><c>Match*</c>: a text tokenised once (as in the pipeline, where the per-token hashes the
/// current matcher uses are computed by the first matcher and shared by the rest);</item>
/// <item><c>TokenizeAndMatch*</c>: tokenising included, so the current matcher pays for those hashes.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class PhraseMatcherBenchmarks
{
    private static readonly string[] Lexicon =
    [
        "(i'm|i am) (so|very|really|truly|terribly)? sorry", "i apologise", "i apologize", "my apologies", "sorry for any inconvenience",
        "sorry for the (inconvenience|trouble|wait|delay|confusion)", "we apologise for", "sorry (that|if) you feel", "sorry you feel",
        "that must (be|have been) (so|really)? (frustrating|annoying|stressful|worrying|upsetting|difficult|hard)",
        "i (can|completely|totally|fully)? understand (how|why|that)", "i hear you", "i can see (how|why|that)",
        "that sounds (so|really)? (frustrating|stressful|worrying|awful|difficult|hard)", "i can imagine", "no wonder you're",
        "i'll (refund|credit|send|call|email|check|look into|sort|fix|escalate)", "i will (refund|credit|send|call|email|check|sort|fix)",
        "let me (check|see|look|sort|fix|find)", "you (should|will|'ll) (see|get|receive) ~ (within|by|in)", "within * working days",
        "have i got that right", "did i understand (that|this|you) (right|correctly)", "just to (confirm|clarify|check)",
        "correct me if i'm wrong", "is that what you (mean|meant|are saying)", "so you", "it sounds like", "what i'm hearing",
        "charged twice", "double charged", "fed up", "sick of", "not (happy|good|acceptable|fair)", "still not working",
        "(no|without) (internet|signal|service|connection)", "on hold for", "third time", "nobody (called|rang|emailed) (me)? back",
        "thank you (so|very)? much", "that's (great|brilliant|perfect|lovely)", "you've been (really|very|so)? helpful",
    ];

    private readonly PhraseMatcher _current = new(Lexicon);
    private readonly StringKeyedPhraseMatcher _baseline = new(Lexicon);
    private TokenizedText _text = Tokenizer.Tokenize(BenchTexts.AdvisorSentence);

    [Params(BenchTexts.CustomerSentence, BenchTexts.AdvisorSentence)]
    public string Sentence { get; set; } = BenchTexts.AdvisorSentence;

    [GlobalSetup]
    public void Setup()
    {
        _text = Tokenizer.Tokenize(Sentence);
        if (_current.Matches(_text).Count != _baseline.Matches(_text).Count)
        {
            throw new InvalidOperationException("The two matchers disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int MatchStringKeyed() => _baseline.Matches(_text).Count;

    [Benchmark]
    public int Match() => _current.Matches(_text).Count;

    [Benchmark]
    public int TokenizeAndMatchStringKeyed() => _baseline.Matches(Tokenizer.Tokenize(Sentence)).Count;

    [Benchmark]
    public int TokenizeAndMatch() => _current.Matches(Tokenizer.Tokenize(Sentence)).Count;
}
