namespace Attune.Analysis.Privacy;

/// <summary>One redacted stretch: its kind ("card", "phone", "email", "number") and where the placeholder now is.</summary>
public sealed record Redaction(string Kind, int Start, int Length);
