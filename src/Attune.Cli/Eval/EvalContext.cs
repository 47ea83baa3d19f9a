namespace Attune.Cli.Eval;

/// <summary>What a suite may use while running: a cap on items (for quick runs) and a place for progress notes.</summary>
public sealed class EvalContext
{
    /// <summary>Evaluate at most this many items per task (0 = all). For quick local runs, never for reported figures.</summary>
    public int Limit { get; init; }

    /// <summary>
    /// A folder of another pitch tracker's output (NAME.f0 per NAME.wav: "time f0" lines) for fda.pitch to score with
    /// the same metric instead of running Attune's tracker (e.g. Praat's, from bench/praat-fda.sh). Null = Attune's.
    /// </summary>
    public string? PitchTracks { get; init; }

    public Action<string> Log { get; init; } = _ => { };
}
