namespace Attune.Cli.Eval;

/// <summary>Every evaluation suite, one per data folder.</summary>
public static class EvalSuites
{
    public static IReadOnlyList<IEvalSuite> All { get; } =
    [
        new Suites.VaderSuite(),
        new Suites.GoEmotionsSuite(),
        new Suites.DailyDialogSuite(),
        new Suites.MeldSuite(),
        new Suites.SwdaSuite(),
        new Suites.AnnomiSuite(),
        new Suites.EsconvSuite(),
        new Suites.EpitomeSuite(),
        new Suites.EmpatheticIntentsSuite(),
        new Suites.FdaPitchSuite(),
        new Suites.LoudnessSuite(),
    ];
}
