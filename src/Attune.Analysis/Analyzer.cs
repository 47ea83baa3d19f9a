using Attune.Analysis.Conversations;
using Attune.Analysis.Live;

namespace Attune.Analysis;

/// <summary>Batch analysis: a conversation replayed through the same session live analysis uses.</summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(Conversation conversation, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var session = new AnalysisSession(conversation.Metadata, conversation.Channel, options, conversation.Source);
        foreach (var turn in conversation.Turns)
        {
            session.AddTurn(turn);
        }

        return session.Complete();
    }
}
