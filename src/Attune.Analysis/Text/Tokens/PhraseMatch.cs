namespace Attune.Analysis.Text.Tokens;

/// <summary>A phrase found in a text: which phrase, and the token range [FirstToken, EndToken).</summary>
public readonly record struct PhraseMatch(int PhraseId, int FirstToken, int EndToken);
