namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>How a glossary file is written.</summary>
public enum GlossaryFormat
{
    /// <summary>Chosen from the file name (.yaml/.yml or .tsv/.tab/.txt), else from the content (a tab means TSV).</summary>
    Auto,

    /// <summary>One term per line: <c>term&lt;TAB&gt;alternative[&lt;TAB&gt;note]</c>; <c>#</c> comments; an optional header line.</summary>
    Tsv,

    /// <summary>A mapping <c>term: alternative</c> (or <c>term: {alternative, note}</c>), or a list of <c>{term, alternative, note}</c>.</summary>
    Yaml,
}
