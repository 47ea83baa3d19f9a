namespace Attune.Analysis.Text.Detectors.Jargon;

/// <summary>A complex word or phrase of the plain-language lists and what to say instead.</summary>
/// <param name="Term">The entry as the list writes it ("utilise", "in accordance with").</param>
/// <param name="Alternative">The plain alternative(s) to suggest ("use"; "by / under / following / per").</param>
/// <param name="Source">Which list it comes from ("plainlanguage.gov via retext-simplify" or "18F").</param>
internal sealed record PlainLanguageEntry(string Term, string Alternative, string Source);
