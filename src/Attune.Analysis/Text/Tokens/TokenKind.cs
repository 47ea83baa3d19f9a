namespace Attune.Analysis.Text.Tokens;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
