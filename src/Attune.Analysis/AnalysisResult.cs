using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis;

/// <summary>The outcome of analysing one interaction: the (redacted) conversation and every finding.</summary>
public sealed record AnalysisResult(Conversation Conversation, IReadOnlyList<Finding> Findings)
{
    /// <summary>The audio analysis, when the interaction was a recording.</summary>
    public Audio.Calls.CallAudio? Audio { get; init; }

    /// <summary>What the analysis could not do and how to enable it (e.g. transcription skipped), for the reports.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IEnumerable<Finding> Of(string signal) => Findings.Where(f => f.Signal == signal);
}
