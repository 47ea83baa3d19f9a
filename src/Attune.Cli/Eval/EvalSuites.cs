namespace Attune.Cli.Eval;

/// <summary>Every evaluation suite, one per data folder.</summary>
public static class EvalSuites
{
    public static IReadOnlyList<IEvalSuite> All { get; } =
    [
        new Suites.EpitomeSuite(),
        new Suites.EmpatheticIntentsSuite(),
    ];
}
