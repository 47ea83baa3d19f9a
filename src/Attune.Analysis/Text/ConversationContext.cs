using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Text;

/// <summary>
/// The conversation so far, as detectors see it: the turns analysed up to now and every
/// finding emitted so far. Live and batch analysis see exactly the same context.
/// </summary>
public sealed class ConversationContext
{
    private readonly List<AnalyzedTurn> _turns = [];
    private readonly List<Finding> _findings = [];

    public ConversationContext(ConversationMetadata metadata, Channel channel, AnalysisOptions options)
    {
        Metadata = metadata;
        Channel = channel;
        Options = options;
    }

    public ConversationMetadata Metadata { get; }

    public Channel Channel { get; }

    public AnalysisOptions Options { get; }

    public IReadOnlyList<AnalyzedTurn> Turns => _turns;

    public IReadOnlyList<Finding> Findings => _findings;

    internal void AddTurn(AnalyzedTurn turn) => _turns.Add(turn);

    internal void AddFinding(Finding finding) => _findings.Add(finding);

    /// <summary>Findings of one signal in one turn.</summary>
    public IEnumerable<Finding> FindingsFor(int turn, string signal)
    {
        for (var i = _findings.Count - 1; i >= 0; i--)
        {
            var f = _findings[i];
            if (f.Turn == turn && f.Signal == signal)
            {
                yield return f;
            }
        }
    }

    /// <summary>True when the turn has at least one finding of the signal.</summary>
    public bool Has(int turn, string signal) => FindingsFor(turn, signal).Any();

    /// <summary>The most recent turn of a party before <paramref name="beforeTurn"/>, or null.</summary>
    public AnalyzedTurn? PreviousTurnOf(Party party, int beforeTurn)
    {
        for (var i = Math.Min(beforeTurn, _turns.Count) - 1; i >= 0; i--)
        {
            if (_turns[i].Party == party)
            {
                return _turns[i];
            }
        }

        return null;
    }
}
