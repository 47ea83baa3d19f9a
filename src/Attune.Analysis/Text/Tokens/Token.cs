namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// A token of a turn's text. <see cref="Norm"/> is the lower-cased form with typographic
/// apostrophes folded to ASCII ("don’t" → "don't"); contractions stay one token.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Norm, int Sentence, bool Quoted)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;
}
