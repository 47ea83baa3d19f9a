namespace Attune.Storage.Model;

/// <summary>An organisation term customers may not know, with the plain alternative (language.jargon).</summary>
public sealed record GlossaryEntry(string Term, string Alternative, string? Note = null);
