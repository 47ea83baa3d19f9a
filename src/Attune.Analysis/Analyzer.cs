using Attune.Analysis.Conversations;
using Attune.Analysis.Live;

namespace Attune.Analysis;

/// <summary>Batch analysis: a conversation replayed through the same session live analysis uses.</summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(Conversation conversation, AnalysisOptions? options = null) =>
        Analyze(conversation, options, null);

    /// <summary>Analyses with a chosen set of detectors (null = the whole catalogue).</summary>
    public static AnalysisResult Analyze(Conversation conversation, AnalysisOptions? options, IReadOnlyList<Text.Detector>? detectors)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var session = new AnalysisSession(conversation.Metadata, conversation.Channel, options, conversation.Source, detectors);
        foreach (var turn in conversation.Turns)
        {
            session.AddTurn(turn);
        }

        return session.Complete();
    }
}
