namespace Attune.Cli.Eval;

/// <summary>
/// The evaluation tasks of one labelled data set (a folder of the data directory).
/// A suite reads every split it finds in its folder, runs the real analysis on each item
/// and reports the figures; a missing folder or file is a skip with a note, not a failure.
/// </summary>
public interface IEvalSuite
{
    /// <summary>Folder name under the data directory, e.g. "swda".</summary>
    string Folder { get; }

    /// <summary>Task names this suite reports, for the skip notes.</summary>
    IReadOnlyList<string> Tasks { get; }

    IEnumerable<EvalTaskResult> Run(string folder, EvalContext context);
}
