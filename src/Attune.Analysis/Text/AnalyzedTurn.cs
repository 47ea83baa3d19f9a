using Attune.Analysis.Conversations;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text;

/// <summary>A turn with its text tokenised once for every detector.</summary>
public sealed class AnalyzedTurn
{
    public AnalyzedTurn(int index, Turn turn)
    {
        Index = index;
        Turn = turn;
        Tokens = Tokenizer.Tokenize(turn.Text);
    }

    public int Index { get; }

    public Turn Turn { get; }

    public Party Party => Turn.Party;

    public string Text => Turn.Text;

    public TokenizedText Tokens { get; }
}
