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

    /// <summary>
    /// The findings of each turn, by turn index. <see cref="FindingsFor"/> scanned every finding of the
    /// conversation on each call, so over a long chat (thousands of findings, a call per turn or more) the
    /// cost grew with the square of its length; the index makes it the handful of findings of one turn.
    /// </summary>
    private readonly List<List<Finding>?> _byTurn = [];

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

    internal void AddFinding(Finding finding)
    {
        _findings.Add(finding);
        if (finding.Turn < 0)
        {
            return; // never asked for by turn
        }

        while (_byTurn.Count <= finding.Turn)
        {
            _byTurn.Add(null);
        }

        (_byTurn[finding.Turn] ??= []).Add(finding);
    }

    /// <summary>Findings of one signal in one turn, the latest first.</summary>
    public IEnumerable<Finding> FindingsFor(int turn, string signal)
    {
        if (turn < 0 || turn >= _byTurn.Count || _byTurn[turn] is not { } findings)
        {
            yield break;
        }

        for (var i = findings.Count - 1; i >= 0; i--)
        {
            var f = findings[i];
            if (f.Signal == signal)
            {
                yield return f;
            }
        }
    }

    /// <summary>True when the turn has at least one finding of the signal.</summary>
    public bool Has(int turn, string signal)
    {
        if (turn < 0 || turn >= _byTurn.Count || _byTurn[turn] is not { } findings)
        {
            return false;
        }

        foreach (var f in findings)
        {
            if (f.Signal == signal)
            {
                return true;
            }
        }

        return false;
    }

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
