namespace Attune.Cli.Eval;

/// <summary>What a suite may use while running: a cap on items (for quick runs) and a place for progress notes.</summary>
public sealed class EvalContext
{
    /// <summary>Evaluate at most this many items per task (0 = all). For quick local runs, never for reported figures.</summary>
    public int Limit { get; init; }

    public Action<string> Log { get; init; } = _ => { };
}
