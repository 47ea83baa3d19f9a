using Attune.Analysis.Findings;

namespace Attune.Analysis.Text;

/// <summary>
/// A detector reads the conversation so far and emits findings with evidence. One instance
/// serves one conversation (it may keep state across turns); lexicons are shared statics.
/// Detectors run in catalogue order, so a derived detector sees the findings of those before it.
/// </summary>
public abstract class Detector
{
    /// <summary>Called once per turn, after the turn has been added to the context.</summary>
    public virtual void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
    }

    /// <summary>Called once when the conversation ends, to settle anything pending.</summary>
    public virtual void OnEnd(ConversationContext context, FindingSink sink)
    {
    }
}
