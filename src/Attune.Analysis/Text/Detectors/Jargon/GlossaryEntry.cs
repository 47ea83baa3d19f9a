namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>One organisation term and what to say instead.</summary>
/// <param name="Term">The internal or technical term ("ONT", "BAU", "line test").</param>
/// <param name="Alternative">The plain alternative ("the white box where the fibre comes in").</param>
/// <param name="Note">Optional note for the advisor or QA analyst.</param>
public sealed record GlossaryEntry(string Term, string Alternative, string? Note = null);
